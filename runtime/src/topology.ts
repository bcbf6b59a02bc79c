// The production topology on one machine: each subgraph its own process (the
// `start:subgraph:production` bundle) on its own PostgreSQL database, and gateway replicas
// (the `start:gateway:production` bundle) sharing Redis, all in production mode with
// development keys. Used by `npm run start:topology` and the topology tests, which
// kill, restart and roll its processes.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importJWK, SignJWT, type JWK } from "jose";
import pg from "pg";
import { developmentGatewayKeys } from "@gcm-hub/platform";
import { buildGateway, buildSubgraphProcess } from "./productionBundles.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface TopologyOptions {
  /** PostgreSQL URL of each subgraph's own database (created if missing). */
  databaseUrls: Readonly<Record<string, string>>;
  /** Port of each subgraph. */
  subgraphPorts: Readonly<Record<string, number>>;
  /** One gateway replica per port. */
  gatewayPorts: readonly number[];
  /** Each replica's /metrics listener (production keeps /metrics off the public port). */
  metricsPorts: readonly number[];
  /** Redis the replicas share. */
  redisUrl: string;
  /** Port of the development identity provider's JWKS (0: any free port). */
  jwksPort: number;
  /** Development keys and the processes' logs go here. */
  dataDir: string;
  /** The client manifests every replica serves (OPERATIONS_DIR); default <dataDir>/operations. */
  operationsDir?: string;
  /** GATEWAY_WORKERS for each replica; null runs each replica as one process. */
  gatewayWorkers: number | null;
  /** More environment for the gateway replicas (tests: a shorter supergraph poll). */
  gatewayEnv?: Readonly<Record<string, string>>;
  /** Where the repository is (a copy of it, in a test that changes code); default this one. */
  root?: string;
  onProgress?: (message: string) => void;
}

export type Role = "gateway" | "subgraph";

export interface TopologyProcess {
  readonly name: string;
  readonly role: Role;
  readonly url: string;
  /** Where the process's output goes. */
  readonly logFile: string;
  pid(): number | undefined;
  running(): boolean;
  /** The process's output lines since it started. */
  output(): string[];
  start(): Promise<void>;
  /** Sends a signal and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** SIGHUP: its workers are replaced one at a time; resolves when the last new one is ready. */
  roll(): Promise<void>;
  /** Resolves when a line of output matches. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
}

export interface Topology {
  readonly gateways: readonly TopologyProcess[];
  readonly subgraphs: readonly TopologyProcess[];
  readonly jwksUrl: string;
  /** A bearer token from the development identity provider. */
  token(claims: { subgraph: string; scopes: string[]; subject?: string }): Promise<string>;
  subgraph(name: string): TopologyProcess;
  stop(): Promise<void>;
}

/** What a package.json script runs, as a command for spawn: `tsx x.ts` and `node x.mjs` run on this Node. */
export function scriptCommand(root: string, script: string): string[] {
  const scripts = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const line = scripts[script];
  if (!line) throw new Error(`package.json has no script "${script}"`);
  const [program, ...rest] = line.split(/\s+/);
  if (program === "tsx") return [process.execPath, "--import", "tsx", ...rest];
  if (program === "node") return [process.execPath, ...rest];
  throw new Error(`script "${script}" runs ${program}; the topology starts only node and tsx scripts`);
}

/** Creates each subgraph's database when it is missing (the URL's path names it). */
export async function ensureDatabase(url: string): Promise<"created" | "existing"> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`database name "${name}" in ${target.host} must be lowercase letters, digits and _`);
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: server.toString(), connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return "existing";
    await admin.query(`CREATE DATABASE ${name}`);
    return "created";
  } finally {
    await admin.end();
  }
}

// ------------------------------------------------------- development identity provider

const IDENTITY_KEY_FILE = path.join("keys", "identity-provider.json");

/** The development identity provider's Ed25519 key pair, made once under dataDir/keys (mode 600). */
export function developmentIdentityKey(dataDir: string): { privateKey: JWK; publicKey: JWK } {
  const file = path.join(dataDir, IDENTITY_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const { privateKey } = crypto.generateKeyPairSync("ed25519");
    const jwk = { ...(privateKey.export({ format: "jwk" }) as JWK), kid: `dev-idp-${crypto.randomUUID().slice(0, 8)}`, alg: "EdDSA" };
    fs.writeFileSync(file, JSON.stringify(jwk), { mode: 0o600, flag: "wx" });
  }
  const privateKey = JSON.parse(fs.readFileSync(file, "utf8")) as JWK;
  const { d: _secret, ...publicKey } = privateKey;
  return { privateKey, publicKey: { ...publicKey, use: "sig" } };
}

