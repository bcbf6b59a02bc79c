// A subgraph running as its own process is killed mid-test: the gateway keeps
// serving every other department's data, names the missing one, and recovers by
// itself when the process is started again. The process is the production subgraph
// bundle (`npm run build`'s runtime/dist/start-subgraph.mjs) on plain Node, as deployments run it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./support/processes.js";
import { buildSubgraphProcess, SUBGRAPH_BUNDLE } from "@gcm-hub/runtime/productionBundles";
import { startTestHub, testGatewayPublicKeys, type TestHub } from "./support/testHub.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function startSocial(port: number, dataDir: string): ChildProcess {
  return spawn(process.execPath, [path.join(ROOT, SUBGRAPH_BUNDLE), "social"], {
    // Its own data folder, so the test hub's gateway key is handed over explicitly.
    env: { ...process.env, PORT: String(port), HUB_DATA_DIR: dataDir, HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: testGatewayPublicKeys }), LOG_LEVEL: "warn", NODE_ENV: "test" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function ready(port: number, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`http://127.0.0.1:${port}/readyz`).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`social subgraph on port ${port} not ready within ${timeoutMs} ms`);
}

let hub: TestHub;
let child: ChildProcess | undefined;
let port: number;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "social-process-"));

beforeAll(async () => {
  await buildSubgraphProcess(ROOT);
  port = await freePort();
  child = startSocial(port, dataDir);
  await ready(port);
  // No response cache: the test needs to see the outage, not a cached answer from before it.
  hub = await startTestHub({ gatewaySubgraphUrls: { social: `http://127.0.0.1:${port}/graphql` }, gatewayEnv: { RESPONSE_CACHE_TTL_MS: "0" } });
}, 180_000);
afterAll(async () => {
  child?.kill("SIGKILL");
  await hub?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const QUERY = "{ objectives(numbers: [21, 22]) { number diasporaFigures { value } socialProtectionFigures { value } } }";

describe("a subgraph process killed and restarted", () => {
  it("serves partial data while it is down and recovers after restart", async () => {
    const before = await hub.query(QUERY);
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data!.objectives[1].socialProtectionFigures).toEqual([{ value: 12 }]);

    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child!.kill("SIGKILL");
    await exited;

    const during = await hub.query(QUERY);
    expect(during.status).toBe(200);
    expect(during.body.data!.objectives[0].diasporaFigures).toEqual([{ value: 453 }]);
    expect(during.body.data!.objectives[1].socialProtectionFigures).toBeNull();
    // One error for each objective whose social figures the outage nulled.
    const unavailable = { message: "The social subgraph is unavailable; its fields are null in this response", extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph: "social" } };
    expect(during.body.errors).toEqual([0, 1].map((index) => ({ ...unavailable, path: ["objectives", index, "socialProtectionFigures"] })));

    child = startSocial(port, dataDir);
    await ready(port);
    const after = await hub.query(QUERY);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data!.objectives[1].socialProtectionFigures).toEqual([{ value: 12 }]);
  }, 180_000);
});
