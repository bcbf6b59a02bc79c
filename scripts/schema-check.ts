// npm run schema:check [-- --base <git ref>]
// Composes the graph from the subgraphs' SDL and compares its API schema with the
// API released to clients (schema/released/, written by `npm run schema:release`),
// or with the one committed at <git ref>. Fails on breaking changes unless the
// removed field or enum value was deprecated in the base first, or a recorded decision
// (schema/accepted-changes.json) accepts the change with its reason. Then validates every
// registered client operation (the hub's own, and every manifest published in
// OPERATIONS_DIR) against the new API schema, and fails on each one it would break, by
// client, version and operation, unless a recorded decision lists it under "operations".
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseOperationsDir, parseTrustedDocumentsPath } from "../gateway/src/config.js";
import { HUB_CLIENT, readIndex, readManifest } from "../gateway/src/operationStore.js";
import { loadTrustedDocuments } from "../gateway/src/trustedDocuments.js";
import { compose, readSubgraphSdls } from "./composition.js";
import {
  applyAcceptedChanges,
  blockingChanges,
  brokenOperations,
  classifySchemaChanges,
  formatBrokenOperations,
  formatReport,
  staleAcceptedChanges,
  type AcceptedChange,
  type ClientManifest,
} from "./schemaChanges.js";
import { ROOT } from "./subgraph-names.js";

const baseIndex = process.argv.indexOf("--base");
const gitRef = baseIndex > 0 ? process.argv[baseIndex + 1] ?? "" : undefined;
const base = gitRef ?? "the released API (schema/released)";

function committed(file: string): string {
  if (gitRef === undefined) return fs.readFileSync(path.join(ROOT, "schema", "released", path.basename(file)), "utf8");
  try {
    return execFileSync("git", ["show", `${gitRef}:${file}`], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    console.error(`Cannot read ${file} at ${gitRef}; pass --base <git ref> naming a commit that has it.`);
    process.exit(2);
  }
}

const outcome = compose(await readSubgraphSdls());
if (!outcome.ok) {
  console.error(`Composition failed:\n${outcome.problems.map((problem) => `  - ${problem}`).join("\n")}`);
  process.exit(1);
}
/** Breaking changes released on purpose: each names its kind, coordinates, reason and the notes clients read. */
const accepted = JSON.parse(fs.readFileSync(path.join(ROOT, "schema", "accepted-changes.json"), "utf8")) as AcceptedChange[];
const changes = applyAcceptedChanges(
  classifySchemaChanges(
    { api: committed("schema/api.graphql"), supergraph: committed("schema/supergraph.graphql") },
    { api: outcome.apiSchema, supergraph: outcome.supergraphSdl },
  ),
  accepted,
);
console.log(`API schema compared with ${base}:\n\n${formatReport(changes)}`);

// The clients' registered operations: the hub's own and every published manifest.
const operationsDir = parseOperationsDir(process.env);
const manifests: ClientManifest[] = [
  { client: HUB_CLIENT, version: "(repository)", documents: loadTrustedDocuments(parseTrustedDocumentsPath(process.env)) },
  ...readIndex(operationsDir).map((entry) => {
    try {
      return { client: entry.client, version: entry.version, documents: readManifest(operationsDir, entry) };
    } catch (error) {
      // A client the check cannot see is not a client it may call safe.
      console.error(`Cannot read the published manifest ${entry.client} ${entry.version}: ${(error as Error).message}`);
      process.exit(2);
    }
  }),
];
const broken = brokenOperations(outcome.apiSchema, manifests, accepted);
console.log(`\nClient operations checked: ${manifests.map((manifest) => `${manifest.client} ${manifest.version} (${manifest.documents.size})`).join(", ")}, from ${operationsDir} and the repository.\n${formatBrokenOperations(broken)}`);

const stale = staleAcceptedChanges(changes, accepted, broken);
if (stale.length > 0) console.warn(`\nschema/accepted-changes.json accepts changes this check does not see (released since, or changed again): remove them.\n${stale.map((line) => `  - ${line}`).join("\n")}`);
const blocking = blockingChanges(changes);
const blockingOperations = broken.filter((operation) => !operation.acceptedBy);
if (blocking.length > 0) {
  console.error(
    `\nschema:check failed: ${blocking.length} breaking change(s). Deprecate the field first ` +
      "(@deprecated(reason: ...)), land that, and remove it in a later change once clients have moved; " +
      "or, where no deprecation can spare clients, record the decision with its reason in schema/accepted-changes.json and tell clients in schema/CHANGES.md.",
  );
}
if (blockingOperations.length > 0) {
  console.error(
    `\nschema:check failed: ${blockingOperations.length} registered client operation(s) would break. Keep the schema as it is until ` +
      "those clients publish versions without them and the old ones are retired (npm run operations:retire); or record the decision " +
      'with its reason in schema/accepted-changes.json, listing each under "operations" as the check names it ("<client> <version> <Operation>").',
  );
}
if (blocking.length > 0 || blockingOperations.length > 0) process.exit(1);
