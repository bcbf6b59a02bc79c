// `npm start` timed from outside: a fresh data folder (cold: create, migrate, seed),
// then the same folder again (warm). Each start reports its own time when ready.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startChild } from "./processes.js";
import type { StartTimes } from "./report.js";

async function timeOneStart(dataDir: string): Promise<number> {
  const startedAt = performance.now();
  const child = await startChild("npm start", "scripts/start.ts", { HUB_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "error" }, {
    readyWhen: (line) => line.startsWith("GCM Hub ready in"),
    readyWithinMs: 60_000,
  });
  // Timed from outside, so it includes Node and tsx starting, as a user waits for them.
  const seconds = (performance.now() - startedAt) / 1000;
  await child.stop();
  return Math.round(seconds * 10) / 10;
}

export async function measureStartTimes(): Promise<StartTimes> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-hub-bench-start-"));
  try {
    const coldSeconds = await timeOneStart(dataDir);
    const warmSeconds = await timeOneStart(dataDir);
    return { coldSeconds, warmSeconds };
  } catch (error) {
    return { coldSeconds: null, warmSeconds: null, note: (error as Error).message.split("\n")[0] };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
