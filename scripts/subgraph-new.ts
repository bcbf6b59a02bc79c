// npm run subgraph:new -- <name>: a new department's package, ready to compose, start
// and test: SDL with a described example type and an extension of Objective, a Prisma
// model in its own schema with a first migration, a seed whose record carries its
// source in the report, resolvers, tests and a README. It is added to the one list of
// subgraphs (subgraphs/subgraphs.json) and to the workspaces. The example record is
// the department's to replace with its own data.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createMigration } from "@gcm-hub/kit/migration-create";
import { departmentPrismaSchema } from "@gcm-hub/kit/prisma-schema";
import { loadAllSubgraphs, SUBGRAPH_NAMES } from "../subgraphs/registry.js";
import { ROOT, subgraphDir } from "./subgraph-names.js";

const USAGE = "npm run subgraph:new -- <name>   (lower-case letters, e.g. education)";
const name = process.argv[2] ?? "";
function refuse(message: string): never {
  console.error(`${message}\nUsage: ${USAGE}`);
  process.exit(2);
}
if (!/^[a-z]{3,20}$/.test(name)) refuse(`A subgraph name is 3 to 20 lower-case letters (it names a PostgreSQL schema, a package and GraphQL fields), got "${name}".`);
if (SUBGRAPH_NAMES.includes(name) || fs.existsSync(subgraphDir(name))) refuse(`There is a subgraph "${name}" already.`);
if (["hub", "public", "kit"].includes(name)) refuse(`"${name}" is reserved.`);

const Name = name[0]!.toUpperCase() + name.slice(1);
const dir = subgraphDir(name);
const step = (message: string) => console.log(`[subgraph:new] ${message}`);

/** The next free contract port after the existing subgraphs'. */
async function nextPort(): Promise<number> {
  const ports = (await loadAllSubgraphs()).map((existing) => existing.port);
  return Math.max(...ports) + 1;
}

// The example record: a sentence of the report, verbatim, so the seed test holds from the start.
const EXAMPLE_QUOTE =
  "In order to accompany and monitor the PNIPGM, as specified in the 2020 report, two spheres of intervention were established: at a ministerial level, through political coordination of the different departments involved in the Plan, and at a technical level, coordinated by the ACM, which aims to closely monitor the implementation of the 97 measures that are part of the PNIPGM.";

