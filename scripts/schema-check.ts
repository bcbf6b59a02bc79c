// npm run schema:check [-- --base <git ref>]
// Composes the graph from the subgraphs' SDL and compares its API schema with the
// API released to clients (schema/released/, written by `npm run schema:release`),
// or with the one committed at <git ref>. Fails on breaking changes unless the
// removed field or enum value was deprecated in the base first, or a recorded decision
// (schema/accepted-changes.json) accepts the change with its reason.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { compose, readSubgraphSdls } from "./composition.js";
import { applyAcceptedChanges, blockingChanges, classifySchemaChanges, formatReport, staleAcceptedChanges, type AcceptedChange } from "./schemaChanges.js";
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
const stale = staleAcceptedChanges(changes, accepted);
if (stale.length > 0) console.warn(`\nschema/accepted-changes.json accepts changes this check does not see (released since, or changed again): remove them.\n${stale.map((line) => `  - ${line}`).join("\n")}`);
const blocking = blockingChanges(changes);
if (blocking.length > 0) {
  console.error(
    `\nschema:check failed: ${blocking.length} breaking change(s). Deprecate the field first ` +
      "(@deprecated(reason: ...)), land that, and remove it in a later change once clients have moved; " +
      "or, where no deprecation can spare clients, record the decision with its reason in schema/accepted-changes.json and tell clients in schema/CHANGES.md.",
  );
  process.exit(1);
}
