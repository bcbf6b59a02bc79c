// The client manifests' commands (`npm run operations:*`, whose entry point is
// scripts/operations.ts), apart from process.argv so tests run them in process:
//   publish --client <name> --version <v> <manifest.json>
//   list [--client <name>]
//   retire --client <name> --version <v>
// Publishing checks every document against the API schema of the supergraph the gateway
// serves (SUPERGRAPH_PATH) and the gateway's limits (LIMIT_*), and stores nothing unless
// all pass. Manifests go to OPERATIONS_DIR (default HUB_DATA_DIR/operations), which
// every gateway replica reads. The served gateway never loads this module: publishing is
// a developer's or CI's step, and @apollo/federation-internals a development dependency.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { Supergraph } from "@apollo/federation-internals";
import { buildSchema, lexicographicSortSchema, printSchema } from "graphql";
import { parseOperationLimits, parseOperationsDir, parseSupergraphPath, parseTrustedDocumentsPath } from "./config.js";
import { validateManifest } from "./manifestValidation.js";
import { HUB_CLIENT, invalidName, publishManifest, readIndex, retireManifest } from "./operationStore.js";
import { loadTrustedDocuments } from "./trustedDocuments.js";

type Env = Record<string, string | undefined>;
export interface Output {
  log(message: string): void;
  error(message: string): void;
}

export const USAGE = [
  "npm run operations:publish -- --client <name> --version <version> <persisted-documents.json>",
  "npm run operations:list [-- --client <name>]",
  "npm run operations:retire -- --client <name> --version <version>",
].join("\n  ");

/** The API schema of a composed supergraph (what clients may query), as `npm run compose` prints it. */
function apiSchemaOfSupergraph(supergraphSdl: string): string {
  return `${printSchema(lexicographicSortSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()))}\n`;
}

/** Runs one command; returns the process's exit code (0 done, 1 refused, 2 misused). */
export function runOperationsCommand(argv: string[], env: Env, out: Output): number {
  const [command, ...rest] = argv;
  let values: { client?: string; version?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { client: { type: "string" }, version: { type: "string" } } }));
  } catch (error) {
    out.error(`${(error as Error).message}\nUsage:\n  ${USAGE}`);
    return 2;
  }
  const dir = parseOperationsDir(env);
  const misuse = (message: string) => {
    out.error(`${message}\nUsage:\n  ${USAGE}`);
    return 2;
  };
  switch (command) {
    case "publish": {
      const { client, version } = values;
      const file = positionals[0];
      if (!client || !version || !file || positionals.length > 1) return misuse("publish needs --client, --version and one manifest file.");
      const nameProblem = invalidName(client, version);
      if (nameProblem) return misuse(`Cannot publish: ${nameProblem}.`);
      if (!fs.existsSync(file)) return misuse(`No manifest at ${file}.`);
      const supergraphPath = parseSupergraphPath(env);
      const schema = buildSchema(apiSchemaOfSupergraph(fs.readFileSync(supergraphPath, "utf8")));
      const limits = parseOperationLimits(env);
      const validation = validateManifest(fs.readFileSync(file, "utf8"), { schema, limits });
      if (!validation.ok) {
        out.error(
          `Refused ${file} for ${client} ${version}: ${validation.problems.length} problem(s), checked against ${path.relative(process.cwd(), supergraphPath) || supergraphPath} ` +
            `and the gateway's limits (depth ${limits.depth}, aliases ${limits.aliases}, cost ${limits.cost}, tokens ${limits.tokens}, directives ${limits.directives}):\n` +
            `${validation.problems.map((problem) => `  - ${problem}`).join("\n")}\nNothing was stored.`,
        );
        return 1;
      }
      let outcome;
      try {
        outcome = publishManifest(dir, client, version, validation.manifest);
      } catch (error) {
        out.error(`Refused ${file} for ${client} ${version}: ${(error as Error).message}. Nothing was stored.`);
        return 1;
      }
      const count = validation.manifest.operations.length;
      out.log(
        outcome === "published"
          ? `Published ${client} ${version}: ${count} operation(s) (${validation.manifest.operations.map((operation) => operation.name).join(", ")}) in ${dir}; every gateway reading that folder serves them within its poll interval.`
          : `${client} ${version} is already published with these ${count} operation(s); nothing changed.`,
      );
      return 0;
    }
    case "list": {
      const hubPath = parseTrustedDocumentsPath(env);
      const hub = loadTrustedDocuments(hubPath);
      const published = readIndex(dir).filter((entry) => !values.client || entry.client === values.client);
      const lines = published.map((entry) => `${entry.client.padEnd(20)} ${entry.version.padEnd(16)} ${entry.publishedAt}  ${entry.operations.length} operation(s): ${entry.operations.map((operation) => operation.name).join(", ")}`);
      if (!values.client || values.client === HUB_CLIENT) lines.unshift(`${HUB_CLIENT.padEnd(20)} ${"(repository)".padEnd(16)} ${path.relative(process.cwd(), hubPath)}  ${hub.size} operation(s)`);
      out.log(lines.length ? `Client operations in ${dir}:\n${lines.join("\n")}` : `No published manifests in ${dir}${values.client ? ` for ${values.client}` : ""}.`);
      return 0;
    }
    case "retire": {
      const { client, version } = values;
      if (!client || !version || positionals.length > 0) return misuse("retire needs --client and --version.");
      try {
        const retired = retireManifest(dir, client, version);
        out.log(`Retired ${client} ${version} (${retired.operations.length} operation(s)); gateways stop serving its hashes within their poll interval, unless another published manifest holds the same document.`);
        return 0;
      } catch (error) {
        out.error(`Cannot retire: ${(error as Error).message}.`);
        return 1;
      }
    }
    default:
      return misuse(`Unknown command "${command ?? ""}".`);
  }
}