/** Signs a token as the development identity provider does: the gateway's issuer and audience defaults. */
export async function signDevelopmentToken(dataDir: string, claims: { subgraph: string; scopes: string[]; subject?: string; expires?: string }): Promise<string> {
  const { privateKey } = developmentIdentityKey(dataDir);
  return new SignJWT({ subgraph: claims.subgraph, scope: claims.scopes.join(" ") })
    .setProtectedHeader({ alg: "EdDSA", kid: privateKey.kid })
    .setSubject(claims.subject ?? "developer")
    .setIssuer("gcm-hub")
    .setAudience("gcm-hub")
    .setIssuedAt()
    .setExpirationTime(claims.expires ?? "1h")
    .sign(await importJWK(privateKey, "EdDSA"));
}

async function serveJwks(dataDir: string, port: number): Promise<{ url: string; server: Server }> {
  const body = JSON.stringify({ keys: [developmentIdentityKey(dataDir).publicKey] });
  const server = createServer((request, response) => {
    if (request.url !== "/jwks.json") return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": "application/json" }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`, server };
}

// ------------------------------------------------------------------ processes

const OUTPUT_LINES_KEPT = 2000;

async function httpStatus(url: string): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return { status: response.status, body: await response.text() };
  } catch {
    return { status: 0, body: "" };
  }
}

/** Polls a /readyz until `isReady` accepts it. */
export async function waitUntilReady(readyzUrl: string, isReady: (status: number, body: string) => boolean, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    const { status, body } = await httpStatus(readyzUrl);
    if (isReady(status, body)) return;
    last = `${status} ${body}`.slice(0, 300);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${readyzUrl} not ready within ${timeoutMs / 1000} s (last: ${last})`);
}

interface ProcessSpec {
  name: string;
  role: Role;
  command: string[];
  env: Record<string, string>;
  url: string;
  readyz: string;
  isReady: (status: number, body: string) => boolean;
  logFile: string;
  root: string;
}

function managedProcess(spec: ProcessSpec): TopologyProcess {
  let child: ChildProcess | undefined;
  let lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const log = fs.createWriteStream(spec.logFile, { flags: "a" });
  const onLine = (line: string) => {
    lines.push(line);
    if (lines.length > OUTPUT_LINES_KEPT) lines = lines.slice(-OUTPUT_LINES_KEPT);
    log.write(`${line}\n`);
    for (const listener of listeners) listener(line);
  };
  const pipeLines = (stream: NodeJS.ReadableStream | null) => {
    let pending = "";
    stream?.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const parts = pending.split("\n");
      pending = parts.pop()!;
      parts.forEach(onLine);
    });
  };
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  const handle: TopologyProcess = {
    name: spec.name,
    role: spec.role,
    url: spec.url,
    logFile: spec.logFile,
    pid: () => (running() ? child!.pid : undefined),
    running,
    output: () => [...lines],
    async start() {
      if (running()) throw new Error(`${spec.name} is already running`);
      const [program, ...args] = spec.command;
      child = spawn(program!, args, { cwd: spec.root, env: { ...process.env, ...spec.env }, stdio: ["ignore", "pipe", "pipe"] });
      pipeLines(child.stdout);
      pipeLines(child.stderr);
      const exited = new Promise<never>((_, reject) => child!.once("exit", (code, signal) => reject(new Error(`${spec.name} exited (${signal ?? code}) before it was ready; see ${spec.logFile}`))));
      exited.catch(() => undefined);
      await Promise.race([waitUntilReady(spec.readyz, spec.isReady), exited]);
    },
    async kill(signal = "SIGTERM") {
      if (!running()) return;
      const current = child!;
      const exited = new Promise<void>((resolve) => current.once("exit", () => resolve()));
      current.kill(signal);
      const forced = setTimeout(() => current.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(forced);
    },
    async roll() {
      if (!running()) throw new Error(`${spec.name} is not running`);
      const done = handle.waitForOutput(/rolling restart (done|stopped)/, 240_000);
      child!.kill("SIGHUP");
      const line = await done;
      if (/stopped/.test(line)) throw new Error(`${spec.name}: the rolling restart stopped: ${line}`);
    },
    waitForOutput(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`${spec.name} printed nothing matching ${pattern} within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        const listener = (line: string) => {
          if (!pattern.test(line)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(line);
        };
        listeners.add(listener);
      });
    },
  };
  return handle;
}

