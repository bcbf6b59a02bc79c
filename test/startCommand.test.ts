// `npm start` as a user runs it: one command, one data folder (embedded PGlite), two
// processes (the gateway, and the subgraphs with the database in a child). Ctrl-C stops
// both and frees every port; a crash of the child is reported and stops the command
// with a non-zero exit instead of leaving a gateway with nothing behind it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { isRunning } from "./support/processes.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "npm-start-"));
const started: ChildProcess[] = [];

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, async () => {
      const server = net.createServer();
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return server;
    }),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

async function portIsFree(port: number): Promise<boolean> {
  const server = net.createServer();
  const free = await new Promise<boolean>((resolve) => {
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => resolve(true));
  });
  if (free) await new Promise((resolve) => server.close(resolve));
  return free;
}

interface StartedHub {
  command: ChildProcess;
  output: () => string;
  errors: () => string;
  gatewayUrl: string;
  gatewayPid: number;
  subgraphsPid: number;
  ports: number[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npm start`'s command in its own process group, as a terminal runs it, on free ports. */
async function startHubCommand(): Promise<StartedHub> {
  const ports = await freePorts(7);
  const command = spawn(process.execPath, ["runtime/src/start-prebuilt.mjs"], {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: "",
      NODE_ENV: "development",
      HUB_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      PORT: String(ports[0]),
      SUBGRAPH_PORTS: ports.slice(1).join(","),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(command);
  let output = "";
  let errors = "";
  command.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  command.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => command.once("exit", (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 150_000;
  while (!output.includes("Press Ctrl-C to stop.")) {
    if (command.exitCode !== null) throw new Error(`npm start exited with ${command.exitCode}:\n${output}\n${errors}`);
    if (Date.now() > deadline) throw new Error(`npm start was not ready:\n${output}\n${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const pids = /gateway pid (\d+), subgraphs and database pid (\d+)/.exec(output);
  expect(pids).not.toBeNull();
  return {
    command,
    output: () => output,
    errors: () => errors,
    gatewayUrl: /GraphiQL and GraphQL: (\S+)/.exec(output)![1]!,
    gatewayPid: Number(pids![1]),
    subgraphsPid: Number(pids![2]),
    ports,
    exited,
  };
}

/** The build the next npm start runs (runtime/.build/current.json). */
function currentBuild(): { dir: string; inlinePackages?: boolean } {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "runtime/.build/current.json"), "utf8")) as { dir: string; inlinePackages?: boolean };
}

async function pillars(url: string): Promise<unknown> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ pillars { numeral } }" }) });
  return ((await response.json()) as { data?: { pillars: unknown } }).data?.pillars;
}

function parentOf(pid: number): number {
  // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after the last ")".
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

afterAll(() => {
  for (const command of started) if (command.exitCode === null && command.signalCode === null) process.kill(-command.pid!, "SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("serves from two processes, prints its time from process start, and Ctrl-C stops both and frees the ports", async () => {
    const hub = await startHubCommand();
    // The build it runs (a build made in the background may become current later).
    const { dir } = currentBuild();
    expect(hub.output()).toMatch(/GCM Hub ready in \d+\.\d s \(cold start: database created, migrated and seeded, pglite\)/);
    expect(hub.gatewayPid).toBe(hub.command.pid);
    expect(hub.subgraphsPid).not.toBe(hub.gatewayPid);
    expect(parentOf(hub.subgraphsPid)).toBe(hub.gatewayPid);
    for (const [index, name] of ["plan", "border", "integration", "diaspora", "labour", "social"].entries()) {
      expect(hub.output()).toContain(`${name.padEnd(12)} http://127.0.0.1:${hub.ports[index + 1]}/graphql`);
    }
    expect(await pillars(hub.gatewayUrl)).toHaveLength(5);

    // Ctrl-C in a terminal signals the whole process group.
    process.kill(-hub.command.pid!, "SIGINT");
    expect(await hub.exited).toEqual({ code: 0, signal: null });
    expect(hub.output()).toContain("SIGINT: draining requests and stopping...\nStopped.\n");
    expect(isRunning(hub.subgraphsPid)).toBe(false);
    for (const port of hub.ports) expect(await portIsFree(port)).toBe(true);
    // Node's compile cache, for the next start, in the folder of the build it ran.
    expect(fs.readdirSync(path.join(ROOT, "runtime/.build", dir, "compile-cache"), { recursive: true }).length).toBeGreaterThan(0);
  }, 200_000);

  it("rebuilds its JavaScript after a source changes, makes the next start's with its packages inlined in the background, reports a crash of the subgraphs' process and exits with code 1", async () => {
    const edited = path.join(ROOT, "runtime/src/startSubgraphs.ts");
    const now = new Date();
    fs.utimesSync(edited, now, now);
    const hub = await startHubCommand();
    expect(hub.output()).toMatch(/building the hub's JavaScript .*\.\.\. done \(\d+\.\d s\)/);
    expect(hub.output()).toMatch(/GCM Hub ready in \d+\.\d s \(warm start, pglite\)/);
    // Quick, with the npm packages in node_modules; the next start's, inlined, is made in the background.
    const quick = currentBuild();
    expect(quick.inlinePackages).toBe(false);
    const deadline = Date.now() + 120_000;
    while (!currentBuild().inlinePackages && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    const inlined = currentBuild();
    expect(inlined.inlinePackages).toBe(true);
    expect(inlined.dir).not.toBe(quick.dir);
    expect(fs.existsSync(path.join(ROOT, "runtime/.build", inlined.dir, "start.mjs"))).toBe(true);

    process.kill(hub.subgraphsPid, "SIGKILL");
    expect(await hub.exited).toEqual({ code: 1, signal: null });
    expect(hub.errors()).toContain(`GCM Hub: the subgraphs process (pid ${hub.subgraphsPid}) was killed by SIGKILL; stopping the gateway.`);
    for (const port of hub.ports) expect(await portIsFree(port)).toBe(true);
  }, 300_000);
});
