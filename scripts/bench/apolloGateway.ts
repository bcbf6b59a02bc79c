// Benchmark child process: the baseline, Apollo's gateway on the same supergraph,
// calling the same subgraphs (SUBGRAPH_URL_<NAME>), signing each request the way
// the hub's gateway does. Prints its URL when ready.
import fs from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { createCredentialSigner, parseSigningKey, signingFetch } from "@gcm-hub/kit";
import { DEFAULT_SUPERGRAPH_PATH } from "../../gateway/src/config.js";

const sign = createCredentialSigner(parseSigningKey(process.env.HUB_GATEWAY_SIGNING_KEY!));
const gateway = new ApolloGateway({
  supergraphSdl: fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, "utf8"),
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource({
      url: process.env[`SUBGRAPH_URL_${name.toUpperCase()}`] ?? url,
      fetcher: signingFetch(sign, name) as never,
    }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
console.log(url);

process.on("SIGTERM", async () => {
  await server.stop();
  process.exit(0);
});
