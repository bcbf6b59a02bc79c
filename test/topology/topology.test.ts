// The production topology under test: six subgraph processes on their own
// PostgreSQL databases, two production gateway replicas sharing a Redis. The replicas
// agree at once after a write; one subgraph, one gateway, Redis or one department's
// database going down costs only what it must; a department redeploys its subgraph
// under load at 50 connections without a failed request, then ships a compatible
// schema change (a new described field, the supergraph recomposed) the same way; a
// gateway replica killed under load is back, ready and fast, within seconds.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOLDEN, golden, post, readiness, startTestTopology, type TestTopology } from "./support.js";
import { trustedHash } from "../support/trustedHash.js";

let test: TestTopology;
let replicas: [string, string];

beforeAll(async () => {
  // Besides the trusted documents (golden reads, departments' writes) these tests send
  // ad hoc reads of a department's fields, so arbitrary operations are allowed here.
  // A copy of the repository: the schema change edits the labour department's schema there.
  test = await startTestTopology({ copyRepository: true, gatewayEnv: { TRUSTED_OPERATIONS_ONLY: "false", SUPERGRAPH_POLL_MS: "500" } });
  replicas = [test.topology.gateways[0]!.url, test.topology.gateways[1]!.url];
}, 300_000);
afterAll(async () => {
  await test?.close();
}, 120_000);

const LABOUR_SIX = "query LabourSix { objectives(numbers: [6]) { labourFigures { label value } } }";
const SOCIAL_AND_DIASPORA = "query Both { objectives(numbers: [21, 22]) { number diasporaFigures { value } socialProtectionFigures { value } } }";

describe("the topology", () => {
  it.each(GOLDEN)("serves %s by hash through both replicas, with the same figures", async (operation) => {
    const [first, second] = await Promise.all(replicas.map((url) => golden(url, operation)));
    expect(first!.body.errors).toBeUndefined();
    expect(first!.body.data).toBeTruthy();
    expect(second!.body).toEqual(first!.body);
  });

  it("runs each subgraph as its own process, and each replica as its own", () => {
    const pids = [...test.topology.subgraphs, ...test.topology.gateways].map((process) => process.pid());
    expect(pids.every((pid) => typeof pid === "number")).toBe(true);
    expect(new Set(pids).size).toBe(8);
  });
});

describe("replicas agree", () => {
  it("serves a figure published through one replica from the other at once, though the other had the answer cached", async () => {
    const [one, other] = replicas;
    const before = await post(other, { query: LABOUR_SIX });
    expect((await post(other, { query: LABOUR_SIX })).body).toEqual(before.body); // now cached in the shared Redis

    const token = await test.topology.token({ subgraph: "labour", scopes: ["write", "publish"], subject: "ana" });
    const label = `Inspections recorded through one replica ${Date.now()}`;
    const recorded = await post(one, {
      query: "mutation($input: FigureInput!) { recordLabourFigure(input: $input) { id } }",
      variables: { input: { label, value: 410, unit: "inspections", period: { start: "2022", end: "2022", label: "2022" }, objective: 6, source: { document: "ACT activity report 2022", reference: "Chapter 2", quote: "410 inspections" } } },
    }, token);
    expect(recorded.body.errors).toBeUndefined();
    const published = await post(one, { query: "mutation($id: ID!) { publishLabourFigure(id: $id) { id } }", variables: { id: recorded.body.data!.recordLabourFigure.id } }, token);
    expect(published.body.errors).toBeUndefined();

    const after = await post(other, { query: LABOUR_SIX });
    const labels = after.body.data!.objectives[0].labourFigures.map((figure: { label: string }) => figure.label);
    expect(labels).toContain(label);
    expect(labels.length).toBe(before.body.data!.objectives[0].labourFigures.length + 1);
  });
});

