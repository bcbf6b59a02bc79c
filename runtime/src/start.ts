// npm start: the whole hub from one command and one data folder, in two processes so it
// uses two cores: this one serves the gateway, and a child it forks
// (startSubgraphs.ts, beside this file) serves every subgraph on one embedded PGlite (a schema
// per subgraph), or on PostgreSQL when DATABASE_URL is set. Migrates and seeds on first
// run, prints the GraphiQL URL and the time from this process's start. Ctrl-C or
// SIGTERM drains the gateway, then stops the child; if the child dies, the command says
// so and exits with code 1.
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { publicHalf, readConfigOrExit } from "@gcm-hub/platform";
import { readGatewayConfig } from "../../gateway/src/config.js";
import type { Gateway } from "../../gateway/src/gateway.js";
import type { SubgraphsProcessMessage } from "./startSubgraphs.js";
import type { SubgraphAddress } from "./subgraphs.js";

type Ready = Extract<SubgraphsProcessMessage, { kind: "ready" }>;

const gatewayConfig = readConfigOrExit(() => readGatewayConfig());

/**
 * The subgraphs process's entry, beside this module and in its language: startSubgraphs.ts
 * under tsx, startSubgraphs.mjs in the bundle `npm start` runs (start-prebuilt.mjs).
 */
function subgraphsEntry(): string {
  const self = fileURLToPath(import.meta.url);
  return path.join(path.dirname(self), `startSubgraphs${path.extname(self)}`);
}

/** Forks the subgraphs' process with the gateway's public key, so it accepts what this gateway signs. */
function forkSubgraphs(): ChildProcess {
  return fork(subgraphsEntry(), [], {
    env: { ...process.env, HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [publicHalf(gatewayConfig.signingKey)] }) },
    // Node's own flags (tsx's loader) carry over; stdout and stderr are this terminal's.
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

/** Where the start-up's seconds go: each step's time from this process's start (now, or at `at` ms since the epoch). */
const since = (at = performance.timeOrigin + performance.now()) => `(${((at - performance.timeOrigin) / 1000).toFixed(1)} s)`;

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

function whenReady(child: ChildProcess): Promise<Ready> {
  return new Promise((resolve, reject) => {
    child.on("message", (message: SubgraphsProcessMessage) => {
      if (message.kind === "progress") console.log(`  ${message.message} ${since(message.at)}`);
      else if (message.kind === "ready") resolve(message);
      else if (message.kind === "failed") reject(new Error(`the subgraphs failed to start: ${message.message}`));
    });
    child.once("exit", (code, signal) => reject(new Error(`the subgraphs process (pid ${child.pid}) ${describeExit(code, signal)} before it was ready`)));
  });
}

/** Where the subgraphs will serve: told before they do, or at the latest with their readiness. */
function whenAddressed(child: ChildProcess, ready: Promise<Ready>): Promise<SubgraphAddress[]> {
  const told = new Promise<SubgraphAddress[]>((resolve) => {
    child.on("message", (message: SubgraphsProcessMessage) => message.kind === "addresses" && resolve(message.subgraphs));
  });
  return Promise.race([told, ready.then(({ subgraphs }) => subgraphs)]);
}

const child = forkSubgraphs();
let gateway: Gateway | undefined;
let stopping = false;

/** The child's exit: expected while stopping, otherwise a crash that stops the command. */
child.on("exit", (code, signal) => {
  if (stopping) return;
  stopping = true;
  console.error(`\nGCM Hub: the subgraphs process (pid ${child.pid}) ${describeExit(code, signal)}; stopping the gateway.`);
  void (gateway?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
});

function stopChild(): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: draining requests and stopping...`);
    await gateway?.stop();
    await stopChild();
    // Written before exiting: console.log to a pipe is asynchronous and exit would cut it.
    process.stdout.write("Stopped.\n", () => process.exit(0));
  });
}

// The gateway's modules load while the child opens the database and starts the subgraphs;
// the gateway is made and reads its supergraph meanwhile too. It listens once every
// subgraph is ready.
const gatewayModules = import("../../gateway/src/gateway.js").then((modules) => {
  console.log(`  gateway modules loaded ${since()}`);
  return modules;
});
const subgraphsReady = whenReady(child);
const gatewayMade = Promise.all([gatewayModules, whenAddressed(child, subgraphsReady)]).then(async ([{ createGateway }, subgraphs]) => {
  gateway = createGateway({ config: { ...gatewayConfig, subgraphUrls: Object.fromEntries(subgraphs.map(({ name, url }) => [name, url])) } });
  await gateway.runtime.fetch("http://gateway/schema-loaded");
  console.log(`  gateway made, supergraph loaded ${since()}`);
  return gateway;
});
const [madeGateway, ready] = await Promise.all([gatewayMade, subgraphsReady]).catch((error: Error) => {
  console.error(`GCM Hub did not start: ${error.message}`);
  stopping = true;
  child.kill("SIGTERM");
  process.exit(1);
});
const gatewayUrl = await madeGateway.listen(gatewayConfig.port, gatewayConfig.host);
console.log(`  gateway listening ${since()}`);

/** What this start had to do: create the embedded database, bring a database up to the code (a new PostgreSQL one, say), or nothing. */
function startKind({ coldStart, migrated }: { coldStart: boolean; migrated: boolean }): string {
  if (coldStart) return "cold start: database created, migrated and seeded";
  return migrated ? "database migrated or seeded to this version" : "warm start";
}

// From the process's start (performance's time origin), module loading included.
const seconds = (performance.now() / 1000).toFixed(1);
console.log(
  `\nGCM Hub ready in ${seconds} s (${startKind(ready)}, ${ready.databaseKind})`,
);
console.log(`  GraphiQL and GraphQL: ${gatewayUrl}`);
console.log(`  Dashboard:            ${new URL("/", gatewayUrl).href}`);
for (const subgraph of ready.subgraphs) console.log(`  ${subgraph.name.padEnd(12)} ${subgraph.url}`);
console.log(`  processes:           gateway pid ${process.pid}, subgraphs and database pid ${child.pid}`);
console.log("Press Ctrl-C to stop.");

