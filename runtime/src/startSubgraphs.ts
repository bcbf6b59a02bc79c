// The second process of `npm start`: the six subgraphs on the embedded database (or
// DATABASE_URL), forked by start.ts, which serves the gateway in its own
// process so the two use both cores. It talks to its parent over the IPC channel:
// progress lines, where the subgraphs will serve (before they do), then one "ready" message with the subgraphs' URLs. SIGTERM stops
// it; Ctrl-C (SIGINT) is left to the parent, which drains the gateway first and then
// sends SIGTERM; if the parent goes away, it stops too.
import module from "node:module";
import { createLogger, readConfigOrExit, readSubgraphConfig, ConfigError, parsePorts } from "@gcm-hub/kit";
import { startSubgraphs, type SubgraphAddress } from "./subgraphs.js";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry.js";

export type SubgraphsProcessMessage =
  /** `at`: when it happened, in milliseconds since the epoch (the parent may read it later, busy loading the gateway). */
  | { kind: "progress"; message: string; at: number }
  /** Where the subgraphs will serve, sent before they do: the gateway is made and loads its supergraph meanwhile. */
  | { kind: "addresses"; subgraphs: SubgraphAddress[] }
  | { kind: "ready"; subgraphs: SubgraphAddress[]; coldStart: boolean; migrated: boolean; databaseKind: "pglite" | "postgresql" }
  | { kind: "failed"; message: string };

if (!process.send) {
  console.error("runtime/src/startSubgraphs.ts is started by npm start, not on its own; to serve one subgraph alone: npm run start:subgraph -- <name>");
  process.exit(2);
}
const send = (message: SubgraphsProcessMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
const progress = (message: string) => send({ kind: "progress", message, at: performance.timeOrigin + performance.now() });

/** SUBGRAPH_PORTS: one port per subgraph in subgraphs/subgraphs.json's order; default the contract ports. */
function readSubgraphPorts(): Record<string, number> | "contract" {
  if (!process.env.SUBGRAPH_PORTS) return "contract";
  const ports = parsePorts(process.env, "SUBGRAPH_PORTS", []);
  if (ports.length !== SUBGRAPH_NAMES.length) throw new ConfigError("SUBGRAPH_PORTS", `must list ${SUBGRAPH_NAMES.length} ports, one for each of ${SUBGRAPH_NAMES.join(", ")}`);
  return Object.fromEntries(SUBGRAPH_NAMES.map((name, index) => [name, ports[index]!]));
}

let running: Awaited<ReturnType<typeof startSubgraphs>> | undefined;
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await running?.stop();
  process.exit(0);
}
process.on("SIGTERM", stop);
// Ctrl-C reaches the whole process group; the parent decides the order of stopping.
process.on("SIGINT", () => {});
process.on("disconnect", stop);

await progress("subgraphs process: modules loaded");
const config = readConfigOrExit(() => readSubgraphConfig(0));
const ports = readConfigOrExit(readSubgraphPorts);
running = await startSubgraphs({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  gatewayKeys: config.gatewayKeys,
  host: config.host,
  ports,
  log: createLogger("hub", config.logLevel),
  onProgress: (message) => void progress(message),
  onAddresses: (subgraphs) => void send({ kind: "addresses", subgraphs }),
}).catch(async (error: Error) => {
  await send({ kind: "failed", message: error.stack ?? error.message });
  process.exit(1);
});
await send({ kind: "ready", subgraphs: running.subgraphs.map(({ name, url }) => ({ name, url })), coldStart: running.coldStart, migrated: running.migrated, databaseKind: running.databaseKind });
// Node's compile cache (start-prebuilt.mjs turns it on here through NODE_COMPILE_CACHE) is
// written now rather than at exit, which a closed terminal's SIGHUP never reaches. Node 22's
// API, which @types/node 20 does not declare.
(module as { flushCompileCache?: () => void }).flushCompileCache?.();

