// The dashboard's client: runs a typed document from codegen (schema/generated, client
// preset) as a trusted document, by its hash alone, as a production client does. A
// department that is down leaves its fields null and names itself in an error with code
// SUBGRAPH_UNAVAILABLE: the answer keeps the data and lists the departments missing.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; subgraph?: string };
}

export interface Answer<Data> {
  data: Data | null;
  /** Departments (subgraphs) that were unavailable, each with the paths of the errors naming it. */
  missing: Map<string, string[]>;
  /** Errors other than an unavailable department. */
  errors: GraphQLError[];
}

/** The sha256 the client preset embeds in each document (persistedDocuments on). */
function hashOf(document: TypedDocumentNode<unknown, unknown>): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error("This document has no hash: run `npm run codegen` with persistedDocuments on");
  return hash.replace(/^sha256:/, "");
}

function operationNameOf(document: TypedDocumentNode<unknown, unknown>): string | undefined {
  const operation = document.definitions.find((definition) => definition.kind === "OperationDefinition");
  return operation && "name" in operation ? operation.name?.value : undefined;
}

export async function runTrusted<Data, Variables>(endpoint: string, document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Answer<Data>> {
  const typed = document as TypedDocumentNode<unknown, unknown>;
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ operationName: operationNameOf(typed), variables, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(typed) } } }),
  });
  let body: { data?: Data | null; errors?: GraphQLError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    return { data: null, missing: new Map(), errors: [{ message: `The hub answered ${response.status} without a GraphQL result` }] };
  }
  const missing = new Map<string, string[]>();
  const errors: GraphQLError[] = [];
  for (const error of body.errors ?? []) {
    const subgraph = error.extensions?.code === "SUBGRAPH_UNAVAILABLE" ? error.extensions.subgraph : undefined;
    if (!subgraph) {
      errors.push(error);
      continue;
    }
    missing.set(subgraph, [...(missing.get(subgraph) ?? []), (error.path ?? []).join(".")]);
  }
  return { data: body.data ?? null, missing, errors };
}
