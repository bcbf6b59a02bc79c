// useTrustedDocuments alone: only registered documents run, sent by hash, alone or with
// their text (the APQ protocol's second request); an unknown hash is refused with the way
// to publish it, text without a hash and a request with neither are refused, all before
// any subgraph is asked; the map is read per request, so a publication applies at once.
import { afterAll, describe, expect, it } from "vitest";
import { useTrustedDocuments } from "../../src/plugins/useTrustedDocuments.js";
import { sha256 } from "../../src/trustedDocuments.js";
import { createPluginHarness } from "./harness.js";

const PILLARS = "query Pillars { pillars { numeral } }";
const NEW = "query Objectives { objectives { number } }";
const trusted = new Map([[sha256(PILLARS), PILLARS]]);
const gateway = createPluginHarness({ plugins: () => [useTrustedDocuments({ trusted })] });
afterAll(() => gateway[Symbol.asyncDispose]());

const byHash = (hash: string, query?: string) => ({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const send = async (body: unknown) => {
  const response = await gateway.post(body);
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
};

describe("useTrustedDocuments", () => {
  it("runs a registered document by its hash, alone or with its text", async () => {
    expect((await send(byHash(sha256(PILLARS)))).data).toEqual({ pillars: [{ numeral: "I" }, { numeral: "II" }, { numeral: "III" }, { numeral: "IV" }, { numeral: "V" }] });
    expect((await send(byHash(`sha256:${sha256(PILLARS)}`, PILLARS))).data.pillars).toHaveLength(5);
  });

  it("refuses an unknown hash, alone or with its text, saying how to publish it, before any subgraph is asked", async () => {
    gateway.requests.length = 0;
    for (const body of [byHash(sha256(NEW)), byHash(sha256(NEW), NEW)]) {
      const refused = await send(body);
      expect(refused.status).toBe(404);
      expect(refused.errors).toEqual([
        {
          message: expect.stringMatching(/^PersistedQueryNotFound: this gateway runs only published operations, and none has this hash\. Publish the client's manifest first: npm run operations:publish -- --client <name> --version <version> persisted-documents.json/),
          extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
        },
      ]);
    }
    expect(gateway.requests).toEqual([]);
  });

  it("refuses text without a hash, a request with neither, and text that is not its hash's", async () => {
    expect(await send({ query: PILLARS })).toMatchObject({ status: 400, errors: [{ extensions: { code: "PERSISTED_QUERY_ONLY" } }] });
    expect(await send({})).toMatchObject({ status: 400, errors: [{ extensions: { code: "PERSISTED_QUERY_ID_REQUIRED" } }] });
    expect(await send(byHash(sha256(PILLARS), NEW))).toMatchObject({ status: 400, errors: [{ message: "provided sha256Hash does not match query", extensions: { code: "PERSISTED_QUERY_HASH_MISMATCH" } }] });
  });

  it("runs a document as soon as it is registered, and no longer once it is taken out", async () => {
    trusted.set(sha256(NEW), NEW);
    expect((await send(byHash(sha256(NEW)))).data.objectives).toHaveLength(3);
    trusted.delete(sha256(NEW));
    expect((await send(byHash(sha256(NEW)))).status).toBe(404);
  });
});
