// Composes the supergraph from the subgraphs' committed SDL, each merged with the
// kit's shared contract, with Apollo's composition, and cross-checks it with The
// Guild's: both must succeed and agree on the API schema, so the graph is standard
// Federation 2 on either toolchain.
import path from "node:path";
import { buildASTSchema, GraphQLError, lexicographicSortSchema, parse, printSchema, Source } from "graphql";
import { composeServices as composeWithApollo } from "@apollo/composition";
import { composeServices as composeWithGuild } from "@theguild/federation-composition";
import { subgraphSdl } from "@gcm-hub/kit";
import { loadAllSubgraphs } from "../subgraphs/registry.js";
import { ROOT } from "./subgraph-names.js";

export const SUPERGRAPH_PATH = path.join(ROOT, "schema", "supergraph.graphql");
/** The API clients see (no federation machinery), sorted: what codegen and schema checks read. */
export const API_SCHEMA_PATH = path.join(ROOT, "schema", "api.graphql");

export interface SubgraphSdl {
  name: string;
  url: string;
  /** Repository-relative path of the SDL file, used in error locations. */
  file: string;
  /** The file merged with the kit's shared contract (subgraphSdl). */
  sdl: string;
}

export type CompositionOutcome =
  | { ok: true; supergraphSdl: string; apiSchema: string }
  | { ok: false; problems: string[] };

export async function readSubgraphSdls(): Promise<SubgraphSdl[]> {
  const definitions = await loadAllSubgraphs();
  return definitions.map((definition) => {
    const file = path.join("subgraphs", definition.name, "schema.graphql");
    return {
      name: definition.name,
      url: `http://127.0.0.1:${definition.port}/graphql`,
      file,
      sdl: subgraphSdl(path.join(ROOT, file)),
    };
  });
}

/** "file:line:column message" for each location of a composition or syntax error. */
export function describeError(error: GraphQLError, subgraphs: SubgraphSdl[]): string {
  const code = error.extensions?.code ? ` [${String(error.extensions.code)}]` : "";
  const places = (error.nodes ?? []).flatMap((node) =>
    node.loc ? [`${node.loc.source.name}:${locate(node.loc.source.body, node.loc.start)}`] : [],
  );
  const subgraph = subgraphs.find((candidate) => error.message.includes(`"${candidate.name}"`));
  const where = places.length > 0 ? places.join(", ") : subgraph ? subgraph.file : "supergraph";
  return `${where}${code} ${error.message}`;
}

function locate(body: string, offset: number) {
  const before = body.slice(0, offset).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

function apiSchemaOf(publicSdl: string): string {
  return printSchema(lexicographicSortSchema(buildASTSchema(parse(publicSdl), { assumeValidSDL: true })));
}

/**
 * A type or field declared by several subgraphs must be described the same way in
 * each: composition keeps only one description, and which one is not the owner's choice.
 */
export function inconsistentDescriptions(subgraphs: SubgraphSdl[]): string[] {
  const seen = new Map<string, { subgraph: string; description: string }>();
  const problems: string[] = [];
  const record = (coordinate: string, subgraph: string, description: string | undefined) => {
    if (!description) return;
    const first = seen.get(coordinate);
    if (!first) seen.set(coordinate, { subgraph, description });
    else if (first.description !== description) {
      problems.push(`${coordinate} is described differently in ${first.subgraph} and ${subgraph}; use ${first.subgraph}'s wording in both.`);
    }
  };
  for (const subgraph of subgraphs) {
    for (const definition of parse(subgraph.sdl).definitions) {
      if (!("name" in definition) || !definition.name || definition.name.value === "Query" || definition.name.value === "Mutation") continue;
      const typeName = definition.name.value;
      record(typeName, subgraph.name, "description" in definition ? definition.description?.value : undefined);
      for (const field of "fields" in definition ? (definition.fields ?? []) : []) {
        record(`${typeName}.${field.name.value}`, subgraph.name, field.description?.value);
      }
    }
  }
  return problems;
}

export function compose(subgraphs: SubgraphSdl[]): CompositionOutcome {
  const services = [];
  for (const subgraph of subgraphs) {
    try {
      services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(new Source(subgraph.sdl, subgraph.file)) });
    } catch (error) {
      return { ok: false, problems: [describeError(error as GraphQLError, subgraphs)] };
    }
  }
  const descriptions = inconsistentDescriptions(subgraphs);
  if (descriptions.length > 0) return { ok: false, problems: descriptions };
  const apollo = composeWithApollo(services);
  if (apollo.errors) return { ok: false, problems: apollo.errors.map((error) => `Apollo composition: ${describeError(error, subgraphs)}`) };
  const guild = composeWithGuild(services);
  if (guild.errors) return { ok: false, problems: guild.errors.map((error) => `Guild composition: ${describeError(error, subgraphs)}`) };

  const apiSchema = printSchema(lexicographicSortSchema(apollo.schema.toAPISchema().toGraphQLJSSchema()));
  if (apiSchema !== apiSchemaOf(guild.publicSdl)) {
    return { ok: false, problems: ["Apollo and Guild composition disagree on the API schema; compare `npm run compose -- --print-api` outputs."] };
  }
  return { ok: true, supergraphSdl: apollo.supergraphSdl, apiSchema: `${apiSchema}\n` };
}