describe("faults", () => {
  it("a subgraph process killed: both replicas stay up with partial data naming that department", async () => {
    const social = test.topology.subgraph("social");
    await social.kill("SIGKILL");
    for (const url of replicas) {
      const answer = await post(url, { query: SOCIAL_AND_DIASPORA });
      expect(answer.status).toBe(200);
      expect(answer.body.data!.objectives[0].diasporaFigures).toEqual([{ value: 453 }]);
      expect(answer.body.data!.objectives[1].socialProtectionFigures).toBeNull();
      // One error for each objective whose social figures the outage nulled.
      expect(answer.body.errors).toEqual([0, 1].map((index) => expect.objectContaining({ path: ["objectives", index, "socialProtectionFigures"], extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph: "social" } })));
      const ready = await readiness(url);
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: "degraded", unreachable: ["social"] });
    }
    await social.start();
    const recovered = await post(replicas[0], { query: SOCIAL_AND_DIASPORA });
    expect(recovered.body.errors).toBeUndefined();
    expect(recovered.body.data!.objectives[1].socialProtectionFigures).toEqual([{ value: 12 }]);
  }, 240_000);

  it("one department's database down: only that department's fields are missing", async () => {
    // With a token, never from the response cache: the answer shows the database as it is now.
    const bearer = await test.topology.token({ subgraph: "plan", scopes: [], subject: "reader" });
    await test.databaseProxy.stop();
    try {
      for (const url of replicas) {
        const answer = await post(url, { query: SOCIAL_AND_DIASPORA }, bearer);
        expect(answer.status).toBe(200);
        expect(answer.body.data!.objectives[0].diasporaFigures).toEqual([{ value: 453 }]);
        expect(answer.body.data!.objectives[1].socialProtectionFigures).toBeNull();
        expect(answer.body.errors!.length).toBeGreaterThan(0);
        for (const error of answer.body.errors!) expect(error.message).toMatch(/social/);
        expect(JSON.stringify(answer.body.errors)).not.toMatch(/diaspora|border|labour|plan|integration/);
      }
      const plan = await golden(replicas[1], "PlanOverview", bearer);
      expect(plan.body.errors).toBeUndefined();
    } finally {
      await test.databaseProxy.start();
    }
    await expect.poll(async () => (await post(replicas[0], { query: SOCIAL_AND_DIASPORA }, bearer)).body.errors, { timeout: 30_000, interval: 500 }).toBeUndefined();
  }, 120_000);

  it("Redis stopped: uncached answers, a clear log line, readiness degraded; back, cached again", async () => {
    const gateway = test.topology.gateways[0]!;
    const logged = gateway.waitForOutput(/Redis unavailable: serving uncached answers/, 30_000);
    await test.redis.stop();
    try {
      expect(await logged).toMatch(/"level":50/);
      for (const url of replicas) {
        for (const operation of ["PlanOverview", "ObjectiveDashboard"]) {
          const answer = await golden(url, operation);
          expect(answer.status).toBe(200);
          expect(answer.body.errors).toBeUndefined();
          expect(answer.body.data).toBeTruthy();
        }
        const ready = await readiness(url);
        expect(ready.status).toBe(200);
        expect(ready.body.status).toBe("degraded");
        expect(ready.body.unreachable).toEqual([]);
        expect(ready.body.dependencies.redis).toMatch(/^unavailable .*serving uncached answers/);
      }
    } finally {
      await test.redis.start();
    }
    await expect.poll(async () => (await readiness(replicas[0])).body.status, { timeout: 30_000, interval: 500 }).toBe("ready");
    await expect.poll(async () => (await readiness(replicas[1])).body.status, { timeout: 30_000, interval: 500 }).toBe("ready");
    expect(gateway.output().some((line) => /Redis is back/.test(line))).toBe(true);
  }, 120_000);

  it("one gateway replica killed: the other serves", async () => {
    const [first] = test.topology.gateways;
    await first!.kill("SIGKILL");
    for (const operation of GOLDEN) {
      const answer = await golden(replicas[1], operation);
      expect(answer.body.errors).toBeUndefined();
    }
    await first!.start();
    expect((await golden(replicas[0], "PlanOverview")).body.errors).toBeUndefined();
  }, 120_000);
});

