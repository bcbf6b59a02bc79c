// Benchmark child process: the six subgraphs on one database, in production mode,
// with the synthetic volume loaded. It counts SQL statements per subgraph and serves
// the counts at GET /statements on a control port, so the benchmark can tell how many
// statements one operation costs, and the milliseconds Prisma timed them at, at GET
// /database-ms; POST /profile/start and /profile/stop take a CPU profile of this process
// (the stop answers with the .cpuprofile's path). Prints one JSON line when ready.
import fs from "node:fs";
import { createServer } from "node:http";
import { Session } from "node:inspector/promises";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { createLogger, parsePublicKeys } from "@gcm-hub/kit";
import { startSubgraphs } from "@gcm-hub/runtime/hub";
import { loadSyntheticObservations, SYNTHETIC_DEPARTMENTS } from "@gcm-hub/test-support/syntheticVolume";

export interface SubgraphsReady {
  subgraphs: Record<string, string>;
  control: string;
  databaseKind: "pglite" | "postgresql";
  syntheticObservations: number;
  seconds: number;
}

const startedAt = performance.now();
// Validated by the benchmark that starts this process.
const perDepartment = Number(process.env.BENCH_SYNTHETIC_PER_DEPARTMENT ?? 20_000);
const statements: Record<string, number> = {};
const databaseMs: Record<string, number> = {};
const running = await startSubgraphs({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: null,
  gatewayKeys: parsePublicKeys(process.env.HUB_GATEWAY_PUBLIC_KEYS!),
  ports: "free",
  log: createLogger("bench-subgraphs", "error"),
  onQuery: (subgraph, _sql, durationMs) => {
    statements[subgraph] = (statements[subgraph] ?? 0) + 1;
    databaseMs[subgraph] = (databaseMs[subgraph] ?? 0) + durationMs;
  },
});

let syntheticObservations = 0;
for (const { name, database } of running.subgraphs) {
  if (!(SYNTHETIC_DEPARTMENTS as readonly string[]).includes(name)) continue;
  syntheticObservations += await loadSyntheticObservations(database, name, perDepartment);
  // Fresh statistics, so the planner knows the table grew a hundredfold.
  await database.withSession((session) => session.exec(`ANALYZE "${name}".observation`));
}

/** POST /grow?department=border&total=N: that department's synthetic volume grown to N rows, in steps, then analysed. */
async function grow(department: string, total: number): Promise<number> {
  const subgraph = running.subgraphs.find(({ name }) => name === department);
  if (!subgraph || !Number.isInteger(total) || total < 0 || total > 10_000_000) throw new Error(`cannot grow "${department}" to ${total}`);
  let added = 0;
  // Steps of 100,000 rows keep each statement's memory bounded (codes are deterministic: loaded rows are skipped).
  for (let from = 1; from <= total; from += 100_000) {
    added += await loadSyntheticObservations(subgraph.database, department, Math.min(total, from + 99_999), from);
  }
  await subgraph.database.withSession((session) => session.exec(`ANALYZE "${department}".observation`));
  return added;
}

const profiler = new Session();
profiler.connect();
/** Starts a CPU profile, or stops it and writes it to a file whose path it returns. */
async function profile(action: string): Promise<string> {
  if (action === "start") {
    await profiler.post("Profiler.enable");
    await profiler.post("Profiler.start");
    return "started";
  }
  const { profile } = await profiler.post("Profiler.stop");
  const file = path.join(os.tmpdir(), `gcm-hub-bench-subgraphs-${process.pid}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));
  return file;
}

const control = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://control");
  if (request.method === "POST" && url.pathname.startsWith("/profile/")) {
    void profile(url.pathname.slice("/profile/".length)).then((answer) => response.writeHead(200).end(answer));
    return;
  }
  if (request.method === "POST" && url.pathname === "/grow") {
    grow(url.searchParams.get("department") ?? "", Number(url.searchParams.get("total"))).then(
      (added) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ added })),
      (error: Error) => response.writeHead(400).end(error.message),
    );
    return;
  }
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify(url.pathname === "/database-ms" ? databaseMs : statements));
});
await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", resolve));

const ready: SubgraphsReady = {
  subgraphs: Object.fromEntries(running.subgraphs.map(({ name, url }) => [name, url])),
  control: `http://127.0.0.1:${(control.address() as AddressInfo).port}/statements`,
  databaseKind: running.databaseKind,
  syntheticObservations,
  seconds: (performance.now() - startedAt) / 1000,
};
console.log(JSON.stringify(ready));

process.on("SIGTERM", async () => {
  control.close();
  await running.stop();
  process.exit(0);
});
