// The guide's client (docs/front-end.md, "A typed client"): sends a typed document's hash
// alone; on PERSISTED_QUERY_NOT_FOUND, once more with its text. A development gateway
// registers it then; a production one runs only published operations and says how to publish.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import manifest from "./gql/persisted-documents.json" with { type: "json" }; // codegen writes it beside the documents

export type GraphQLError = { message: string; path?: (string | number)[]; extensions?: { code?: string; subgraph?: string } };
export type Answer<Data> = { data?: Data | null; errors?: GraphQLError[] };

/** The gateway this page talks to: `?hub=<url>`, else `npm start`'s. */
export const HUB_URL = new URLSearchParams(location.search).get("hub") ?? "http://127.0.0.1:4000/graphql";

export async function run<Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Answer<Data>> {
  const key = (document as { __meta__?: { hash: string } }).__meta__!.hash; // "sha256:<hex>"
  const persistedQuery = { version: 1, sha256Hash: key.replace("sha256:", "") };
  const send = async (body: object) =>
    (await (await fetch(HUB_URL, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json()) as Answer<Data>;
  const answer = await send({ variables, extensions: { persistedQuery } });
  if (answer.errors?.[0]?.extensions?.code !== "PERSISTED_QUERY_NOT_FOUND") return answer;
  return send({ query: (manifest as Record<string, string>)[key], variables, extensions: { persistedQuery } });
}

/** A partial answer's unavailable departments (subgraph names), and every other error. */
export function splitErrors(errors: readonly GraphQLError[] = []): { missing: Set<string>; failures: GraphQLError[] } {
  const missing = new Set<string>();
  const failures: GraphQLError[] = [];
  for (const error of errors) {
    const subgraph = error.extensions?.code === "SUBGRAPH_UNAVAILABLE" ? error.extensions.subgraph : undefined;
    if (subgraph) missing.add(subgraph);
    else failures.push(error);
  }
  return { missing, failures };
}
