// One service on several cores, with node's cluster module: a primary process keeps
// the listening port and forks workers that each run the whole service. SIGHUP rolls
// the workers one at a time (a new worker starts and says it is ready, then the old one
// drains and stops), so a redeploy of the code on disk costs no request; SIGINT or
// SIGTERM drains every worker and stops. A worker that dies unasked is replaced.
import cluster, { type Worker } from "node:cluster";
import type { Logger } from "./logger.js";

/** The message a worker sends its primary once it serves (listening, database ready). */
export const WORKER_READY_MESSAGE = "gcm-hub:worker-ready";
/** How long a new worker may take to say it is ready before a roll gives up on it. */
export const DEFAULT_WORKER_READY_TIMEOUT_MS = 180_000;
/** Pause before a worker that died unasked is replaced. */
export const WORKER_REPLACE_DELAY_MS = 1000;

export interface WorkersOptions {
  /** Workers to fork; null runs the service in this process, with no primary. */
  workers: number | null;
  log: Logger;
  /** Starts the service; resolves once it serves. Runs in each worker (or here when workers is null). */
  serve: () => Promise<void>;
  /** Runs in the primary only, once every worker is ready (e.g. a metrics listener that asks the workers). */
  onPrimaryReady?: () => Promise<void> | void;
  readyTimeoutMs?: number;
}

/** A worker whose servers are closed asks its primary for the last connection; the primary's answer. */
const WORKER_CLOSED_MESSAGE = "gcm-hub:worker-closed";
const LAST_HANDOFF_MESSAGE = "gcm-hub:last-handoff";
/** How long a stopping worker waits for that answer before it exits anyway. */
const LAST_HANDOFF_TIMEOUT_MS = 2000;

/** Tells a primary (or any parent that forked this process) that the service is ready. */
export function announceReady(): void {
  process.send?.(WORKER_READY_MESSAGE);
}

/**
 * In a worker whose servers are closed: resolves once every connection the primary handed
 * it before hearing of the close has arrived here, so that exiting drops none. A connection
 * that arrives after the close is sent back, and the primary gives it to another worker; but
 * one still on its way when the worker exits is lost, and its client waits (a request hung
 * for 30 s in a rolling restart under load, once in CI). The primary answers the question
 * after whatever it sent before, over the same channel (node keeps that order). Anywhere
 * but in a worker, it resolves at once.
 */
export function afterLastHandoff(): Promise<void> {
  if (!cluster.isWorker || !process.send || !process.connected) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      process.off("message", onMessage);
      resolve();
    };
    const onMessage = (message: unknown) => {
      if (message === LAST_HANDOFF_MESSAGE) done();
    };
    const timer = setTimeout(done, LAST_HANDOFF_TIMEOUT_MS);
    process.on("message", onMessage);
    // A channel that closes meanwhile is no error here: the timer lets the worker go.
    process.send!(WORKER_CLOSED_MESSAGE, undefined, {}, () => {});
  });
}

export async function runWorkers(options: WorkersOptions): Promise<void> {
  if (options.workers === null || cluster.isWorker) {
    await options.serve();
    announceReady();
    return;
  }
  await runPrimary(options, options.workers);
}

function whenReady(worker: Worker, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${worker.process.pid} was not ready within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (message: unknown) => {
      if (message !== WORKER_READY_MESSAGE) return;
      clearTimeout(timer);
      worker.off("exit", onExit);
      resolve();
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      reject(new Error(`worker ${worker.process.pid} exited with code ${code} before it was ready`));
    };
    worker.on("message", onMessage);
    worker.once("exit", onExit);
  });
}

function stopWorker(worker: Worker): Promise<void> {
  if (worker.isDead()) return Promise.resolve();
  return new Promise((resolve) => {
    worker.once("exit", () => resolve());
    // SIGTERM: the worker drains its requests and closes its database itself, then waits for
    // afterLastHandoff before it exits.
    worker.process.kill("SIGTERM");
  });
}

async function runPrimary(options: WorkersOptions, count: number): Promise<void> {
  const { log, readyTimeoutMs = DEFAULT_WORKER_READY_TIMEOUT_MS } = options;
  const current = new Set<Worker>();
  let state: "running" | "rolling" | "stopping" = "running";

  const fork = (): Worker => {
    const worker = cluster.fork();
    current.add(worker);
    worker.on("message", (message: unknown) => {
      if (message === WORKER_CLOSED_MESSAGE && worker.isConnected()) worker.send(LAST_HANDOFF_MESSAGE);
    });
    worker.once("exit", (code, signal) => {
      current.delete(worker);
      // A clean exit is a stop someone asked for (Ctrl-C reaches the workers too); only a crash is replaced.
      if (state === "stopping" || (code === 0 && !signal) || (worker as Worker & { retired?: boolean }).retired) return;
      log.error({ pid: worker.process.pid, code, signal }, "worker died; replacing it");
      setTimeout(() => {
        if (state !== "stopping") fork();
      }, WORKER_REPLACE_DELAY_MS);
    });
    return worker;
  };

  const roll = async () => {
    if (state !== "running") return;
    state = "rolling";
    log.info({ workers: current.size }, "rolling restart: replacing workers one at a time");
    try {
      for (const old of [...current]) {
        const next = fork();
        await whenReady(next, readyTimeoutMs);
        (old as Worker & { retired?: boolean }).retired = true;
        await stopWorker(old);
        log.info({ stopped: old.process.pid, started: next.process.pid }, "worker replaced");
      }
      log.info({ workers: [...current].map((worker) => worker.process.pid) }, "rolling restart done");
    } catch (error) {
      log.error({ err: error }, "rolling restart stopped: the new worker did not become ready; the old workers keep serving");
    } finally {
      if (state === "rolling") state = "running";
    }
  };

  const stop = async (signal: string) => {
    if (state === "stopping") return;
    state = "stopping";
    log.info({ signal }, "stopping: draining every worker");
    await Promise.all([...current].map(stopWorker));
    process.exit(0);
  };

  process.on("SIGHUP", () => void roll());
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  const workers = Array.from({ length: count }, fork);
  await Promise.all(workers.map((worker) => whenReady(worker, readyTimeoutMs)));
  await options.onPrimaryReady?.();
  log.info({ workers: workers.map((worker) => worker.process.pid) }, "workers ready");
  announceReady();
}
