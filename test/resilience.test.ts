// A department's subgraph failing never takes the graph down: with any one subgraph
// down, every golden operation's answer is one a client typed from the schema can parse
// (test/support/answerContract.ts: `data` present, no null in a non-null position, every
// nulled position reached by an error with list indices naming the department, every
// value that is there right), on both query planners; the gateway answers with the data
// it has and an error naming the subgraph, readiness says which one is missing, a slow
// subgraph is cut off at its timeout, one that stops answering is refused at once after
// three failures in a row (its circuit open), and all recovers by itself. Identical concurrent
// reads cost a subgraph one request, unless deduplication is switched off.
import { execFileSync } from "node:child_process";
import dns, { type LookupOptions } from "node:dns";
import fs from "node:fs";
import type { LookupFunction } from "node:net";
import os from "node:os";
import path from "node:path";
import { buildSchema, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, startSubgraph } from "@gcm-hub/kit";
import { subgraphOwnership } from "../gateway/src/subgraphOwnership.js";
import { goldenOperations } from "./support/goldenOperations.js";
import { answerViolations, type Answer } from "./support/answerContract.js";
import { startSlowProxy, type SlowProxy } from "./support/slowProxy.js";
import { startTestHub, testGatewayPublicKeys, type TestHub } from "./support/testHub.js";

const TIMEOUT_MS = 400;
let hub: TestHub;
let proxy: SlowProxy;

beforeAll(async () => {
  proxy = await startSlowProxy(0);
  hub = await startTestHub({ gatewayEnv: { SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS) }, gatewaySubgraphUrls: { labour: proxy.url } });
  proxy.target = new URL(hub.hub.subgraphs.find((subgraph) => subgraph.name === "labour")!.url).origin;
});
afterAll(async () => {
  await hub?.close();
  await proxy?.close();
});

/** Nothing listens on port 1: a subgraph there is down (connection refused). */
const DOWN = "http://127.0.0.1:1/graphql";
const schema = buildSchema(fs.readFileSync(new URL("../schema/api.graphql", import.meta.url), "utf8"));
const operations = goldenOperations();
const ownership = subgraphOwnership(fs.readFileSync(new URL("../schema/supergraph.graphql", import.meta.url), "utf8"));

const fullAnswers = new Map<string, Answer>();

async function answerWithout(gatewayUrl: string, document: string): Promise<{ status: number; answer: Answer }> {
  const response = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json" }, body: JSON.stringify({ query: document }) });
  return { status: response.status, answer: (await response.json()) as Answer };
}

/** Every golden operation's answer with every subgraph up, once. */
async function loadFullAnswers(): Promise<void> {
  if (fullAnswers.size > 0) return;
  const whole = await hub.startGateway({ RESPONSE_CACHE_TTL_MS: "0" });
  try {
    for (const operation of operations) fullAnswers.set(operation.name, (await answerWithout(whole.url, operation.document)).answer);
  } finally {
    await whole.stop();
  }
}

// First in this file: the tests after it stop subgraphs of the hub.
describe.each(["js", "rust"])("%s query planner, one subgraph down", (planner) => {
  beforeAll(loadFullAnswers);

  it.each(["plan", "border", "integration", "diaspora", "labour", "social"])("%s down: every golden answer follows the spec and names the department", async (down) => {
    const gateway = await hub.startGateway({ QUERY_PLANNER: planner, RESPONSE_CACHE_TTL_MS: "0", SUBGRAPH_TIMEOUT_MS: "2000", [`SUBGRAPH_URL_${down.toUpperCase()}`]: DOWN });
    try {
      const found: string[] = [];
      for (const operation of operations) {
        const full = fullAnswers.get(operation.name)!;
        expect(full.errors, `${operation.name} with every subgraph up`).toBeUndefined();
        const { status, answer } = await answerWithout(gateway.url, operation.document);
        expect(status, operation.name).toBe(200);
        for (const violation of answerViolations(schema, parse(operation.document), answer, { full, outage: { subgraph: down, ownersOf: ownership.ownersOf } })) found.push(`${operation.name}: ${violation.rule} at ${violation.path}`);
        for (const error of answer.errors ?? []) {
          if (error.extensions?.subgraph !== down) found.push(`${operation.name}: an error that does not name ${down}: ${JSON.stringify(error)}`);
        }
      }
      expect(found).toEqual([]);
    } finally {
      await gateway.stop();
    }
  });
});

