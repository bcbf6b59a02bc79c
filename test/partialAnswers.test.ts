// With any one subgraph down, every golden operation's answer is one a client typed
// from the schema can parse (test/support/answerContract.ts): `data` present, no null
// in a non-null position, every nulled position reached by an error with list indices
// naming the department, and every value that is there right. On both query planners.
import fs from "node:fs";
import { buildSchema, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subgraphOwnership } from "../gateway/src/subgraphOwnership.js";
import { goldenOperations } from "./support/goldenOperations.js";
import { answerViolations, type Answer } from "./support/answerContract.js";
import { startTestHub, type TestHub } from "./support/testHub.js";

/** Nothing listens on port 1: a subgraph there is down (connection refused). */
const DOWN = "http://127.0.0.1:1/graphql";
const schema = buildSchema(fs.readFileSync(new URL("../schema/api.graphql", import.meta.url), "utf8"));
const operations = goldenOperations();
const ownership = subgraphOwnership(fs.readFileSync(new URL("../schema/supergraph.graphql", import.meta.url), "utf8"));

let hub: TestHub;
const fullAnswers = new Map<string, Answer>();
beforeAll(async () => {
  hub = await startTestHub({ gatewayEnv: { RESPONSE_CACHE_TTL_MS: "0" } });
  for (const operation of operations) fullAnswers.set(operation.name, (await hub.query(operation.document)).body as Answer);
});
afterAll(() => hub?.close());

async function answerWithout(gatewayUrl: string, document: string): Promise<{ status: number; answer: Answer }> {
  const response = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json" }, body: JSON.stringify({ query: document }) });
  return { status: response.status, answer: (await response.json()) as Answer };
}

describe.each(["js", "rust"])("%s query planner, one subgraph down", (planner) => {
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
