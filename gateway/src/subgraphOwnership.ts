// Which subgraphs an operation reads from, and which one a mutation writes to, as the
// supergraph's join directives say: a field owned by one or more subgraphs
// (@join__field, or the @join__type of a type only one subgraph defines) counts those
// subgraphs. A field of a type several subgraphs share, with no @join__field of its own
// (an entity's key, a shared value type's field), counts none: its value comes from
// whichever subgraph fetched its parent, and that parent was reached through a field
// that counts. The response cache keys each answer by the subgraphs it read.
import {
  buildASTSchema,
  getNamedType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";

export interface SubgraphOwnership {
  /** The subgraphs a read's fields come from, sorted. */
  readFrom(document: DocumentNode): string[];
  /** The subgraphs a mutation's root fields write to, sorted. */
  writtenBy(document: DocumentNode, operationName?: string | null): string[];
  /** The subgraphs that resolve `type.field` (none for a shared type's field, whose value comes with its parent). */
  ownersOf(type: string, field: string): ReadonlySet<string>;
}

/** The ownership of the supergraph being served, rebuilt only when its SDL changes. */
export function currentOwnership(supergraph: () => string): () => SubgraphOwnership {
  let sdl: string | undefined;
  let ownership: SubgraphOwnership | undefined;
  return () => {
    const latest = supergraph();
    if (latest !== sdl || !ownership) {
      sdl = latest;
      ownership = subgraphOwnership(latest);
    }
    return ownership;
  };
}

const argument = (directive: ConstDirectiveNode, name: string) => directive.arguments?.find((candidate) => candidate.name.value === name)?.value;

function graphOf(directive: ConstDirectiveNode): string | null {
  const value = argument(directive, "graph");
  return value?.kind === Kind.ENUM ? value.value : null;
}

/** Owners of each `Type.field` in the supergraph, by subgraph name. */
function fieldOwners(supergraph: DocumentNode): Map<string, Set<string>> {
  const names = new Map<string, string>();
  const owners = new Map<string, Set<string>>();
  for (const definition of supergraph.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === "join__Graph") {
      for (const value of definition.values ?? []) {
        const joinGraph = value.directives?.find((directive) => directive.name.value === "join__graph");
        const name = joinGraph && argument(joinGraph, "name");
        if (name?.kind === Kind.STRING) names.set(value.name.value, name.value);
      }
    }
  }
  for (const definition of supergraph.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeGraphs = (definition.directives ?? []).filter((directive) => directive.name.value === "join__type").flatMap((directive) => graphOf(directive) ?? []);
    for (const field of definition.fields ?? []) {
      const fieldGraphs = (field.directives ?? [])
        .filter((directive) => directive.name.value === "join__field" && !(argument(directive, "external")?.kind === Kind.BOOLEAN && (argument(directive, "external") as { value: boolean }).value))
        .flatMap((directive) => graphOf(directive) ?? []);
      const graphs = fieldGraphs.length > 0 ? fieldGraphs : typeGraphs.length === 1 ? typeGraphs : [];
      owners.set(`${definition.name.value}.${field.name.value}`, new Set(graphs.map((graph) => names.get(graph) ?? graph.toLowerCase())));
    }
  }
  return owners;
}

export function subgraphOwnership(supergraphSdl: string): SubgraphOwnership {
  const supergraph = parse(supergraphSdl);
  const schema: GraphQLSchema = buildASTSchema(supergraph, { assumeValid: true, assumeValidSDL: true });
  const owners = fieldOwners(supergraph);
  const ownersOf = (type: string, field: string) => owners.get(`${type}.${field}`) ?? new Set<string>();

  return {
    readFrom(document) {
      const found = new Set<string>();
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const parent = typeInfo.getParentType();
            if (parent) for (const owner of ownersOf(getNamedType(parent).name, node.name.value)) found.add(owner);
          },
        }),
      );
      return [...found].sort();
    },
    writtenBy(document, operationName) {
      const found = new Set<string>();
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== "mutation") continue;
        if (operationName && definition.name?.value !== operationName) continue;
        for (const selection of definition.selectionSet.selections) {
          if (selection.kind === Kind.FIELD) for (const owner of ownersOf("Mutation", selection.name.value)) found.add(owner);
        }
      }
      return [...found].sort();
    },
    ownersOf,
  };
}