const port = await nextPort();
const files: Record<string, string> = {
  "package.json": "",
  "README.md": `# ${name} subgraph

The ${name} department's part of GCM Hub. Created by \`npm run subgraph:new -- ${name}\`:
replace the example record (\`${Name}Record\`) with the department's own types and data,
each record quoting the paragraph of the report it comes from.

- Owns: \`${Name}Record\` (an example). Extends plan's \`Objective\` with \`${name}Records\`.
- Port ${port}; PostgreSQL schema \`${name}\`.
- In this folder: \`npm start\` (alone; \`DATABASE_URL\` for PostgreSQL, else embedded),
  \`npm test\`, \`npm run codegen\`, \`npm run migration:create -- <name>\`, \`npm run seed\`.
- In the hub: it is in \`subgraphs/subgraphs.json\`, so \`npm run compose\` composes it and
  \`npm start\` serves it.
`,
  "schema.graphql": `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

# Source, like every type of the kit's shared contract (figures, sources, pages, the
# audit trail), is not declared here: the kit merges it in when this file is read.

"""
The ${name} subgraph: the ${name} department's records on the national plan, each with
the paragraph of the report it comes from.
"""
type Query {
  "The ${name} department's records, ordered by code."
  ${name}Records: [${Name}Record!]!
}

"A record of the ${name} department (an example: the department replaces it with its own types)."
type ${Name}Record {
  "Stable code of the record."
  code: ID!
  "What the record is, in the report's words."
  name: String!
  "The objective of the plan it reports on, when the report ties it to one."
  objective: Objective
  "Where the record comes from."
  source: Source!
}

"An objective of the Global Compact for Migration, adopted by the national plan. Other subgraphs add their department's data to it."
type Objective @key(fields: "number") {
  "Objective number, 1 to 23."
  number: Int!
  "The ${name} department's records on this objective."
  ${name}Records: [${Name}Record!]
}
`,
  "prisma.config.ts": `// Prisma reads schema.prisma with the kit's shared tables, written beside it for the "${name}" schema.
import { departmentPrismaConfig } from "@gcm-hub/kit/prisma-schema";

export default departmentPrismaConfig(new URL(".", import.meta.url), "${name}");
`,
  "prisma/schema.prisma": `// ${Name} subgraph: the ${name} department's records. Every row traces to a paragraph
// of the report. Objectives are plan's: here they are plain key columns.

generator client {
  provider            = "prisma-client"
  output              = "../src/generated/prisma"
  moduleFormat        = "esm"
  importFileExtension = "js"
  previewFeatures     = ["relationJoins"]
}

datasource db {
  provider = "postgresql"
  schemas  = ["${name}"]
}

model ${Name}Record {
  code            String @id
  name            String
  objectiveNumber Int?   @map("objective_number")
  sourceRef       String @map("source_ref")
  sourceQuote     String @map("source_quote")

  @@index([objectiveNumber])
  @@map("${name}_record")
  @@schema("${name}")
}
`,
  "prisma/seed.ts": `// The ${name} department's records from the report, upserted by code: re-running the
// seed changes nothing. The example record quotes the report verbatim.
import { seedChecksum } from "@gcm-hub/kit";
import type { ${Name}Prisma } from "../src/prisma.js";

export const records = [
  {
    code: "${name.toUpperCase()}_EXAMPLE",
    name: "Monitoring of the plan's 97 measures (an example record: replace it)",
    objectiveNumber: null,
    sourceRef: "Section I",
    sourceQuote: ${JSON.stringify(EXAMPLE_QUOTE)},
  },
];

export const ${name}SeedChecksum = seedChecksum(records);

export async function seed${Name}(prisma: ${Name}Prisma): Promise<string> {
  for (const record of records) {
    await prisma.${name}Record.upsert({ where: { code: record.code }, create: record, update: record });
  }
  return \`\${records.length} ${name} records\`;
}
`,
  "src/prisma.ts": `import { createPrismaClient, type QueryObserver, type SubgraphDatabase } from "@gcm-hub/kit";
import { PrismaClient } from "./generated/prisma/client.js";

export type ${Name}Prisma = PrismaClient;

export function create${Name}Prisma(database: SubgraphDatabase, onQuery?: QueryObserver): ${Name}Prisma {
  return createPrismaClient(PrismaClient, database, onQuery);
}
`,
  "src/context.ts": `import type { BaseContext } from "@gcm-hub/kit";
import type { ${Name}Loaders } from "./loaders.js";
import type { ${Name}Prisma } from "./prisma.js";

export interface ${Name}Context extends BaseContext {
  prisma: ${Name}Prisma;
  loaders: ${Name}Loaders;
}
`,
  "src/models.ts": `// The shapes resolvers receive as parents: Prisma rows and, for plan's entities, their
// keys. codegen maps each GraphQL type to one of these.
export type { ${Name}Record as ${Name}RecordRow } from "./generated/prisma/client.js";
export type { ObjectiveReference as ObjectiveRow } from "@gcm-hub/kit";
`,
  "src/loaders.ts": `// Per-request DataLoaders: one SQL statement per batch, whatever the number of parents.
import { loaderGroupedByKey } from "@gcm-hub/kit";
import type { ${Name}Prisma } from "./prisma.js";

export type ${Name}Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(prisma: ${Name}Prisma) {
  return {
    recordsByObjective: loaderGroupedByKey("objectiveNumber", (numbers: number[]) =>
      prisma.${name}Record.findMany({ where: { objectiveNumber: { in: numbers } }, orderBy: { code: "asc" } }),
    ),
  };
}
`,
  "src/resolvers/Query.ts": `import type { QueryResolvers } from "../generated/graphql.js";

export const Query: QueryResolvers = {
  ${name}Records: (_, __, { prisma }) => prisma.${name}Record.findMany({ orderBy: { code: "asc" } }),
};
`,
  "src/resolvers/Objective.ts": `import { recordsByObjective, referenceResolvers } from "@gcm-hub/kit";
import type { ObjectiveResolvers } from "../generated/graphql.js";

// plan owns Objective; this subgraph resolves a reference to its key and adds its own fields.
export const Objective: ObjectiveResolvers = {
  __resolveReference: referenceResolvers.Objective,
  ${name}Records: recordsByObjective("records"),
};
`,
  [`src/resolvers/${Name}Record.ts`]: `import { objectiveReference, reportSource } from "@gcm-hub/kit";
import type { ${Name}RecordResolvers } from "../generated/graphql.js";

export const ${Name}Record: ${Name}RecordResolvers = {
  objective: (record) => objectiveReference(record.objectiveNumber),
  source: (record) => reportSource(record.sourceRef, record.sourceQuote),
};
`,
  "src/server.ts": `// The ${name} subgraph: its schema, resolvers, Prisma client, migrations and seed.
// No listen here; main.ts, the all-in-one start and the tests decide where it runs.
import { definePrismaSubgraph } from "@gcm-hub/kit";
import { ${name}SeedChecksum, seed${Name} } from "../prisma/seed.js";
import type { ${Name}Context } from "./context.js";
import { createLoaders } from "./loaders.js";
import { create${Name}Prisma, type ${Name}Prisma } from "./prisma.js";
import { resolvers } from "./generated/resolvers.js";

export const ${name} = definePrismaSubgraph<${Name}Prisma, ${Name}Context>({
  service: { name: "${name}", port: ${port}, root: new URL("..", import.meta.url) },
  parts: { resolvers, createClient: create${Name}Prisma, createLoaders },
  seed: { checksum: ${name}SeedChecksum, run: seed${Name} },
});

export default ${name};
`,
  "src/main.ts": `// Serves the ${name} subgraph alone: PORT (default ${port}), DATABASE_URL or embedded PGlite.
import { runStandalone } from "@gcm-hub/kit";
import { ${name} } from "./server.js";

await runStandalone(${name});
`,
  [`test/${name}.test.ts`]: `// The ${name} subgraph serves its records with their source, extends plan's objectives,
// and seeds nothing the report does not say.
import { describe, expect, it } from "vitest";
import { quotesMissingFromReport, representationsOf, useTestSubgraph } from "@gcm-hub/kit/testing";
import { records } from "../prisma/seed.js";
import { ${name} } from "../src/server.js";

const subgraph = useTestSubgraph(${name});

describe("${name}", () => {
  it("serves its records with the report as their source", async () => {
    const { data, errors } = await subgraph.execute<{ ${name}Records: { code: string; source: { document: string; quote: string } }[] }>(
      "{ ${name}Records { code source { document quote } } }",
    );
    expect(errors).toBeUndefined();
    expect(data!.${name}Records.map((record) => record.code)).toEqual(records.map((record) => record.code));
    expect(data!.${name}Records[0]!.source.document).toMatch(/Voluntary national report/);
  });

  it("resolves plan's objectives by key, null for one that cannot exist", async () => {
    const { data, errors } = await subgraph.execute<{ _entities: unknown[] }>(
      "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Objective { number ${name}Records { code } } } }",
      { representations: representationsOf({ Objective: [1, 99] }) },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([{ number: 1, ${name}Records: [] }, null]);
  });

  it("quotes the report verbatim in every seeded record", () => {
    expect(quotesMissingFromReport(records.map((record) => ({ code: record.code, quote: record.sourceQuote })))).toEqual([]);
  });
});
`,
  "codegen.ts": `// graphql-codegen for this subgraph alone (npm run codegen in this package): its
// resolver types, by the kit's conventions.
import type { CodegenConfig } from "@graphql-codegen/cli";
import { subgraphResolverTypes } from "@gcm-hub/kit/codegen";

const config: CodegenConfig = { overwrite: true, generates: subgraphResolverTypes("${name}") };

export default config;
`,
  "vitest.config.ts": fs.readFileSync(path.join(subgraphDir("labour"), "vitest.config.ts"), "utf8"),
  "tsconfig.json": fs.readFileSync(path.join(subgraphDir("labour"), "tsconfig.json"), "utf8"),
};
const labourManifest = JSON.parse(fs.readFileSync(path.join(subgraphDir("labour"), "package.json"), "utf8")) as Record<string, unknown>;
files["package.json"] = `${JSON.stringify({ ...labourManifest, name: `@gcm-hub/${name}`, description: `GCM Hub subgraph: the ${name} department's records on the national plan.` }, null, 2)}\n`;

