// The code exporter's snippets for the operation in the editor: curl, fetch, and a typed
// document with the codegen client preset; and the CSV export link of a trusted operation.

export interface Request {
  /** Absolute URL of the GraphQL endpoint. */
  endpoint: string;
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  headers: Record<string, string>;
}

/** A word for the shell: single-quoted, with single quotes spelt out. */
function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

function body(request: Request): string {
  return JSON.stringify({ query: request.query, operationName: request.operationName, variables: request.variables });
}

export function curlSnippet(request: Request): string {
  const headers = { "content-type": "application/json", ...request.headers };
  const lines = [`curl ${shellQuoted(request.endpoint)}`, ...Object.entries(headers).map(([name, value]) => `  -H ${shellQuoted(`${name}: ${value}`)}`), `  --data-raw ${shellQuoted(body(request))}`];
  return lines.join(" \\\n");
}

export function fetchSnippet(request: Request): string {
  const headers = { "content-type": "application/json", ...request.headers };
  return [
    `const response = await fetch(${JSON.stringify(request.endpoint)}, {`,
    `  method: "POST",`,
    `  headers: ${JSON.stringify(headers)},`,
    `  body: JSON.stringify(${JSON.stringify({ query: request.query, operationName: request.operationName, variables: request.variables }, null, 2).replaceAll("\n", "\n  ")}),`,
    `});`,
    `const { data, errors } = await response.json();`,
  ].join("\n");
}

/**
 * A client on the typed documents of @graphql-codegen/client-preset, as docs/front-end.md
 * writes it: the hash alone, then, if the gateway does not know it, the hash with the text
 * from the manifest codegen writes. A development gateway runs a new operation that way on
 * its first use; a production one runs it, with the same code, once it is published.
 */
export function typedDocumentSnippet(request: Request): string {
  const name = request.operationName ?? "Operation";
  const document = request.query.trim().replaceAll("`", "\\`").replaceAll("\n", "\n  ");
  return [
    `// codegen.ts: the client preset over the hub's schema and your documents, with their hashes`,
    `// (generates: { "src/gql/": { preset: "client", schema: "schema/api.graphql", documents: "src/**/*.ts",`,
    `//   presetConfig: { persistedDocuments: { hashAlgorithm: "sha256" } } } })`,
    `import type { ResultOf, VariablesOf } from "@graphql-typed-document-node/core";`,
    `import { graphql } from "./gql";`,
    `import manifest from "./gql/persisted-documents.json" with { type: "json" };`,
    ``,
    `export const ${name}Document = graphql(\``,
    `  ${document}`,
    `\`);`,
    ``,
    `export async function run${name}(variables: VariablesOf<typeof ${name}Document>) {`,
    `  const key = (${name}Document as unknown as { __meta__: { hash: string } }).__meta__.hash;`,
    `  const persistedQuery = { version: 1, sha256Hash: key.replace("sha256:", "") };`,
    `  const send = async (body: object) => {`,
    `    const response = await fetch(${JSON.stringify(request.endpoint)}, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });`,
    `    // data may be partial: an error with code SUBGRAPH_UNAVAILABLE names the department that is down.`,
    `    return (await response.json()) as { data?: ResultOf<typeof ${name}Document>; errors?: { message: string; extensions?: { code?: string; subgraph?: string } }[] };`,
    `  };`,
    `  const answer = await send({ variables, extensions: { persistedQuery } });`,
    `  if (answer.errors?.[0]?.extensions?.code !== "PERSISTED_QUERY_NOT_FOUND") return answer;`,
    `  // New to this gateway: development runs and registers it; production asks you to publish it (npm run operations:publish).`,
    `  return send({ query: (manifest as Record<string, string>)[key], variables, extensions: { persistedQuery } });`,
    `}`,
    `// Example: await run${name}(${JSON.stringify(request.variables ?? {})});`,
  ].join("\n");
}

export type ExportLink = { ok: true; href: string } | { ok: false; message: string };

/** GET /export/<name>.csv with the variables as query parameters (a list repeats its parameter). */
export function csvExportLink(operationName: string | undefined, variables: Record<string, unknown> | undefined, trustedNames: readonly string[], origin: string): ExportLink {
  if (!operationName || !trustedNames.includes(operationName)) {
    return { ok: false, message: `CSV download is for the trusted operations: ${trustedNames.join(", ")}.` };
  }
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(variables ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === null || item === undefined) continue;
      if (typeof item === "object") return { ok: false, message: `Variable "${name}" is an object; exports take scalar variables and lists of them.` };
      parameters.append(name, String(item));
    }
  }
  const search = parameters.size > 0 ? `?${parameters}` : "";
  return { ok: true, href: `${origin}/export/${encodeURIComponent(operationName)}.csv${search}` };
}
