// What clients see when something fails behind the gateway. A subgraph that cannot
// be reached (refused, reset, timed out) is named, with a stable code, and nothing
// else: no internal URL, no stack. Errors a subgraph chose to send (BAD_USER_INPUT,
// its own masked internal errors) pass through, the department named in
// `extensions.subgraph` like an outage's (docs/errors.md is the contract).
import {
  buildASTSchema,
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

export const SUBGRAPH_UNAVAILABLE = "SUBGRAPH_UNAVAILABLE";

/** Codes Hive's executor gives transport failures towards a subgraph, and ours for a fetch its open circuit refused. */
const TRANSPORT_FAILURES = new Set(["SUBREQUEST_HTTP_ERROR", "DOWNSTREAM_SERVICE_ERROR", "GATEWAY_TIMEOUT", "TIMEOUT_ERROR", SUBGRAPH_UNAVAILABLE]);

/** What a client is told of a subgraph that could not answer. */
export function unavailableMessage(subgraph: string): string {
  return `The ${subgraph} subgraph is unavailable; its fields are null in this response`;
}

function codeOf(error: GraphQLError): string {
  return String(error.extensions?.code ?? (error.originalError as GraphQLError | undefined)?.extensions?.code ?? "");
}

export function isTransportFailure(error: GraphQLError): boolean {
  const code = codeOf(error);
  if (TRANSPORT_FAILURES.has(code)) return true;
  // Only an error with no code of its own is read by its message: a department's BAD_USER_INPUT may say "timed out".
  return (code === "" || code === "INTERNAL_SERVER_ERROR") && /ECONNREFUSED|ECONNRESET|socket hang up|fetch failed|timed? ?out|aborted/i.test(error.message);
}

/** The subgraph an executor error names, if it names one. */
export function namedSubgraph(error: GraphQLError): string | undefined {
  for (const extensions of [error.extensions, (error.originalError as GraphQLError | undefined)?.extensions]) {
    if (typeof extensions?.serviceName === "string") return extensions.serviceName;
    if (typeof extensions?.subgraph === "string") return extensions.subgraph;
  }
  return undefined;
}

/**
 * Names the department in `subgraph`, where Hive's executor put it in `serviceName`.
 * In place: Yoga logs every error the masker replaces, and a department's
 * BAD_USER_INPUT is no failure of the gateway's.
 */
function nameSubgraph(error: GraphQLError): GraphQLError {
  const extensions = error.extensions as Record<string, unknown>;
  if (typeof extensions.serviceName !== "string") return error;
  extensions.subgraph = extensions.serviceName;
  delete extensions.serviceName;
  return error;
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;

/** The graph named by the `graph:` argument of a join directive, lower-cased. */
function graphOf(directive: ConstDirectiveNode | undefined): string | undefined {
  const value = directive?.arguments?.find((argument) => argument.name.value === "graph")?.value;
  return value?.kind === Kind.ENUM ? value.value.toLowerCase() : undefined;
}

/** The subgraph that resolves `type.field`: its @join__field, or the type's only @join__type. */
function ownerOfField(type: Composite, field: GraphQLField<unknown, unknown>): string | undefined {
  const joinField = field.astNode?.directives?.find((directive) => directive.name.value === "join__field");
  const joinTypes = type.astNode?.directives?.filter((directive) => directive.name.value === "join__type") ?? [];
  return graphOf(joinField) ?? (joinTypes.length === 1 ? graphOf(joinTypes[0]) : undefined);
}

/** The subgraph that resolves the field at `path` (for errors that do not name one). */
export function ownerOfPath(schema: GraphQLSchema, path: readonly (string | number)[]): string | undefined {
  let type: Composite | undefined = schema.getQueryType() ?? undefined;
  let owner: string | undefined;
  for (const segment of path) {
    if (typeof segment === "number") continue;
    const field: GraphQLField<unknown, unknown> | undefined = type?.getFields()[segment];
    if (!type || !field) return owner;
    owner = ownerOfField(type, field) ?? owner;
    const next: GraphQLNamedType = getNamedType(field.type);
    type = isObjectType(next) || isInterfaceType(next) ? next : undefined;
  }
  return owner;
}

/** Masks errors for clients, naming the subgraph behind a transport failure or an error it sent. */
export function createErrorMasker(currentSupergraph: () => string) {
  let cached: { sdl: string; schema: GraphQLSchema } | undefined;
  const schema = () => {
    const sdl = currentSupergraph();
    if (cached?.sdl !== sdl) cached = { sdl, schema: buildASTSchema(parse(sdl), { assumeValidSDL: true }) };
    return cached.schema;
  };
  return function maskGatewayError(error: unknown, message: string): Error {
    if (!(error instanceof GraphQLError)) return new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
    if (isTransportFailure(error)) {
      const subgraph = namedSubgraph(error) ?? (error.path ? ownerOfPath(schema(), error.path) : undefined);
      if (subgraph) {
        return new GraphQLError(unavailableMessage(subgraph), {
          path: error.path,
          extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph },
        });
      }
    }
    const original = error.originalError;
    if (original && !(original instanceof GraphQLError)) {
      return new GraphQLError(message, { path: error.path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    }
    return nameSubgraph(error);
  };
}