/** Readers at `connections` (half on each replica) on every golden operation, until stopped; a non-200 or an `errors` body is a failure. */
function readers(connections: number, bearer: string) {
  const requests = GOLDEN.map((operation) => ({
    method: "POST" as const,
    path: "/graphql",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: trustedHash(operation) } } }),
  }));
  const runs = replicas.map((url) => {
    let instance: autocannon.Instance;
    const done = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        { url: new URL(url).origin, connections: connections / 2, duration: 3600, timeout: 10, requests, verifyBody: (body) => !String(body).includes('"errors"') },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
    return { stop: () => instance.stop(), done };
  });
  return {
    async stop() {
      runs.forEach((run) => run.stop());
      const results = await Promise.all(runs.map((run) => run.done));
      const total = results.reduce((sum, result) => sum + result.requests.total, 0);
      const failed = results.reduce((sum, result) => sum + result.errors + result.timeouts + result.non2xx + result.mismatches, 0);
      return { total, failed };
    },
  };
}

/** One golden read sent to a replica under load: when it started, how long it took, whether it was the expected answer. */
interface TimedAnswer {
  started: number;
  ms: number;
  correct: boolean;
}

/**
 * `connections` clients, each sending the golden reads one after another to `url`
 * (every other client with a token, so never from the cache), until stopped. A refused
 * connection (the replica down) is retried after 50 ms, as a load balancer's client would.
 */
function timedReaders(url: string, connections: number, bearer: string, expected: (operation: string, withToken: boolean) => unknown) {
  const answers: TimedAnswer[] = [];
  let running = true;
  const client = async (index: number) => {
    const withToken = index % 2 === 1;
    for (let turn = index; running; turn++) {
      const operation = GOLDEN[turn % GOLDEN.length]!;
      const started = Date.now();
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(withToken ? { authorization: `Bearer ${bearer}` } : {}) },
          body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: trustedHash(operation) } } }),
          signal: AbortSignal.timeout(10_000),
        });
        const body = await response.json();
        answers.push({ started, ms: Date.now() - started, correct: response.status === 200 && isDeepStrictEqual(body, expected(operation, withToken)) });
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  const clients = Array.from({ length: connections }, (_, index) => client(index));
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}

describe("a gateway replica restarts under load", () => {
  it("killed (SIGKILL) at 15 connections and restarted: ready within seconds of its spawn, every answer of the new process correct and none slower than 1 s", async () => {
    const bearer = await test.topology.token({ subgraph: "plan", scopes: [], subject: "reader" });
    const [restarted] = test.topology.gateways;
    const [url, other] = replicas;
    const expected = new Map<string, unknown>();
    for (const operation of GOLDEN) {
      for (const withToken of [false, true]) expected.set(`${operation}:${withToken}`, (await golden(other, operation, withToken ? bearer : undefined)).body);
    }
    const load = timedReaders(url, 15, bearer, (operation, withToken) => expected.get(`${operation}:${withToken}`));
    let spawned: number, readyLine: number, readyz: number;
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await restarted!.kill("SIGKILL");
      spawned = Date.now();
      const line = restarted!.waitForOutput(/"msg":"GCM Hub gateway at /, 30_000).then(() => Date.now());
      await restarted!.start();
      readyz = Date.now();
      readyLine = await line;
      await new Promise((resolve) => setTimeout(resolve, 3000));
    } finally {
      await load.stop();
    }

    const ready = Math.min(readyLine, readyz);
    const answers = load.answers.filter((answer) => answer.started >= spawned);
    const early = answers.filter((answer) => answer.started < ready).length;
    const wrong = answers.filter((answer) => !answer.correct).length;
    const slowest = Math.max(...answers.map((answer) => answer.ms));
    console.log(
      `gateway replica restarted under 15 connections: ready line ${readyLine - spawned} ms, /readyz ready ${readyz - spawned} ms after spawn; ` +
        `${answers.length} answers from the new process (${early} taken before it was ready), ${wrong} wrong, slowest ${slowest} ms; ` +
        `its start-up: ${restarted!.output().findLast((line) => line.includes("start-up timings"))}`,
    );
    // A bound for a machine loaded by other work, not the target: the times printed above are
    // what docs/operations.md reports (1.6-2.6 s to /readyz on a quiet machine; 3.5 s seen
    // while benchmarks ran beside it, its Redis connection alone taking 1.3 s).
    expect(readyLine - spawned).toBeLessThanOrEqual(6000);
    expect(readyz - spawned).toBeLessThanOrEqual(6000);
    expect(answers.length).toBeGreaterThan(30);
    expect(wrong).toBe(0);
    expect(slowest).toBeLessThan(1000);
  }, 120_000);
});

