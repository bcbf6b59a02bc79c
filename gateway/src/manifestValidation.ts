// Checks a client's manifest of persisted documents before it is published: the file
// graphql-codegen's client preset writes with `persistedDocuments` on
// (`{ "<sha256>": "<document>" }`, keys with or without a "sha256:" prefix). Every
// document must match its hash, hold one named operation, fit the API schema and pass
// the gateway's own limits (the rules useOperationLimits runs, with the same settings).
// Names are checked within the manifest only: operation names are unique in one client's
// manifest, and a fragment name means one fragment there; another client may use the
// same names, since the gateway finds documents by hash.
import { Kind, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type OperationTypeNode } from "graphql";
import { operationLimitRules, parseWithTokenLimit, type OperationLimits } from "./plugins/useOperationLimits.js";
import { sha256 } from "./trustedDocuments.js";

/** One operation of a manifest. */
export interface ManifestOperation {
  name: string;
  type: OperationTypeNode;
  /** sha256 (hex) of its document. */
  hash: string;
}

export interface ValidManifest {
  /** sha256 (hex) -> document text. */
  documents: Map<string, string>;
  operations: ManifestOperation[];
}

export type ManifestValidation = { ok: true; manifest: ValidManifest } | { ok: false; problems: string[] };

export interface ManifestValidationOptions {
  /** The API schema clients see (no federation machinery). */
  schema: GraphQLSchema;
  /** The gateway's limits (LIMIT_DEPTH, ...). */
  limits: OperationLimits;
}

const HASH_KEY = /^(?:sha256:)?([0-9a-f]{64})$/;
const FORMAT = 'a manifest is a JSON object { "<sha256 of the document>": "<document>" }, as graphql-codegen\'s client preset writes it with persistedDocuments on';

const short = (hash: string) => hash.slice(0, 12);

/** Every problem with the manifest, each naming the operation (or the hash where there is no name yet). */
export function validateManifest(text: string, { schema, limits }: ManifestValidationOptions): ManifestValidation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`malformed JSON: ${(error as Error).message}; ${FORMAT}`] };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { ok: false, problems: [`not an object; ${FORMAT}`] };
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length === 0) return { ok: false, problems: [`no documents; ${FORMAT}`] };

  const problems: string[] = [];
  const documents = new Map<string, string>();
  const operations: ManifestOperation[] = [];
  const operationHashes = new Map<string, string>();
  const fragments = new Map<string, { text: string; hash: string }>();
  const rules = [...specifiedRules, ...operationLimitRules(limits)];

  for (const [key, value] of entries) {
    const hash = HASH_KEY.exec(key)?.[1];
    if (!hash) {
      problems.push(`key "${key.slice(0, 80)}" is not a sha256 hash (64 lowercase hex digits, optionally prefixed "sha256:")`);
      continue;
    }
    if (typeof value !== "string") {
      problems.push(`document ${short(hash)}: the value is not a string; ${FORMAT}`);
      continue;
    }
    let document: DocumentNode;
    try {
      document = parseWithTokenLimit(value, limits);
    } catch (error) {
      // Not parsed (a syntax error, too many tokens): named as the text names it, if it does.
      const named = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(value)?.[1];
      problems.push(`${named ? `operation ${named}` : `document ${short(hash)}`}: ${(error as Error).message}`);
      continue;
    }
    const operationNodes = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const label = operationNodes.length === 1 && operationNodes[0]!.name ? `operation ${operationNodes[0]!.name.value}` : `document ${short(hash)}`;
    if (sha256(value) !== hash) {
      problems.push(`${label}: the hash ${short(hash)}… does not match its text (whose sha256 is ${short(sha256(value))}…); regenerate the manifest rather than editing it`);
      continue;
    }
    if (operationNodes.length !== 1) {
      problems.push(`${label}: holds ${operationNodes.length} operations; a persisted document holds exactly one (and the fragments it uses)`);
      continue;
    }
    const operation = operationNodes[0]!;
    if (!operation.name) {
      problems.push(`${label}: the operation has no name; name it (the name is how schema checks and metrics report it)`);
      continue;
    }
    const name = operation.name.value;
    const earlier = operationHashes.get(name);
    if (earlier !== undefined) {
      problems.push(`operation ${name}: two documents in this manifest are named ${name} (${short(earlier)}… and ${short(hash)}…); operation names are unique within a client`);
      continue;
    }
    operationHashes.set(name, hash);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION || !definition.loc) continue;
      const fragmentText = value.slice(definition.loc.start, definition.loc.end);
      const seen = fragments.get(definition.name.value);
      if (seen && seen.text !== fragmentText) {
        problems.push(`operation ${name}: fragment ${definition.name.value} differs from the fragment of that name in document ${short(seen.hash)}…; a fragment name means one fragment within a client`);
      } else if (!seen) fragments.set(definition.name.value, { text: fragmentText, hash });
    }
    const errors = validate(schema, document, rules);
    if (errors.length > 0) {
      for (const error of errors) problems.push(`operation ${name}: ${error.message}`);
      continue;
    }
    documents.set(hash, value);
    operations.push({ name, type: operation.operation, hash });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, manifest: { documents, operations } };
}
