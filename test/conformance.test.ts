// GraphQL over HTTP conformance of the gateway, with the graphql-http audit suite:
// every MUST passes; SHOULD and MAY results are counted and printed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverAudits } from "graphql-http";
import { startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

describe("graphql-http audits against the gateway", () => {
  it("passes every MUST audit, and reports the SHOULD and MAY ones", async () => {
    const audits = serverAudits({ url: hub.hub.gatewayUrl });
    const results = await Promise.all(audits.map(async (audit) => ({ audit, result: await audit.fn() })));
    const tally = (level: string) => {
      const atLevel = results.filter(({ audit }) => audit.name.startsWith(level));
      return { total: atLevel.length, passed: atLevel.filter(({ result }) => result.status === "ok").length };
    };
    const must = tally("MUST");
    const should = tally("SHOULD");
    const may = tally("MAY");
    console.log(`graphql-http audits: MUST ${must.passed}/${must.total}, SHOULD ${should.passed}/${should.total}, MAY ${may.passed}/${may.total}`);
    const failedMusts = results
      .filter(({ audit, result }) => audit.name.startsWith("MUST") && result.status !== "ok")
      .map(({ audit, result }) => `${audit.name}: ${"reason" in result ? result.reason : ""}`);
    expect(failedMusts).toEqual([]);
    expect(must.total).toBeGreaterThan(10);
  });
});