/**
 * A lookup like getaddrinfo for a name that no longer resolves: it holds one of libuv's
 * threads (here, opening a FIFO nobody writes to) until `release`, then fails ENOTFOUND.
 * Every other name is looked up as usual.
 */
function hangingLookup(hostname: string) {
  const fifo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gcm-lookup-")), "never");
  execFileSync("mkfifo", [fifo]);
  let started = 0;
  const lookup = ((name: string, options: LookupOptions, callback: (error: NodeJS.ErrnoException | null, address?: unknown, family?: number) => void) => {
    if (name !== hostname) return void dns.lookup(name, options, callback as never);
    started += 1;
    fs.open(fifo, "r", (_, fd) => {
      if (fd !== undefined) fs.close(fd, () => {});
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: "ENOTFOUND" }));
    });
  }) as LookupFunction;
  return {
    lookup,
    started: () => started,
    // A writer opening the FIFO lets every reader's open return.
    release: () => {
      fs.closeSync(fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
      fs.rmSync(path.dirname(fifo), { recursive: true, force: true });
    },
  };
}

describe("a subgraph whose host name stops resolving", () => {
  beforeAll(loadFullAnswers);

  it("costs one lookup at a time, and no other department its answers", async () => {
    const hanging = hangingLookup("social.gone.test");
    const gateway = await hub.startGateway({ RESPONSE_CACHE_TTL_MS: "0", SUBGRAPH_TIMEOUT_MS: "1000", SUBGRAPH_URL_SOCIAL: "http://social.gone.test:4006/graphql" }, { hostLookup: hanging.lookup });
    try {
      // Readiness probes and reads, all at once, each wanting social's address: with a
      // lookup each, they would hold all four of libuv's threads, and everything else the
      // gateway and the subgraphs run there would wait behind them.
      const probes = Array.from({ length: 4 }, () => fetch(new URL("/readyz", gateway.url)).then(async (response) => (await response.json()) as { unreachable: string[] }));
      const reads = operations.map(async (operation) => ({ operation, ...(await answerWithout(gateway.url, operation.document)) }));
      const found: string[] = [];
      // A starved gateway answers nothing until the threads come back: bounded here, so that it fails as such.
      let deadline: NodeJS.Timeout | undefined;
      const starved = new Promise<never>((_, reject) => (deadline = setTimeout(() => reject(new Error("no answers within 20 s: the gateway's threads are held")), 20_000)));
      const answered = await Promise.race([Promise.all(reads), starved]).finally(() => clearTimeout(deadline));
      for (const { operation, status, answer } of answered) {
        expect(status, operation.name).toBe(200);
        const full = fullAnswers.get(operation.name)!;
        for (const violation of answerViolations(schema, parse(operation.document), answer, { full, outage: { subgraph: "social", ownersOf: ownership.ownersOf } })) found.push(`${operation.name}: ${violation.rule} at ${violation.path}`);
        for (const error of answer.errors ?? []) if (error.extensions?.subgraph !== "social") found.push(`${operation.name}: ${JSON.stringify(error)}`);
      }
      expect(found).toEqual([]);
      for (const readiness of await Promise.all(probes)) expect(readiness.unreachable).toEqual(["social"]);
      expect(hanging.started()).toBe(1);
    } finally {
      hanging.release();
      await gateway.stop();
    }
  });
});

const DELAY_MS = 300;
const CONCURRENT = 10;
let planProxy: SlowProxy;
let planRequests = 0;

