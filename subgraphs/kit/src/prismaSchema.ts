// The kit's Prisma fragment (prisma/shared.prisma) in a department's Prisma schema.
// Prisma reads every .prisma file in the folder its config names, so the department's
// prisma.config.ts points Prisma at its prisma/ folder and, first, writes the fragment
// there as prisma/shared.generated.prisma: the blocks the department uses, each in
// the department's PostgreSQL schema (@@schema, which a multi-schema datasource
// requires on every model and enum). Plain functions over files; no Prisma import,
// so Prisma's own config loader can run it.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The kit's Prisma fragment: the audit, idempotency and figure tables every department shares. */
export const SHARED_PRISMA_FILE = fileURLToPath(new URL("../prisma/shared.prisma", import.meta.url));

/** Where a department's copy is written, beside its schema.prisma (not committed). */
export const GENERATED_PRISMA_FILE = "shared.generated.prisma";

/** The kit's audited writes use these tables in every department, whether its schema refers to them or not. */
const EVERY_DEPARTMENT = ["AuditEntry", "IdempotencyKey"];

interface Block {
  name: string;
  /** The block with its leading comments, up to and including its closing brace. */
  text: string;
  /** The types its fields refer to. */
  refers: Set<string>;
}

/** The top-level `model` and `enum` blocks of a Prisma schema, each with the comments above it. */
function blocksOf(schema: string): Block[] {
  return [...schema.matchAll(/((?:^\/\/.*\n)*)^(?:model|enum) (\w+) \{\n([\s\S]*?)^\}$/gm)].map((match) => ({
    name: match[2]!,
    text: match[0],
    refers: new Set(
      match[3]!
        .split("\n")
        .map((line) => line.trim().split(/\s+/))
        .filter((words) => words.length >= 2 && /^\w/.test(words[0]!))
        .map((words) => words[1]!.replace(/[?[\]]/g, "")),
    ),
  }));
}

/**
 * The fragment's blocks that a department with `ownSchema` needs, in `postgresSchema`:
 * AuditEntry and IdempotencyKey, the blocks its own models refer to, and the blocks
 * those refer to.
 */
export function sharedPrismaSchema(ownSchema: string, postgresSchema: string, fragment = fs.readFileSync(SHARED_PRISMA_FILE, "utf8")): string {
  const shared = blocksOf(fragment);
  const own = blocksOf(ownSchema);
  const redeclared = own.filter((block) => shared.some((candidate) => candidate.name === block.name));
  if (redeclared.length > 0) {
    throw new Error(`schema.prisma declares ${redeclared.map((block) => block.name).join(", ")}, which the kit's Prisma fragment (${SHARED_PRISMA_FILE}) declares: remove them.`);
  }
  const wanted = new Set<string>();
  const want = (name: string) => {
    const block = shared.find((candidate) => candidate.name === name);
    if (!block || wanted.has(name)) return;
    wanted.add(name);
    for (const referred of block.refers) want(referred);
  };
  for (const name of [...EVERY_DEPARTMENT, ...own.flatMap((block) => [...block.refers])]) want(name);
  const blocks = shared.filter((block) => wanted.has(block.name)).map((block) => block.text.replace(/\n\}$/, `\n  @@schema("${postgresSchema}")\n}`));
  return [`// Generated from @gcm-hub/kit prisma/shared.prisma for the "${postgresSchema}" schema: do not edit.`, ...blocks].join("\n\n") + "\n";
}

/**
 * Writes the kit's fragment beside the department's prisma/schema.prisma, when it
 * changed, and returns the folder Prisma should read (`schema` in prisma.config.ts).
 */
export function departmentPrismaSchema(packageDir: string, postgresSchema: string): string {
  const prismaDir = path.join(packageDir, "prisma");
  const content = sharedPrismaSchema(fs.readFileSync(path.join(prismaDir, "schema.prisma"), "utf8"), postgresSchema);
  const file = path.join(prismaDir, GENERATED_PRISMA_FILE);
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== content) fs.writeFileSync(file, content);
  return prismaDir;
}

/**
 * A department's Prisma configuration (the default export of its prisma.config.ts):
 * its schema.prisma with the kit's shared tables (departmentPrismaSchema), and its
 * migrations. `packageDir` is the package folder, as a URL (`new URL(".", import.meta.url)`).
 */
export function departmentPrismaConfig(packageDir: URL, postgresSchema: string): { schema: string; migrations: { path: string } } {
  // Prisma's CLI insists on finding its native schema engine even for `generate`,
  // which never runs it. Machines that cannot download it point at any file.
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";
  const dir = fileURLToPath(packageDir);
  return { schema: departmentPrismaSchema(dir, postgresSchema), migrations: { path: path.join(dir, "prisma", "migrations") } };
}

/** The .prisma files Prisma reads for a schema location: the file, or every .prisma file in the folder. */
export function prismaSchemaFiles(location: string): string[] {
  if (!fs.statSync(location).isDirectory()) return [location];
  return fs
    .readdirSync(location)
    .filter((file) => file.endsWith(".prisma"))
    .sort()
    .map((file) => path.join(location, file));
}
