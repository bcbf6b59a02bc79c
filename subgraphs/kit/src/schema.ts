// A subgraph's SDL is its own schema.graphql merged with the kit's shared contract
// (schema/shared.graphql): the @shareable figure, source, page and audit types every
// department returns identically. The department declares none of them; every reader
// of its SDL (its server and _service { sdl }, composition, codegen, the schema lint)
// reads it through subgraphSdl, so they all see the same merged document.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { Kind, parse, visit, type DefinitionNode, type DocumentNode } from "graphql";

/** The kit's shared SDL: the types departments share, each `@shareable` where it is an output type. */
export const SHARED_SCHEMA_FILE = fileURLToPath(new URL("../schema/shared.graphql", import.meta.url));

type NamedDefinition = DefinitionNode & { name: { value: string } };

const isNamed = (definition: DefinitionNode): definition is NamedDefinition => "name" in definition && definition.name !== undefined;

/** The names of the types a definition (or document) refers to. */
function referencedTypes(node: DocumentNode | DefinitionNode): Set<string> {
  const names = new Set<string>();
  visit(node, { NamedType: (named) => void names.add(named.name.value) });
  return names;
}

/** Whether the document's `@link` to the federation spec imports @shareable. */
function importsShareable(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(directive) {
      if (directive.name.value !== "link") return;
      const imports = directive.arguments?.find((argument) => argument.name.value === "import")?.value;
      if (imports?.kind === Kind.LIST) found ||= imports.values.some((value) => value.kind === Kind.STRING && value.value === "@shareable");
    },
  });
  return found;
}

/**
 * The department's SDL followed by the shared types it refers to, directly or through
 * another shared type, in the shared file's order and words. Throws when the
 * department declares a shared type itself: the contract has one source.
 */
export function mergeSharedSdl(ownSdl: string, sharedSdl = fs.readFileSync(SHARED_SCHEMA_FILE, "utf8")): string {
  const own = parse(ownSdl);
  const shared = parse(sharedSdl).definitions.filter(isNamed);
  const sharedNames = new Set(shared.map((definition) => definition.name.value));
  const redeclared = own.definitions.filter(isNamed).filter((definition) => definition.kind !== Kind.SCHEMA_EXTENSION && sharedNames.has(definition.name.value));
  if (redeclared.length > 0) {
    const names = redeclared.map((definition) => definition.name.value).join(", ");
    throw new Error(`The subgraph declares ${names}, which the kit's shared contract (${SHARED_SCHEMA_FILE}) declares: remove them from its schema.graphql.`);
  }
  const wanted = new Set<string>();
  const want = (names: Set<string>) => {
    for (const name of names) {
      if (!sharedNames.has(name) || wanted.has(name)) continue;
      wanted.add(name);
      want(referencedTypes(shared.find((definition) => definition.name.value === name)!));
    }
  };
  want(referencedTypes(own));
  const merged = shared.filter((definition) => wanted.has(definition.name.value));
  if (merged.length === 0) return ownSdl;
  if (!importsShareable(own)) {
    throw new Error('The subgraph uses the kit\'s shared types, which are @shareable: its `extend schema @link(...)` must import "@shareable".');
  }
  const texts = merged.map((definition) => sharedSdl.slice(definition.loc!.start, definition.loc!.end));
  return `${ownSdl.trimEnd()}\n\n# Merged from the kit's shared contract (@gcm-hub/kit schema/shared.graphql).\n\n${texts.join("\n\n")}\n`;
}

/** A subgraph's merged SDL, from the path of its schema.graphql. */
export function subgraphSdl(file: string | URL): string {
  return mergeSharedSdl(fs.readFileSync(file, "utf8"));
}

/** Reads and parses a subgraph's schema.graphql (a URL relative to the caller's module), merged with the shared contract. */
export function loadSchema(file: URL): DocumentNode {
  return parse(subgraphSdl(file));
}