for (const [file, content] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
}
step(`wrote subgraphs/${name} (port ${port}, PostgreSQL schema "${name}")`);

const migration = await createMigration({ schema: name, schemaPath: departmentPrismaSchema(dir, name), migrationsDir: path.join(dir, "prisma", "migrations"), name: "init" });
step(`first migration: ${path.relative(ROOT, migration!)}`);

const listFile = path.join(ROOT, "subgraphs", "subgraphs.json");
fs.writeFileSync(listFile, `${JSON.stringify([...SUBGRAPH_NAMES, name])}\n`);
const rootManifestFile = path.join(ROOT, "package.json");
const rootManifest = JSON.parse(fs.readFileSync(rootManifestFile, "utf8")) as { workspaces: string[] };
// After the other departments, before the gateway, the runtime and the test support.
rootManifest.workspaces.splice(rootManifest.workspaces.findLastIndex((workspace) => workspace.startsWith("subgraphs/")) + 1, 0, `subgraphs/${name}`);
fs.writeFileSync(rootManifestFile, `${JSON.stringify(rootManifest, null, 2)}\n`);
step("added to subgraphs/subgraphs.json and the workspaces");

const prismaCli = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
execFileSync(process.execPath, [prismaCli, "generate"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
execFileSync("npx", ["graphql-codegen", "--config", "codegen.ts"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
step("Prisma client and resolver types generated");
execFileSync("npx", ["tsx", "scripts/compose.ts"], { cwd: ROOT, stdio: "inherit" });
step(`done. Next: npm install (links @gcm-hub/${name}), npm test, npm start; edit subgraphs/${name}/README.md`);
