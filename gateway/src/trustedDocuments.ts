// The trusted documents: operations registered ahead of time by hash (the manifest
// codegen writes from schema/operations and front-end operations). In production
// the gateway runs only these; elsewhere they are also served by hash.
import crypto from "node:crypto";
import fs from "node:fs";

/** sha256 (hex) -> document text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

export function sha256(text: string): string {
  return crypto.createHash("sha256").update(text).digest("hex");
}

/**
 * The hash a persisted-query request names (extensions.persistedQuery, version 1, the
 * only version of the protocol), without a "sha256:" prefix; undefined when it names none.
 */
export function requestedHash(extensions: Record<string, unknown> | undefined): string | undefined {
  const persisted = extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  return persisted?.version === 1 && typeof persisted.sha256Hash === "string" ? persisted.sha256Hash.replace(/^sha256:/, "") : undefined;
}

/** Reads a manifest of `{ "sha256:<hex>": "<document>" }`, checking every hash. */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  if (!fs.existsSync(file)) throw new Error(`No trusted documents manifest at ${file}; run \`npm run codegen\` or set TRUSTED_DOCUMENTS_PATH.`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  const documents = new Map<string, string>();
  for (const [key, document] of Object.entries(manifest)) {
    const hash = key.replace(/^sha256:/, "");
    if (sha256(document) !== hash) throw new Error(`Trusted document ${key} in ${file} does not match its hash`);
    documents.set(hash, document);
  }
  return documents;
}

/**
 * How the gateway refuses a request it cannot run by hash (useTrustedDocuments in
 * production; automatic persisted queries answer `notFound` and `hashMismatch` too).
 * Request errors: 4xx with application/graphql-response+json, 200 with application/json,
 * as GraphQL over HTTP asks (`spec`). `notFound` keeps the message and code of the APQ
 * protocol, which Apollo clients act on. docs/errors.md lists them.
 */
export const persistedDocumentErrors = {
  notFound: {
    message: "PersistedQueryNotFound",
    extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: 404, spec: true } },
  },
  persistedQueryOnly: {
    message: "Only registered operations are accepted, sent by their hash in extensions.persistedQuery.sha256Hash; this gateway does not run query text",
    extensions: { code: "PERSISTED_QUERY_ONLY", http: { status: 400, spec: true } },
  },
  keyNotFound: {
    message: "No operation: send a registered operation's hash in extensions.persistedQuery.sha256Hash",
    extensions: { code: "PERSISTED_QUERY_ID_REQUIRED", http: { status: 400, spec: true } },
  },
  /** Trusted documents only: the same code, so a client's fallback ends here, saying what to do. */
  notPublished: {
    message:
      "PersistedQueryNotFound: this gateway runs only published operations, and none has this hash. Publish the client's manifest first: " +
      "npm run operations:publish -- --client <name> --version <version> persisted-documents.json (docs/front-end.md)",
    extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: 404, spec: true } },
  },
  hashMismatch: {
    message: "provided sha256Hash does not match query",
    extensions: { code: "PERSISTED_QUERY_HASH_MISMATCH", http: { status: 400 } },
  },
} as const;
