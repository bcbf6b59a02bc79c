// npm run schema:check [-- --base <git ref>]
// Composes the graph from the subgraphs' SDL and compares its API schema with the
// committed one at <git ref> (default HEAD). Fails on breaking changes unless the
// removed field or enum value was deprecated in the base first.
import { execFileSync } from "node:child_process";
import { compose, readSubgraphSdls } from "./composition.js";
import { blockingChanges, classifySchemaChanges, formatReport } from "./schemaChanges.js";
import { ROOT } from "./subgraph-names.js";

const baseIndex = process.argv.indexOf("--base");
const base = baseIndex > 0 ? process.argv[baseIndex + 1] ?? "" : "HEAD";

function committed(file: string): string {
  try {
    return execFileSync("git", ["show", `${base}:${file}`], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    console.error(`Cannot read ${file} at ${base}; pass --base <git ref> naming a commit that has it.`);
    process.exit(2);
  }
}

const outcome = compose(await readSubgraphSdls());
if (!outcome.ok) {
  console.error(`Composition failed:\n${outcome.problems.map((problem) => `  - ${problem}`).join("\n")}`);
  process.exit(1);
}
const changes = classifySchemaChanges(
  { api: committed("schema/api.graphql"), supergraph: committed("schema/supergraph.graphql") },
  { api: outcome.apiSchema, supergraph: outcome.supergraphSdl },
);
console.log(`API schema compared with ${base}:\n\n${formatReport(changes)}`);
const blocking = blockingChanges(changes);
if (blocking.length > 0) {
  console.error(
    `\nschema:check failed: ${blocking.length} breaking change(s). Deprecate the field first ` +
      "(@deprecated(reason: ...)), land that, and remove it in a later change once clients have moved.",
  );
  process.exit(1);
}
