// Graceful stop of an HTTP server, for the gateway and the subgraphs alike: stop
// accepting, let in-flight requests finish, then cut what is left.
import type { Server } from "node:http";

export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;

/** Stops accepting connections, lets in-flight requests finish, then cuts what is left. */
export async function drainHttpServer(server: Server, timeoutMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive sockets turn idle as their last response ends; close them as they do.
  const sweeper = setInterval(() => server.closeIdleConnections(), 50);
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
  await closed;
  clearInterval(sweeper);
  clearTimeout(timer);
}
