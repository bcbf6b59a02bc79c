// The code exporter's snippets for the operation in the editor: curl and fetch requests by
// hash (persisted documents, which a trusted-only gateway requires), the guide's typed client
// (docs/front-end.md, "A typed client", checked equal by test/frontEndGuide.test.ts), and the
// CSV export link of a trusted operation.
import { printExecutableGraphQLDocument } from "@graphql-tools/documents";
import { parse } from "graphql";
import { sha256Hex } from "./sha256.js";

export interface Request {
  /** Absolute URL of the GraphQL endpoint. */
  endpoint: string;
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  headers: Record<string, string>;
  /** sha256 (hex) of every document the gateway trusts (the page's settings.trustedOperations). */
  trustedHashes: ReadonlySet<string>;
}

/** Where the guide says how to register an operation for a production (trusted-only) gateway. */
export const PUBLISH_GUIDE = "docs/front-end.md#publishing-a-clients-operations";
export const PUBLISH_COMMAND = "npm run operations:publish -- --client <name> --version <v> <persisted-documents.json>";

/**
 * The editor's text as the codegen client preset registers it (its persisted documents print
 * with @graphql-tools/documents, so a golden tab hashes to the hub's manifest entry), its hash,
 * and whether the gateway trusts it. Throws the GraphQL syntax error of a text that does not parse.
 */
export function persistedDocument(request: Pick<Request, "query" | "trustedHashes">): { document: string; hash: string; registered: boolean } {
  const document = printExecutableGraphQLDocument(parse(request.query));
  const hash = sha256Hex(document);
  return { document, hash, registered: request.trustedHashes.has(hash) };
}

/** The headers every snippet sends: JSON (so a browser preflights it: CSRF prevention), the CSRF header for any other request shape, then the editor's. */
function headersOf(request: Request): Record<string, string> {
  return { "content-type": "application/json", "x-graphql-csrf": "1", ...request.headers };
}

/** A registered operation by hash alone; a new one by hash with its text (development registers it on first use). */
function bodyOf(request: Request): Record<string, unknown> {
  const { document, hash, registered } = persistedDocument(request);
  return {
    ...(registered ? {} : { query: document }),
    operationName: request.operationName,
    variables: request.variables ?? {},
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  };
}

function registrationNote(request: Request, comment: string): string[] {
  if (persistedDocument(request).registered) return [];
  return [
    `${comment} Not one of the hub's trusted operations: sent by hash with its text, which a development gateway checks, runs and registers.`,
    `${comment} A production (trusted-only) gateway answers PERSISTED_QUERY_NOT_FOUND until your client has published it:`,
    `${comment}   ${PUBLISH_COMMAND}`,
    `${comment}   (${PUBLISH_GUIDE})`,
  ];
}

/** A word for the shell: single-quoted, with single quotes spelt out. */
function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

export function curlSnippet(request: Request): string {
  const lines = [
    `curl -s ${shellQuoted(request.endpoint)}`,
    ...Object.entries(headersOf(request)).map(([name, value]) => `  -H ${shellQuoted(`${name}: ${value}`)}`),
    `  --data-raw ${shellQuoted(JSON.stringify(bodyOf(request)))}`,
  ];
  return [...registrationNote(request, "#"), lines.join(" \\\n")].join("\n");
}

export function fetchSnippet(request: Request): string {
  return [
    ...registrationNote(request, "//"),
    `const response = await fetch(${JSON.stringify(request.endpoint)}, {`,
    `  method: "POST",`,
    `  headers: ${JSON.stringify(headersOf(request))},`,
    `  body: JSON.stringify(${JSON.stringify(bodyOf(request), null, 2).replaceAll("\n", "\n  ")}),`,
    `});`,
    `const { data, errors } = await response.json();`,
  ].join("\n");
}

/** A JavaScript literal as a person writes it: `{ iso: "CV", numbers: [4, 5] }`. */
export function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(item)}`);
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/**
 * The name codegen gives an operation's typed document, less "Document": its pascal case
 * (change-case's, which the client preset uses), each part between underscores on its own:
 * countryThing -> CountryThing, GDPByYear -> GdpByYear, my_op -> My_Op.
 */
export function typedDocumentName(operationName: string): string {
  const pascal = (part: string) =>
    part
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/([A-Z])([A-Z][a-z])/g, "$1 $2")
      .split(" ")
      .filter(Boolean)
      .map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase())
      .join("");
  return operationName.split("_").map(pascal).join("_");
}

/**
 * The guide's client (docs/front-end.md, "A typed client") for this operation: the hash of the
 * typed document codegen generates, alone, then, if the gateway does not know it, with the text
 * from codegen's manifest. A development gateway runs and registers a new operation that way on
 * its first use; a production one runs it, with the same code, once it is published.
 */
export function typedDocumentSnippet(request: Pick<Request, "endpoint" | "operationName" | "variables">): string {
  const name = request.operationName;
  if (!name) return "// Name the operation (query MyName { ... }): codegen names its typed document after it.";
  const document = `${typedDocumentName(name)}Document`;
  return [
    `// src/client.ts: runs src/${name}.graphql by hash, with what codegen generates in src/gql/`,
    `import type { TypedDocumentNode } from "@graphql-typed-document-node/core";`,
    `import { ${document} } from "./gql/graphql.js";`,
    `import manifest from "./gql/persisted-documents.json" with { type: "json" };`,
    ``,
    `const HUB = ${JSON.stringify(request.endpoint)};`,
    ``,
    `type Answer<Data> = { data?: Data | null; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; subgraph?: string } }[] };`,
    ``,
    `async function run<Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Answer<Data>> {`,
    `  const key = (document as { __meta__?: { hash: string } }).__meta__!.hash; // "sha256:<hex>"`,
    `  const persistedQuery = { version: 1, sha256Hash: key.replace("sha256:", "") };`,
    `  // JSON, so a browser on another origin asks first (CORS_ORIGINS); x-graphql-csrf passes CSRF prevention whatever the request.`,
    `  const headers = { "content-type": "application/json", "x-graphql-csrf": "1" };`,
    `  const send = async (body: object) => (await (await fetch(HUB, { method: "POST", headers, body: JSON.stringify(body) })).json()) as Answer<Data>;`,
    `  const answer = await send({ variables, extensions: { persistedQuery } });`,
    `  if (answer.errors?.[0]?.extensions?.code !== "PERSISTED_QUERY_NOT_FOUND") return answer;`,
    `  // New to this gateway: the text with the hash, once. Development checks, runs and registers it;`,
    `  // production runs only published operations, and its error says how to publish.`,
    `  return send({ query: (manifest as Record<string, string>)[key], variables, extensions: { persistedQuery } });`,
    `}`,
    ``,
    `const { data, errors } = await run(${document}, ${literal(request.variables ?? {})}); // data is typed; errors: docs/errors.md`,
    `console.log(JSON.stringify({ data, errors }, null, 2));`,
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
