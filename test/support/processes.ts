// Child processes of the benchmark and of the tests that run the production bundles:
// started with Node, ready when they print their first line, measured by their resident
// memory, stopped with SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  /** The line that said the child was ready (its URL or a JSON description). */
  readonly readyLine: string;
  /** Resident memory now, in MB (10^6 bytes). */
  rssMB(): number;
  stop(): Promise<void>;
}

export interface ChildOptions {
  /** The line that says the child is ready; default its first line. */
  readyWhen?: (line: string) => boolean;
  readyWithinMs?: number;
  /** Flags for Node itself, e.g. a heap limit. */
  nodeFlags?: string[];
}

export async function startChild(name: string, script: string, env: Record<string, string | undefined>, options: ChildOptions = {}): Promise<Child> {
  const { readyWhen = () => true, readyWithinMs = 180_000, nodeFlags = [] } = options;
  // TypeScript runs through tsx; a built bundle (.mjs) runs on plain Node, as in production.
  const nodeArguments = [...nodeFlags, ...(script.endsWith(".mjs") ? [script] : ["--import", "tsx", script])];
  const child = spawn(process.execPath, nodeArguments, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const readyLine = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} was not ready within ${readyWithinMs / 1000} s:\n${stderr}`)), readyWithinMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (!readyWhen(line)) return;
      clearTimeout(timer);
      lines.removeAllListeners("line");
      resolve(line.trim());
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready:\n${stderr}`));
    });
  });
  return {
    name,
    process: child,
    readyLine,
    rssMB: () => residentMB(child.pid!),
    stop: () => stopChild(child),
  };
}

function residentMB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    return (kib * 1024) / 1e6;
  } catch {
    return 0;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** A TCP port nothing listens on now (the OS's choice), for a process about to start. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether a process with this pid is alive. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
