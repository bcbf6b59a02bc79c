// Benchmark child process: the direct fan-out baseline. POST /<operation> sends the
// subgraph requests the hub's query plan makes for that operation straight to the
// subgraphs, stage after stage, signed like the gateway's, and answers with their
// bodies unmerged: the floor under any gateway, which also plans, merges and checks.
import fs from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createCredentialSigner, parseSigningKey, signingFetch } from "@gcm-hub/kit";
import type { QueryPlanRecording } from "./queryPlans.js";

// Each request signed like the gateway's: the same cost per subgraph request.
const sign = createCredentialSigner(parseSigningKey(process.env.HUB_GATEWAY_SIGNING_KEY!));
const recordings: QueryPlanRecording[] = JSON.parse(fs.readFileSync(process.env.BENCH_QUERY_PLANS!, "utf8"));
const plans = new Map(recordings.map((recording) => [recording.operation, recording.stages]));
const urlOf = (subgraph: string) => process.env[`SUBGRAPH_URL_${subgraph.toUpperCase()}`]!;

async function fanOut(operation: string): Promise<string[]> {
  const stages = plans.get(operation);
  if (!stages) throw new Error(`no recorded plan for ${operation}`);
  const bodies: string[] = [];
  for (const stage of stages) {
    const headers = { "content-type": "application/json" };
    const answers = await Promise.all(
      stage.map(async ({ subgraph, body }) => (await signingFetch(sign, subgraph)(urlOf(subgraph), { method: "POST", headers, body })).text()),
    );
    bodies.push(...answers);
  }
  return bodies;
}

const server = createServer((request, response) => {
  const operation = (request.url ?? "/").slice(1);
  request.resume();
  request.on("end", () => {
    fanOut(operation).then(
      (bodies) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(`[${bodies.join(",")}]`);
      },
      (error: Error) => {
        response.writeHead(500, { "content-type": "text/plain" });
        response.end(error.message);
      },
    );
  });
});
server.keepAliveTimeout = 65_000;
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);

process.on("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