const subgraphReady = (status: number) => status === 200;
const gatewayReady = (status: number, body: string) => status === 200 && body.includes('"status":"ready"');

export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const root = options.root ?? ROOT;
  const progress = options.onProgress ?? (() => {});
  const logDir = path.join(options.dataDir, "logs");
  fs.mkdirSync(logDir, { recursive: true });
  const gatewayKeys = developmentGatewayKeys(options.dataDir);
  const names = Object.keys(options.subgraphPorts);

  for (const name of names) {
    const url = options.databaseUrls[name];
    if (!url) throw new Error(`no database URL for the ${name} subgraph`);
    progress(`database of ${name}: ${new URL(url).pathname.slice(1)} (${await ensureDatabase(url)})`);
  }
  progress("building the production bundles (the gateway and the subgraph process)");
  await Promise.all([buildGateway(root), buildSubgraphProcess(root)]);
  const jwks = await serveJwks(options.dataDir, options.jwksPort);

  const subgraphs = names.map((name) =>
    managedProcess({
      name,
      role: "subgraph",
      root,
      command: [...scriptCommand(root, "start:subgraph:production"), name],
      env: {
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: String(options.subgraphPorts[name]),
        DATABASE_URL: options.databaseUrls[name]!,
        HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [gatewayKeys.publicKey] }),
        // One worker behind the subgraph's port: SIGHUP replaces it with no gap (a redeploy).
        SUBGRAPH_WORKERS: "1",
        HUB_DATA_DIR: options.dataDir,
        LOG_LEVEL: "info",
      },
      url: `http://127.0.0.1:${options.subgraphPorts[name]}/graphql`,
      readyz: `http://127.0.0.1:${options.subgraphPorts[name]}/readyz`,
      isReady: subgraphReady,
      logFile: path.join(logDir, `${name}.log`),
    }),
  );
  const subgraphUrls = Object.fromEntries(subgraphs.map((subgraph) => [`SUBGRAPH_URL_${subgraph.name.toUpperCase()}`, subgraph.url]));
  const gateways = options.gatewayPorts.map((port, index) =>
    managedProcess({
      name: `gateway-${index + 1}`,
      role: "gateway",
      root,
      command: scriptCommand(root, "start:gateway:production"),
      env: {
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: String(port),
        METRICS_PORT: String(options.metricsPorts[index]),
        HUB_GATEWAY_SIGNING_KEY: JSON.stringify(gatewayKeys.privateKey),
        JWT_JWKS_URL: jwks.url,
        REDIS_URL: options.redisUrl,
        HUB_DATA_DIR: options.dataDir,
        // One folder for every replica: a manifest published there is served by all of them.
        OPERATIONS_DIR: options.operationsDir ?? path.join(options.dataDir, "operations"),
        LOG_LEVEL: "info",
        ...(options.gatewayWorkers !== null ? { GATEWAY_WORKERS: String(options.gatewayWorkers) } : {}),
        ...subgraphUrls,
        ...options.gatewayEnv,
      },
      url: `http://127.0.0.1:${port}/graphql`,
      readyz: `http://127.0.0.1:${port}/readyz`,
      isReady: gatewayReady,
      logFile: path.join(logDir, `gateway-${index + 1}.log`),
    }),
  );

  const stop = async () => {
    await Promise.all(gateways.map((gateway) => gateway.kill("SIGTERM")));
    await Promise.all(subgraphs.map((subgraph) => subgraph.kill("SIGTERM")));
    await new Promise((resolve) => jwks.server.close(resolve));
  };
  try {
    progress(`starting ${subgraphs.length} subgraph processes (migrated and seeded on first start)`);
    await Promise.all(subgraphs.map((subgraph) => subgraph.start()));
    progress(`starting ${gateways.length} gateway replicas`);
    await Promise.all(gateways.map((gateway) => gateway.start()));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gateways,
    subgraphs,
    jwksUrl: jwks.url,
    token: (claims) => signDevelopmentToken(options.dataDir, claims),
    subgraph(name) {
      const found = subgraphs.find((subgraph) => subgraph.name === name);
      if (!found) throw new Error(`no subgraph ${name} in the topology`);
      return found;
    },
    stop,
  };
}
