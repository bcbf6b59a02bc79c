// runWorkers' rolling restart under load, as a client meets it: readers opening a new
// connection for every request (so the primary hands connections to the workers all the
// time) while SIGHUP replaces the workers one at a time, again and again. No request may
// be refused or left hanging. Without afterLastHandoff a worker could exit with a
// connection still on its way to it, and its client waited: 27 hung requests in this
// test's 40 rolls (checked by making afterLastHandoff return at once), none with it.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROLLS = 40;
const READERS = 20;
const SERVER = fileURLToPath(new URL("./fixtures/rollingServer.ts", import.meta.url));
let service: ChildProcess;
let port: number;
const lines: string[] = [];

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port: free } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return free;
}

/** Resolves once the service has printed a line containing `text` more than `seen` times. */
async function printed(text: string, seen: number, withinMs = 30_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (lines.filter((line) => line.includes(text)).length <= seen) {
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${withinMs / 1000} s; last lines:\n${lines.slice(-10).join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  port = await freePort();
  service = spawn(process.execPath, ["--import", "tsx", SERVER], { env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "inherit"] });
  createInterface({ input: service.stdout! }).on("line", (line) => lines.push(line));
  await printed("workers ready", 0);
}, 60_000);
afterAll(async () => {
  if (!service || service.exitCode !== null) return;
  await new Promise((resolve) => {
    service.once("exit", resolve);
    service.kill("SIGTERM");
  });
});

describe("runWorkers' rolling restart", () => {
  it(`replaces the workers ${ROLLS} times under load without a refused or hung request`, async () => {
    const outcomes = { answered: 0, hung: 0, failed: [] as string[] };
    const agent = new http.Agent({ keepAlive: false });
    const once = () =>
      new Promise<void>((resolve) => {
        let timedOut = false;
        const request = http.get({ host: "127.0.0.1", port, agent, timeout: 5000 }, (response) => {
          response.resume();
          response.on("end", () => (outcomes.answered += 1));
        });
        request.on("timeout", () => {
          timedOut = true;
          outcomes.hung += 1;
          request.destroy();
        });
        request.on("error", (error: NodeJS.ErrnoException) => {
          if (!timedOut) outcomes.failed.push(error.code ?? error.message);
        });
        request.on("close", () => resolve());
      });
    let reading = true;
    const readers = Array.from({ length: READERS }, async () => {
      while (reading) await once();
    });
    try {
      for (let roll = 0; roll < ROLLS; roll++) {
        service.kill("SIGHUP");
        await printed("rolling restart done", roll);
      }
    } finally {
      reading = false;
      await Promise.all(readers);
    }
    expect(lines.filter((line) => line.includes("worker replaced"))).toHaveLength(ROLLS * 2);
    expect({ hung: outcomes.hung, failed: outcomes.failed }).toEqual({ hung: 0, failed: [] });
    expect(outcomes.answered).toBeGreaterThan(ROLLS * READERS);
  }, 120_000);
});
