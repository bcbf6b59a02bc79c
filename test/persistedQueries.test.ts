// Automatic persisted queries register a document only once it has passed every
// check, and keep registrations within a byte budget.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PersistedQueryStore } from "../gateway/src/plugins/useAutomaticPersistedQueries.js";
import { sha256 } from "../gateway/src/trustedDocuments.js";
import { startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ gatewayEnv: { LIMIT_TOKENS: "80", RESPONSE_CACHE_TTL_MS: "0" } });
});
afterAll(() => hub?.close());

const persisted = (hash: string, query?: string) => JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const send = async (body: string) => (await hub.post(body)).json() as Promise<{ data?: any; errors?: { message: string }[] }>;

describe("automatic persisted queries", () => {
  it("registers a document that runs, and serves it by hash afterwards", async () => {
    const query = "query Pillars { pillars { numeral } }";
    const hash = sha256(query);
    expect((await send(persisted(hash))).errors![0]!.message).toBe("PersistedQueryNotFound");
    expect((await send(persisted(hash, query))).data.pillars).toHaveLength(5);
    expect((await send(persisted(hash))).data.pillars).toHaveLength(5);
  });

  it("never stores a document over a limit, nor one that fails validation", async () => {
    for (const query of [`{ pillars { ${"numeral ".repeat(100)} } }`, "{ pillars { nope } }"]) {
      const hash = sha256(query);
      expect((await send(persisted(hash, query))).errors?.length).toBeGreaterThan(0);
      expect((await send(persisted(hash))).errors![0]!.message).toBe("PersistedQueryNotFound");
    }
  });
});

describe("PersistedQueryStore", () => {
  it("keeps registrations within its byte budget, dropping the oldest first", () => {
    const store = new PersistedQueryStore(1000);
    for (let index = 0; index < 50; index++) store.register(`h${index}`, `{ q${index} ${"x".repeat(90)} }`);
    expect(store.size.bytes).toBeLessThanOrEqual(1000);
    expect(store.get("h49")).toBeDefined();
    expect(store.get("h0")).toBeUndefined();
    store.register("huge", "y".repeat(1001));
    expect(store.get("huge")).toBeUndefined();
  });
});