describe("a department redeploys under load", () => {
  it("rolls the border subgraph (new process ready, old one drained and stopped) with zero failed requests at 50 connections", async () => {
    // A reader with a token is never served from the response cache: every request reaches the subgraphs.
    const bearer = await test.topology.token({ subgraph: "plan", scopes: [], subject: "reader" });
    const border = test.topology.subgraph("border");
    const before = border.pid();
    const load = readers(50, bearer);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await border.roll();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const { total, failed } = await load.stop();
    console.log(`rolling restart of border under 50 connections: ${total} requests, ${failed} failed`);
    expect(border.pid()).toBe(before); // the primary kept the port; its worker was replaced
    expect(border.output().some((line) => /"msg":"worker replaced"/.test(line))).toBe(true);
    expect(total).toBeGreaterThan(100);
    expect(failed).toBe(0);
  }, 300_000);
});

describe("a department ships a compatible schema change under load", () => {
  const NEW_FIELD = "query NewField { labourMobilityAgreements(first: 1) { edges { node { code pillarNumber } } } }";

  it("rolls labour onto a schema with a new described field, recomposes, and both replicas serve it, with zero failed requests at 50 connections", async () => {
    const bearer = await test.topology.token({ subgraph: "plan", scopes: [], subject: "reader" });
    for (const url of replicas) expect((await post(url, { query: NEW_FIELD })).body.errors?.[0]?.message).toMatch(/pillarNumber/);

    const load = readers(50, bearer);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    // 1. The department's new version: a described field over a column it already has.
    const schemaFile = path.join(test.root, "subgraphs", "labour", "schema.graphql");
    const schema = fs.readFileSync(schemaFile, "utf8");
    const changed = schema.replace(/^type LabourMobilityAgreement (.*)\{$/m, (line) => `${line}\n  "The number of the pillar of the plan the agreement serves (1 to 5), as plain number for filters and spreadsheets."\n  pillarNumber: Int!`);
    expect(changed).not.toBe(schema);
    fs.writeFileSync(schemaFile, changed);
    // 2. Deployed: the subgraph's worker replaced by one serving the new schema.
    await test.topology.subgraph("labour").roll();
    // 3. The supergraph recomposed; both replicas pick it up from the file.
    execFileSync(process.execPath, ["--import", "tsx", "scripts/compose.ts"], { cwd: test.root, stdio: "ignore" });
    for (const url of replicas) {
      await expect.poll(async () => (await post(url, { query: NEW_FIELD })).body, { timeout: 30_000, interval: 250 }).toMatchObject({ data: { labourMobilityAgreements: { edges: [{ node: { pillarNumber: expect.any(Number) } }] } } });
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const { total, failed } = await load.stop();
    console.log(`schema change of labour under 50 connections: ${total} requests, ${failed} failed`);
    expect(total).toBeGreaterThan(100);
    expect(failed).toBe(0);
  }, 300_000);
});
