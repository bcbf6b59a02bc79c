// useAutomaticPersistedQueries alone: a query's hash runs a trusted document or one
// registered earlier; an unknown hash is PersistedQueryNotFound; a document is
// registered only once it has passed every check (parse, validation, limits), and the
// registrations stay within a byte budget, oldest dropped first.
import { afterAll, describe, expect, it } from "vitest";
import { PersistedQueryStore, useAutomaticPersistedQueries } from "../../src/plugins/useAutomaticPersistedQueries.js";
import { useOperationLimits, DEFAULT_OPERATION_LIMITS } from "../../src/plugins/useOperationLimits.js";
import { requestedHash, sha256 } from "../../src/trustedDocuments.js";
import { createPluginHarness } from "./harness.js";

const TRUSTED = "query Pillars { pillars { numeral title } }";
const trusted = new Map([[sha256(TRUSTED), TRUSTED]]);
const store = new PersistedQueryStore(1000);
const gateway = createPluginHarness({
  plugins: () => [useOperationLimits({ ...DEFAULT_OPERATION_LIMITS, tokens: 80 }), useAutomaticPersistedQueries({ trusted }, store)],
});
afterAll(() => gateway[Symbol.asyncDispose]());

const byHash = (hash: string, query?: string) => ({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const send = async (body: unknown) => {
  const response = await gateway.post(body);
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
};

describe("useAutomaticPersistedQueries", () => {
  it("asks for an unknown hash, registers it with the query, then runs it by hash", async () => {
    const query = "query Objectives { objectives { number } }";
    const first = await send(byHash(sha256(query)));
    expect(first.errors).toEqual([{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }]);
    expect(first.status).toBe(404);
    expect((await send(byHash(sha256(query), query))).data.objectives).toHaveLength(3);
    expect((await send(byHash(sha256(query)))).data.objectives).toHaveLength(3);
    expect(store.get(sha256(query))).toBe(query);
  });

  it("serves a trusted document by hash without registering it", async () => {
    const { data } = await send(byHash(sha256(TRUSTED)));
    expect(data.pillars).toHaveLength(5);
    expect(store.get(sha256(TRUSTED))).toBeUndefined();
  });

  it("refuses a hash that does not match its query with 400", async () => {
    const mismatch = await send(byHash(sha256(TRUSTED), "{ pillars { numeral } }"));
    expect(mismatch.status).toBe(400);
    expect(mismatch.errors![0]).toMatchObject({ message: "provided sha256Hash does not match query", extensions: { code: "PERSISTED_QUERY_HASH_MISMATCH" } });
  });

  it("never stores a document over a limit, nor one that fails validation", async () => {
    for (const query of [`{ pillars { ${"numeral ".repeat(100)} } }`, "{ pillars { nope } }"]) {
      const hash = sha256(query);
      expect((await send(byHash(hash, query))).errors?.length).toBeGreaterThan(0);
      expect((await send(byHash(hash))).errors![0]!.message).toBe("PersistedQueryNotFound");
      expect(store.get(hash)).toBeUndefined();
    }
  });

  it("runs a request without a hash as any other", async () => {
    expect((await send({ query: "{ pillars { numeral } }" })).data.pillars).toHaveLength(5);
  });
});

describe("PersistedQueryStore", () => {
  it("keeps registrations within its byte budget, dropping the oldest first", () => {
    const budget = new PersistedQueryStore(1000);
    for (let index = 0; index < 50; index++) budget.register(`h${index}`, `{ q${index} ${"x".repeat(90)} }`);
    expect(budget.size.bytes).toBeLessThanOrEqual(1000);
    expect(budget.get("h49")).toBeDefined();
    expect(budget.get("h0")).toBeUndefined();
    budget.register("huge", "y".repeat(1001));
    expect(budget.get("huge")).toBeUndefined();
  });
});

// One reading of extensions.persistedQuery for every path that takes a hash: trusted
// documents, APQ, and the early cached answers (cachedAnswers.ts).
describe("requestedHash", () => {
  const hash = sha256(TRUSTED);
  it("takes version 1's hash, with or without the sha256: prefix", () => {
    expect(requestedHash({ persistedQuery: { version: 1, sha256Hash: hash } })).toBe(hash);
    expect(requestedHash({ persistedQuery: { version: 1, sha256Hash: `sha256:${hash}` } })).toBe(hash);
  });
  it("names no hash for another version, a hash that is not a string, or no persistedQuery", () => {
    expect(requestedHash({ persistedQuery: { version: 2, sha256Hash: hash } })).toBeUndefined();
    expect(requestedHash({ persistedQuery: { sha256Hash: hash } })).toBeUndefined();
    expect(requestedHash({ persistedQuery: { version: 1, sha256Hash: 42 } })).toBeUndefined();
    expect(requestedHash({})).toBeUndefined();
    expect(requestedHash(undefined)).toBeUndefined();
  });
});
