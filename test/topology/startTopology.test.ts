// `npm run start:topology` as an operator runs it: it prints every process it started
// and where, serves every golden operation through both gateway replicas, and Ctrl-C
// (SIGINT to its process group, as a terminal sends it) stops every one of them.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRunning } from "../support/processes.js";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry.js";
import { freePort, golden, GOLDEN, POSTGRES_SERVER, PrivateRedis } from "./support.js";

const run = crypto.randomBytes(3).toString("hex");
const databases = SUBGRAPH_NAMES.map((name) => `gcm_hub_cli_${run}_${name}`);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-hub-start-topology-"));
let redis: PrivateRedis;
let topology: ChildProcess;
let output = "";

beforeAll(async () => {
  redis = new PrivateRedis(await freePort());
  await redis.start();
  const ports = await Promise.all(Array.from({ length: SUBGRAPH_NAMES.length + 4 }, freePort));
  const env = {
    ...process.env,
    HUB_DATA_DIR: dataDir,
    REDIS_URL: redis.url,
    TOPOLOGY_SUBGRAPH_PORTS: ports.slice(0, SUBGRAPH_NAMES.length).join(","),
    TOPOLOGY_GATEWAY_PORTS: ports.slice(SUBGRAPH_NAMES.length, SUBGRAPH_NAMES.length + 2).join(","),
    TOPOLOGY_METRICS_PORTS: ports.slice(SUBGRAPH_NAMES.length + 2).join(","),
    TOPOLOGY_JWKS_PORT: "0",
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name, index) => [`DATABASE_URL_${name.toUpperCase()}`, `${POSTGRES_SERVER}/${databases[index]}`])),
  };
  // A process group of its own, as a terminal gives it: Ctrl-C signals the whole group.
  topology = spawn("npm", ["run", "start:topology"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  topology.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  topology.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 280_000;
  while (!output.includes("Press Ctrl-C")) {
    if (topology.exitCode !== null || Date.now() > deadline) throw new Error(`start:topology did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 300_000);

afterAll(async () => {
  try {
    process.kill(-topology.pid!, "SIGKILL"); // whatever is left of the group, if the test failed midway
  } catch {
    // the group is gone
  }
  await redis?.stop();
  const admin = new pg.Client({ connectionString: `${POSTGRES_SERVER}/postgres` });
  await admin.connect();
  for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const printed = (pattern: RegExp) => [...output.matchAll(pattern)];

describe("npm run start:topology", () => {
  it("prints each process it started, where, and its database", () => {
    console.log(output.slice(output.indexOf("GCM Hub topology ready")));
    expect(printed(/^ {2}gateway-\d +http:\/\/127\.0\.0\.1:\d+\/graphql +pid \d+/gm)).toHaveLength(2);
    for (const [index, name] of SUBGRAPH_NAMES.entries()) {
      expect(output).toMatch(new RegExp(`^ {2}${name} +http://127\\.0\\.0\\.1:\\d+/graphql +pid \\d+, database 127\\.0\\.0\\.1:5432/${databases[index]}$`, "m"));
    }
    expect(output).toMatch(/production mode, development keys/);
  });

  it.each(GOLDEN)("serves %s through both replicas with the same figures", async (operation) => {
    const urls = printed(/^ {2}gateway-\d +(http:\S+)/gm).map((match) => match[1]!);
    const [first, second] = await Promise.all(urls.map((url) => golden(url, operation)));
    expect(first!.status).toBe(200);
    expect(first!.body.errors).toBeUndefined();
    expect(second!.body).toEqual(first!.body);
  });

  it("stops every process on Ctrl-C", async () => {
    const pids = printed(/ pid (\d+)/g).map((match) => Number(match[1]));
    expect(pids).toHaveLength(8);
    expect(pids.every(isRunning)).toBe(true);
    process.kill(-topology.pid!, "SIGINT");
    await expect.poll(() => pids.filter(isRunning), { timeout: 40_000, interval: 250 }).toEqual([]);
    const urls = printed(/^ {2}\S+ +(http:\S+\/graphql)/gm).map((match) => match[1]!);
    expect(urls).toHaveLength(8);
    for (const url of urls) await expect(fetch(url.replace(/\/graphql$/, "/healthz"))).rejects.toThrow();
  }, 60_000);
});
