// Chaos under load on the production topology: readers on both gateway replicas run
// every golden operation by hash while one subgraph process, one gateway replica and
// Redis are killed (SIGKILL) and one department's database is cut, each in turn and
// then brought back. Every answer is held to the answer contract
// (test/support/answerContract.ts: the spec's rules for partial answers, and every
// value compared with the full answer); the surviving replica never fails a request;
// within 5 s of each process being back, every answer is full again.
import fs from "node:fs";
import { buildSchema, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goldenOperations } from "../support/goldenOperations.js";
import { answerViolations, type Answer } from "../support/answerContract.js";
import { startTestTopology, type TestTopology } from "./support.js";
import { trustedHash } from "../support/trustedHash.js";

const schema = buildSchema(fs.readFileSync(new URL("../../schema/api.graphql", import.meta.url), "utf8"));
const operations = goldenOperations().map((operation) => ({ ...operation, parsed: parse(operation.document), hash: trustedHash(operation.name) }));
/** Readers per replica, each sending one request at a time. */
const READERS = 4;
/** How long each fault lasts before its process comes back. */
const FAULT_MS = 3000;
/** Every answer is full again within this long of the process being back. */
const RECOVERY_MS = 5000;

interface Exchange {
  replica: number;
  operation: string;
  sentAt: number;
  doneAt: number;
  /** null: no HTTP answer at all (connection refused or reset). */
  status: number | null;
  answer?: Answer;
}

let test: TestTopology;
let replicas: string[];
const full = new Map<string, Answer>();

beforeAll(async () => {
  test = await startTestTopology({ proxiedDepartment: "labour" });
  replicas = test.topology.gateways.map((gateway) => gateway.url);
  for (const operation of operations) {
    const answer = await send(replicas[0]!, operation.hash);
    expect(answer.answer?.errors, `${operation.name} with everything up`).toBeUndefined();
    full.set(operation.name, answer.answer!);
  }
}, 300_000);
afterAll(async () => {
  await test?.close();
}, 120_000);

async function send(url: string, hash: string, bearer?: string): Promise<{ status: number | null; answer?: Answer }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      signal: AbortSignal.timeout(15_000),
    });
    return { status: response.status, answer: (await response.json()) as Answer };
  } catch {
    return { status: null };
  }
}

/** Readers on both replicas until stop() is called: half anonymous (the shared cache), half with a token (never cached). */
function load(bearer: string) {
  const exchanges: Exchange[] = [];
  let running = true;
  const reader = async (replica: number, index: number) => {
    for (let turn = index; running; turn++) {
      const operation = operations[turn % operations.length]!;
      const sentAt = performance.now();
      const { status, answer } = await send(replicas[replica]!, operation.hash, index % 2 === 0 ? bearer : undefined);
      exchanges.push({ replica, operation: operation.name, sentAt, doneAt: performance.now(), status, answer });
      if (status === null) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const readers = replicas.flatMap((_, replica) => Array.from({ length: READERS }, (__, index) => reader(replica, index)));
  return {
    exchanges,
    async stop() {
      running = false;
      await Promise.all(readers);
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("chaos under load on both replicas", () => {
  it("kills a subgraph, a gateway replica and Redis, cuts a database: no spec violation, no wrong answer, the surviving replica never fails, full answers within 5 s of each return", async () => {
    const bearer = await test.topology.token({ subgraph: "plan", scopes: [], subject: "reader" });
    const readers = load(bearer);
    const faults: { name: string; replica?: number; downAt: number; backAt: number }[] = [];
    const fault = async (name: string, down: () => Promise<void>, up: () => Promise<void>, replica?: number) => {
      const downAt = performance.now();
      await down();
      await pause(FAULT_MS);
      await up();
      faults.push({ name, replica, downAt, backAt: performance.now() });
      await pause(RECOVERY_MS + 1000);
    };
    try {
      await pause(1000);
      const social = test.topology.subgraph("social");
      await fault("social subgraph killed", () => social.kill("SIGKILL"), () => social.start());
      const second = test.topology.gateways[1]!;
      await fault("gateway replica 2 killed", () => second.kill("SIGKILL"), () => second.start(), 1);
      await fault("Redis killed", () => test.redis.stop("SIGKILL"), () => test.redis.start());
      await fault("labour's database cut", () => test.databaseProxy.stop(), () => test.databaseProxy.start());
    } finally {
      await readers.stop();
    }

    const exchanges = readers.exchanges;
    const answered = exchanges.filter((exchange) => exchange.status !== null);
    const violations = answered.flatMap((exchange) =>
      answerViolations(schema, operations.find((operation) => operation.name === exchange.operation)!.parsed, exchange.answer!, { full: full.get(exchange.operation) })
        .map((violation) => `${exchange.operation} on replica ${exchange.replica + 1}: ${violation.rule} at ${violation.path}`),
    );
    // A request the killed replica had in flight or could not take is the client's to send
    // elsewhere; every other request, on either replica, is answered with 200.
    const killed = faults.find((entry) => entry.replica !== undefined)!;
    const lostWithReplica = (exchange: Exchange) => exchange.replica === killed.replica && exchange.doneAt >= killed.downAt && exchange.sentAt <= killed.backAt;
    const failed = exchanges.filter((exchange) => exchange.status !== 200 && !lostWithReplica(exchange));
    // From each return until the next fault: the last partial answer, counted from the return.
    const recovery = faults.map((entry, index) => {
      const until = faults[index + 1]?.downAt ?? Infinity;
      const partial = answered.filter((exchange) => exchange.sentAt >= entry.backAt && exchange.doneAt < until && exchange.answer?.errors);
      const last = Math.max(entry.backAt, ...partial.map((exchange) => exchange.sentAt));
      return { fault: entry.name, fullAgainAfterMs: Math.round(last - entry.backAt) };
    });
    const partialAnswers = answered.filter((exchange) => exchange.answer?.errors).length;
    console.log(`chaos: ${exchanges.length} requests, ${answered.length} answered, ${partialAnswers} partial; recovery ${JSON.stringify(recovery)}`);

    expect(exchanges.length).toBeGreaterThan(200);
    expect(partialAnswers, "the faults showed in the answers").toBeGreaterThan(0);
    expect(violations.slice(0, 20)).toEqual([]);
    expect(failed.map((exchange) => `${exchange.operation} on replica ${exchange.replica + 1}: ${exchange.status}`)).toEqual([]);
    for (const entry of recovery) expect(entry.fullAgainAfterMs, entry.fault).toBeLessThanOrEqual(RECOVERY_MS);
  }, 240_000);
});
