// A proxy that holds every request for a while before passing it on: a slow subgraph.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface SlowProxy {
  readonly url: string;
  /** Origin requests go to once released (http://host:port); the path is kept. */
  target: string;
  delayMs: number;
  /** Sees each request as it arrives, with its body (tests of what the gateway sends). */
  onRequest?: (method: string, headers: IncomingHttpHeaders, body: string) => void;
  close(): Promise<void>;
}

export async function startSlowProxy(delayMs: number): Promise<SlowProxy> {
  const proxy = { target: "", delayMs } as SlowProxy;
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    proxy.onRequest?.(request.method ?? "GET", request.headers, Buffer.concat(chunks).toString("utf8"));
    await new Promise((resolve) => setTimeout(resolve, proxy.delayMs));
    if (response.destroyed) return;
    try {
      const upstream = await fetch(proxy.target + (request.url ?? "/"), {
        method: request.method,
        headers: Object.fromEntries(
          Object.entries(request.headers).filter(([name, value]) => typeof value === "string" && !["host", "connection", "content-length"].includes(name)) as [string, string][],
        ),
        body: request.method === "POST" ? Buffer.concat(chunks) : undefined,
      });
      response.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
      response.end(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      response.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  Object.assign(proxy, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  });
  return proxy;
}