async function concurrentReads(url: string): Promise<number> {
  planRequests = 0;
  const responses = await Promise.all(
    Array.from({ length: CONCURRENT }, () =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ objectives { number } }" }) }).then((response) => response.json()),
    ),
  );
  for (const body of responses) expect((body as { data: { objectives: unknown[] } }).data.objectives).toHaveLength(23);
  return planRequests;
}

describe("subgraph request deduplication", () => {
  beforeAll(async () => {
    planProxy = await startSlowProxy(DELAY_MS);
    planProxy.onRequest = (method) => {
      if (method === "POST") planRequests += 1;
    };
    planProxy.target = new URL(hub.hub.subgraphs.find((subgraph) => subgraph.name === "plan")!.url).origin;
  });
  afterAll(() => planProxy?.close());

  it("sends identical concurrent reads of one caller to the subgraph once", async () => {
    // No response cache: every request must reach the subgraph layer.
    const gateway = await hub.startGateway({ RESPONSE_CACHE_TTL_MS: "0", SUBGRAPH_URL_PLAN: planProxy.url });
    try {
      // The request's credential is made after deduplication, so the shared request is one.
      expect(await concurrentReads(gateway.url)).toBe(1);
    } finally {
      await gateway.stop();
    }
  });

  it("sends each read when SUBGRAPH_DEDUPLICATION=false", async () => {
    const gateway = await hub.startGateway({ RESPONSE_CACHE_TTL_MS: "0", SUBGRAPH_DEDUPLICATION: "false", SUBGRAPH_URL_PLAN: planProxy.url });
    try {
      expect(await concurrentReads(gateway.url)).toBe(CONCURRENT);
    } finally {
      await gateway.stop();
    }
  });
});

const DASHBOARD = "{ objectives(numbers: [6, 12]) { number title borderFigures { value } labourFigures { value } integrationFigures { value } } }";
const readiness = async () => {
  const response = await fetch(hub.hub.gatewayUrl.replace("/graphql", "/readyz"));
  return { status: response.status, body: (await response.json()) as { status: string; unreachable: string[] } };
};

describe("one subgraph down", () => {
  it("gives partial data with an error naming the subgraph, then recovers when it restarts", async () => {
    const border = hub.hub.subgraphs.find((subgraph) => subgraph.name === "border")!;
    const port = Number(new URL(border.url).port);
    await border.running.stop();

    const { status, body } = await hub.query(DASHBOARD);
    expect(status).toBe(200);
    const twelve = body.data!.objectives.find((objective: { number: number }) => objective.number === 12);
    expect(twelve.title).toBe("Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral");
    expect(twelve.borderFigures).toBeNull();
    const six = body.data!.objectives.find((objective: { number: number }) => objective.number === 6);
    expect(six.labourFigures).toEqual([{ value: 11000 }]);
    // One error for each position the outage nulled, its path leading there.
    const unavailable = { message: "The border subgraph is unavailable; its fields are null in this response", extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph: "border" } };
    expect(body.errors).toEqual([
      { ...unavailable, path: ["objectives", 0, "borderFigures"] },
      { ...unavailable, path: ["objectives", 1, "borderFigures"] },
    ]);
    expect(JSON.stringify(body.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|http:|stack/);

    expect(await readiness()).toEqual({ status: 200, body: expect.objectContaining({ status: "degraded", unreachable: ["border"] }) });

    // Restart on the same port and database: the gateway recovers without being told.
    const restarted = await startSubgraph(border.running.definition, border.running.database, {
      log: createLogger("border", "silent"),
      gatewayKeys: testGatewayPublicKeys,
    });
    await restarted.prepared;
    await restarted.instance.server.listen(port);
    try {
      const recovered = await hub.query(DASHBOARD);
      expect(recovered.body.errors).toBeUndefined();
      expect(recovered.body.data!.objectives.find((objective: { number: number }) => objective.number === 12).borderFigures).toEqual([{ value: 187000 }]);
      expect((await readiness()).body).toMatchObject({ status: "ready", unreachable: [] });
    } finally {
      await restarted.stop();
    }
  });
});

