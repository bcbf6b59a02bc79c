// The production topology for the topology tests: every process on a free port, each
// department on a throwaway database (dropped afterwards), a Redis of the test's own
// that it can stop and start, and one department's database reached through a TCP
// proxy the test can cut.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import { freePort } from "../support/processes.js";

export { freePort };
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { goldenOperations } from "../support/goldenOperations.js";
import { trustedHash } from "../support/trustedHash.js";
import { ROOT, startTopology, type Topology, type TopologyOptions } from "@gcm-hub/runtime/topology";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry.js";

export const POSTGRES_SERVER = process.env.TOPOLOGY_TEST_POSTGRES ?? "postgresql://postgres@127.0.0.1:5432";


/** A redis-server of the test's own, with no persistence, that it can stop and start again on the same port. */
export class PrivateRedis {
  private process: ChildProcess | undefined;
  constructor(readonly port: number) {}
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.process = spawn("redis-server", ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    await waitForPort(this.port);
  }
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  }
}

/** A TCP proxy in front of PostgreSQL: cutting it is a department's database going down. */
export class DatabaseProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  constructor(readonly port: number, private readonly target = { host: "127.0.0.1", port: Number(new URL(POSTGRES_SERVER).port || 5432) }) {}
  async start(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on port ${port} after ${timeoutMs} ms`);
}

/**
 * A copy of the repository's working tree (its node_modules shared), for a test that
 * changes a department's code and schema the way a redeploy ships them.
 */
export function copyRepository(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-hub-repository-"));
  execFileSync("rsync", ["-a", "--exclude=/node_modules", "--exclude=/.data", "--exclude=/.git", "--exclude=/bench-results", "--exclude=/gateway/dist", "--exclude=/runtime/dist", "--exclude=/runtime/.build", `${ROOT}/`, `${copy}/`]);
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
  return copy;
}

export interface TestTopology {
  readonly topology: Topology;
  /** The repository the processes run from (a copy when asked for). */
  readonly root: string;
  readonly redis: PrivateRedis;
  /** The proxy in front of `proxiedDepartment`'s database. */
  readonly databaseProxy: DatabaseProxy;
  readonly proxiedDepartment: string;
  close(): Promise<void>;
}

export interface TestTopologyOptions {
  gatewayEnv?: Record<string, string>;
  /** The department whose database is reached through the proxy; default social. */
  proxiedDepartment?: string;
  /** Run from a copy of the repository that the test may change; default false. */
  copyRepository?: boolean;
}

/** Starts the topology on free ports and throwaway databases; close() stops it and drops them. */
export async function startTestTopology(options: TestTopologyOptions = {}): Promise<TestTopology> {
  const proxiedDepartment = options.proxiedDepartment ?? "social";
  const run = crypto.randomBytes(3).toString("hex");
  const databaseNames = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `gcm_hub_topology_${run}_${name}`]));
  const redis = new PrivateRedis(await freePort());
  const databaseProxy = new DatabaseProxy(await freePort());
  await redis.start();
  await databaseProxy.start();
  const server = new URL(POSTGRES_SERVER);
  const databaseUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => {
      const url = new URL(server);
      if (name === proxiedDepartment) url.port = String(databaseProxy.port);
      url.pathname = `/${databaseNames[name]}`;
      return [name, url.toString()];
    }),
  );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-hub-topology-"));
  const root = options.copyRepository ? copyRepository() : ROOT;
  const ports = async (count: number) => Promise.all(Array.from({ length: count }, freePort));
  const subgraphPorts: Record<string, number> = {};
  const allocated = await ports(SUBGRAPH_NAMES.length + 4);
  SUBGRAPH_NAMES.forEach((name, index) => (subgraphPorts[name] = allocated[index]!));
  const options_: TopologyOptions = {
    databaseUrls,
    subgraphPorts,
    gatewayPorts: allocated.slice(SUBGRAPH_NAMES.length, SUBGRAPH_NAMES.length + 2),
    metricsPorts: allocated.slice(SUBGRAPH_NAMES.length + 2),
    redisUrl: redis.url,
    jwksPort: 0,
    dataDir,
    gatewayWorkers: null,
    gatewayEnv: options.gatewayEnv,
    root,
  };
  const dropDatabases = async () => {
    const admin = new pg.Client({ connectionString: `${POSTGRES_SERVER}/postgres` });
    await admin.connect();
    for (const name of Object.values(databaseNames)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  let topology: Topology;
  try {
    topology = await startTopology(options_);
  } catch (error) {
    await redis.stop();
    await databaseProxy.stop();
    await dropDatabases();
    if (root !== ROOT) fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    topology,
    root,
    redis,
    databaseProxy,
    proxiedDepartment,
    async close() {
      await topology.stop();
      await redis.stop();
      await databaseProxy.stop();
      await dropDatabases();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (root !== ROOT) fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

// ------------------------------------------------------------------ requests

export const GOLDEN = goldenOperations().map((operation) => operation.name);

export interface Answer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export async function post(url: string, body: unknown, bearer?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

/** A golden operation by hash, as production clients send it. */
export function golden(url: string, operation: string, bearer?: string): Promise<Answer> {
  return post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: trustedHash(operation) } } }, bearer);
}

export async function readiness(graphqlUrl: string): Promise<{ status: number; body: any }> {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, "/readyz"));
  return { status: response.status, body: await response.json() };
}
