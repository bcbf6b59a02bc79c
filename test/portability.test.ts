// The graph is standard Federation 2: every golden operation gives the same
// result through Apollo's gateway as through the hub's, on the same supergraph
// and the same running subgraphs.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApolloServer } from "@apollo/server";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { createCredentialSigner, signingFetch } from "@gcm-hub/kit";
import { DEFAULT_SUPERGRAPH_PATH } from "../gateway/src/config.js";
import { goldenOperations } from "./support/goldenOperations.js";
import { startTestHub, testSigningKey, type TestHub } from "./support/testHub.js";

let hub: TestHub;
let apollo: ApolloServer;

beforeAll(async () => {
  hub = await startTestHub();
  const urls = new Map(hub.hub.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const sign = createCredentialSigner(testSigningKey);
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, "utf8"),
    // Apollo's gateway signs its subgraph requests the way the hub's does.
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource({
        url: urls.get(name),
        fetcher: signingFetch(sign, name) as never,
      }),
  });
  apollo = new ApolloServer({ gateway });
  await apollo.start();
});
afterAll(async () => {
  await apollo?.stop();
  await hub?.close();
});

describe("golden operations through @apollo/gateway", () => {
  const operations = goldenOperations();
  it("has golden operations to compare", () => {
    expect(operations.length).toBeGreaterThan(0);
  });

  it.each(operations.map((operation) => [operation.name, operation.document]))("%s gives identical results on both engines", async (_, document) => {
    const hubResult = await hub.query(document);
    const apolloResponse = await apollo.executeOperation({ query: document });
    if (apolloResponse.body.kind !== "single") throw new Error("expected a single result");
    const apolloResult = apolloResponse.body.singleResult;
    expect(hubResult.body.errors).toBeUndefined();
    expect(apolloResult.errors).toBeUndefined();
    expect(hubResult.body.data).toEqual(apolloResult.data);
  });
});
