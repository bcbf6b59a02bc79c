// Public reads are served from the response cache (in memory, or Redis), callers
// with a token never are, and a department's write makes every later read of its data
// fresh while answers that read nothing of that department stay cached.
import crypto from "node:crypto";
import { createInMemoryCache } from "@envelop/response-cache";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coalescingMisses } from "../gateway/src/plugins/useResponseCaching.js";
import { startTestHub, type TestHub } from "./support/testHub.js";
import { token } from "./support/tokens.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const DASHBOARD = "query Six { objectives(numbers: [6]) { labourFigures { id value } } }";

async function call(url: string, query: string, bearer?: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

async function lookups(url: string) {
  const text = await (await fetch(url.replace("/graphql", "/metrics"))).text();
  const count = (result: string) => Number(new RegExp(`gateway_response_cache_lookups_total\\{result="${result}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { hit: count("hit"), miss: count("miss") };
}

describe.each([
  ["in memory", {}],
  ["in Redis", { REDIS_URL: "redis://127.0.0.1:6379", REDIS_KEY_PREFIX: `gcm-hub-test-${crypto.randomUUID()}:` }],
])("response cache %s", (_, env) => {
  let gateway: { url: string; stop(): Promise<void> };
  beforeAll(async () => {
    gateway = await hub.startGateway(env);
  });
  afterAll(() => gateway?.stop());

  it("serves a repeated anonymous read from the cache", async () => {
    const first = await call(gateway.url, DASHBOARD);
    const second = await call(gateway.url, DASHBOARD);
    expect(second).toEqual(first);
    expect(await lookups(gateway.url)).toEqual({ hit: 1, miss: 1 });
  });

  it("computes the answer once for identical reads that miss together; the others wait and read it from the cache", async () => {
    const fresh = "query Together { objectives(numbers: [3]) { number title labourFigures { id } } }";
    const before = await lookups(gateway.url);
    const answers = await Promise.all(Array.from({ length: 10 }, () => call(gateway.url, fresh)));
    const after = await lookups(gateway.url);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]!.errors).toBeUndefined();
    expect({ hit: after.hit - before.hit, miss: after.miss - before.miss }).toEqual({ hit: 9, miss: 1 });
  });

  it("never serves a caller with a token from the cache", async () => {
    const before = await lookups(gateway.url);
    await call(gateway.url, DASHBOARD, await token({ subgraph: "labour", scopes: ["write"] }));
    expect(await lookups(gateway.url)).toEqual(before);
  });

  it("keeps a cached answer that reads no border data through a border write, and refreshes one that does", async () => {
    const planOnly = "query PlanSix { objectives(numbers: [6]) { number title } }";
    const borderTen = "query BorderTen { objectives(numbers: [10]) { number borderFigures { id value } } }";
    await call(gateway.url, planOnly);
    await call(gateway.url, borderTen);
    const before = await lookups(gateway.url);

    const writer = await token({ subgraph: "border", scopes: ["write", "publish"] });
    const input = { label: "Cached?", value: 5, unit: "people", period: { start: "2022", label: "2022" }, objective: 10, source: { document: "d", reference: "r", quote: "q" } };
    const recorded = await call(gateway.url, "mutation($input: FigureInput!) { recordBorderFigure(input: $input) { id } }", writer, { input });
    const id = recorded.data.recordBorderFigure.id as string;
    await call(gateway.url, "mutation($id: ID!) { publishBorderFigure(id: $id) { id } }", writer, { id });

    const plan = await call(gateway.url, planOnly);
    const border = await call(gateway.url, borderTen);
    const after = await lookups(gateway.url);
    expect({ hit: after.hit - before.hit, miss: after.miss - before.miss }).toEqual({ hit: 1, miss: 1 });
    expect(plan.data.objectives[0].number).toBe(6);
    expect(border.data.objectives[0].borderFigures.map((figure: { id: string }) => figure.id)).toContain(id);
  });

  it("reads fresh after a mutation whose first field publishes and whose second fails (data: null)", async () => {
    const writer = await token({ subgraph: "border", scopes: ["write", "publish"] });
    const input = { label: "Published, then a failure", value: 7, unit: "people", period: { start: "2022", label: "2022" }, objective: 10, source: { document: "d", reference: "r", quote: "q" } };
    const recorded = await call(gateway.url, "mutation($input: FigureInput!) { recordBorderFigure(input: $input) { id } }", writer, { input });
    const id = recorded.data.recordBorderFigure.id as string;
    const figures = "query BorderTenFigures { objectives(numbers: [10]) { borderFigures { id value } } }";
    const cached = await call(gateway.url, figures);

    const partlyFailed = await call(
      gateway.url,
      'mutation($id: ID!) { published: publishBorderFigure(id: $id) { id } missing: publishBorderFigure(id: "border.no_such_figure") { id } }',
      writer,
      { id },
    );
    const fresh = await call(gateway.url, figures);
    expect(partlyFailed.data).toBeNull(); // both fields are non-null: the failed one nulls the whole answer
    expect(partlyFailed.errors).toMatchObject([{ path: ["missing"], extensions: { argument: "id" } }]);
    expect(cached.data.objectives[0].borderFigures).not.toContainEqual({ id, value: 7 });
    expect(fresh.data.objectives[0].borderFigures).toContainEqual({ id, value: 7 });
  });

  it("keeps every cached answer through an anonymous mutation, which is refused and writes nothing", async () => {
    const borderTen = "query BorderTenIds { objectives(numbers: [10]) { borderFigures { id } } }";
    await call(gateway.url, borderTen);
    const refused = await call(gateway.url, 'mutation { publishBorderFigure(id: "border.no_such_figure") { id } }');
    const before = await lookups(gateway.url);
    await call(gateway.url, borderTen);
    const after = await lookups(gateway.url);
    expect(refused.errors).toMatchObject([{ extensions: { code: "UNAUTHENTICATED" } }]);
    expect({ hit: after.hit - before.hit, miss: after.miss - before.miss }).toEqual({ hit: 1, miss: 0 });
  });

  it("reads fresh after a department publishes", async () => {
    const writer = await token({ subgraph: "labour", scopes: ["write", "publish"] });
    const before = await call(gateway.url, DASHBOARD);
    const input = { label: "Cached?", value: 3, unit: "inspections", period: { start: "2022", label: "2022" }, objective: 6, source: { document: "d", reference: "r", quote: "q" } };
    const recorded = await call(gateway.url, "mutation($input: FigureInput!) { recordLabourFigure(input: $input) { id } }", writer, { input });
    const id = recorded.data.recordLabourFigure.id as string;
    await call(gateway.url, "mutation($id: ID!) { publishLabourFigure(id: $id) { id } }", writer, { id });
    const after = await call(gateway.url, DASHBOARD);
    expect(before.data.objectives[0].labourFigures.map((figure: { id: string }) => figure.id)).not.toContain(id);
    expect(after.data.objectives[0].labourFigures.map((figure: { id: string }) => figure.id)).toContain(id);
  });
});

describe("identical misses wait for the first", () => {
  const settled = <T>(promise: Promise<T>) => Promise.race([promise.then((value) => ({ value })), new Promise((resolve) => setTimeout(() => resolve("still waiting"), 500))]);

  it("a second read of a key being computed waits, and gets the answer once it is stored", async () => {
    const { cache } = coalescingMisses(createInMemoryCache());
    expect(await cache.get("key")).toBeUndefined(); // the first read leads
    const waiter = cache.get("key") as Promise<unknown>;
    expect(await settled(waiter)).toBe("still waiting");
    await cache.set("key", { data: { answer: 42 } }, [], 60_000);
    expect(await settled(waiter)).toEqual({ value: { data: { answer: 42 } } });
  });

  it("an answer that will not be stored (errors) lets the waiting reads go at once, to run their own", async () => {
    const { cache, finished } = coalescingMisses(createInMemoryCache());
    await cache.get("key");
    const waiter = cache.get("key") as Promise<unknown>;
    expect(await settled(waiter)).toBe("still waiting");
    finished("key");
    expect(await settled(waiter)).toEqual({ value: null }); // a miss: it runs the plan itself
    expect(await cache.get("key")).toBeUndefined(); // free: the next read leads again, without waiting
  });
});
