// `npm start` timed from outside, as a user waits for it: typed after a source changed
// (its JavaScript rebuilt) on a fresh data folder (cold: create, migrate, seed), then the
// same folder again (warm). Each start also prints its own time when ready.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, ROOT } from "@gcm-hub/test-support/processes";
import type { StartTimes } from "./report.js";

/** Runs `npm start` in its own process group until it says it is ready; seconds from the command. `whileRunning` runs before it is stopped. */
async function timeOneStart(dataDir: string, whileRunning: () => Promise<void> = async () => {}): Promise<number> {
  const [gatewayPort, ...subgraphPorts] = await Promise.all(Array.from({ length: 7 }, () => freePort()));
  const startedAt = performance.now();
  const command = spawn("npm", ["start"], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, HUB_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "error", PORT: String(gatewayPort), SUBGRAPH_PORTS: subgraphPorts.join(",") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Its own process group, so the bench's Ctrl-C does not reach it: the bench stops it if interrupted.
  const killGroup = () => {
    try {
      process.kill(-command.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  };
  process.once("exit", killGroup);
  let output = "";
  command.stderr!.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start was not ready within 60 s:\n${output}`)), 60_000);
      command.stdout!.on("data", (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-4000);
        if (!output.includes("GCM Hub ready in")) return;
        clearTimeout(timer);
        resolve();
      });
      command.once("error", (error) => {
        clearTimeout(timer);
        reject(new Error(`npm start could not be run: ${error.message}`));
      });
      command.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited with code ${code} before it was ready:\n${output}`));
      });
    });
    const seconds = Math.round(((performance.now() - startedAt) / 1000) * 10) / 10;
    await whileRunning();
    return seconds;
  } finally {
    await stopGroup(command, killGroup);
    process.off("exit", killGroup);
  }
}

/** Ctrl-C's signal to the whole group (npm, the gateway, the subgraphs' process); SIGKILL if it has not stopped in 15 s. */
async function stopGroup(command: ChildProcess, killGroup: () => void): Promise<void> {
  if (command.exitCode !== null || command.signalCode !== null || command.pid === undefined) return;
  const exited = new Promise((resolve) => command.once("exit", resolve));
  process.kill(-command.pid, "SIGINT");
  const timer = setTimeout(killGroup, 15_000);
  await exited;
  clearTimeout(timer);
}

/**
 * After an edit, npm start runs a quick build and makes the one with its npm packages
 * inlined in the background once ready (runtime/src/start-prebuilt.mjs): a hub in use keeps
 * running that long, so the warm start is timed on the build every start after it runs.
 */
async function inlinedBuildMade(): Promise<void> {
  const current = path.join(ROOT, "runtime/.build/current.json");
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 500))) {
    if ((JSON.parse(fs.readFileSync(current, "utf8")) as { inlinePackages?: boolean }).inlinePackages) return;
  }
  throw new Error("npm start made no build with its packages inlined within 120 s of being ready");
}

export async function measureStartTimes(): Promise<StartTimes> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-hub-bench-start-"));
  try {
    // As after a pull or an edit: the next start rebuilds its JavaScript.
    const now = new Date();
    fs.utimesSync(path.join(ROOT, "runtime/src/start.ts"), now, now);
    const coldSeconds = await timeOneStart(dataDir, inlinedBuildMade);
    const warmSeconds = await timeOneStart(dataDir);
    return { coldSeconds, warmSeconds };
  } catch (error) {
    return { coldSeconds: null, warmSeconds: null, note: (error as Error).message.split("\n")[0] };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