describe("a subgraph that stops answering", () => {
  it("is refused at once after three failures in a row, probed, and served again as soon as it answers", async () => {
    // A subgraph that takes every request and never answers (a hung process, a node gone).
    const hung = await startSlowProxy(60_000);
    let fetches = 0;
    hung.onRequest = (method) => {
      if (method === "POST") fetches += 1;
    };
    hung.target = new URL(hub.hub.subgraphs.find((subgraph) => subgraph.name === "labour")!.url).origin;
    const gateway = await hub.startGateway({ RESPONSE_CACHE_TTL_MS: "0", SUBGRAPH_TIMEOUT_MS: "300", SUBGRAPH_BREAKER_PROBE_MS: "100", SUBGRAPH_URL_LABOUR: hung.url });
    const read = async () => (await answerWithout(gateway.url, "{ objectives(numbers: [6]) { title labourFigures { value } } }")).answer;
    const unavailable = { message: "The labour subgraph is unavailable; its fields are null in this response", path: ["objectives", 0, "labourFigures"], extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph: "labour" } };
    const partial = { data: { objectives: [{ title: "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work", labourFigures: null }] }, errors: [unavailable] };
    try {
      // Three reads wait for the timeout (and the retry's); each reaches the subgraph.
      for (let failure = 1; failure <= 3; failure++) {
        const before = fetches;
        expect(await read()).toEqual(partial);
        expect(fetches, `read ${failure}`).toBeGreaterThan(before);
      }
      // Then its circuit is open: the same answer, and no request reaches the subgraph.
      const afterOpening = fetches;
      for (let refused = 0; refused < 5; refused++) expect(await read()).toEqual(partial);
      expect(fetches).toBe(afterOpening);
      const metrics = await (await fetch(new URL("/metrics", gateway.url))).text();
      expect(metrics).toContain('gateway_subgraph_circuit_open{subgraph="labour"} 1');
      expect(metrics).toContain('gateway_subgraph_fetches_refused_total{subgraph="labour"} 5');

      // It answers again: the circuit's probe of its /readyz closes it, with no client's read as the trial.
      hung.delayMs = 0;
      const deadline = Date.now() + 10_000;
      let answer = await read();
      while (answer.errors && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        answer = await read();
      }
      expect(answer).toEqual({ data: { objectives: [{ ...partial.data.objectives[0], labourFigures: [{ value: 11000 }] }] } });
      expect(fetches).toBeGreaterThan(afterOpening);
    } finally {
      await gateway.stop();
      await hung.close();
    }
  });
});

describe("one subgraph slow", () => {
  it("cuts it off at the timeout and keeps the other departments' data", async () => {
    proxy.delayMs = TIMEOUT_MS * 5;
    const started = performance.now();
    const { body } = await hub.query("{ objectives(numbers: [6]) { title labourFigures { value } integrationFigures { value } } }");
    const elapsed = performance.now() - started;
    proxy.delayMs = 0;

    expect(elapsed).toBeLessThan(TIMEOUT_MS * 4);
    expect(body.data!.objectives[0].title).toBe("Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work");
    expect(body.data!.objectives[0].labourFigures).toBeNull();
    // Once, where it nulled the field: not again without a path, as the timed-out fetch gave it.
    expect(body.errors).toEqual([{ message: "The labour subgraph is unavailable; its fields are null in this response", path: ["objectives", 0, "labourFigures"], extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph: "labour" } }]);

    const recovered = await hub.query("{ objectives(numbers: [6]) { labourFigures { value } } }");
    expect(recovered.body.errors).toBeUndefined();
    expect(recovered.body.data!.objectives[0].labourFigures).toEqual([{ value: 11000 }]);
  });
});
