// One gateway plugin at a time, the way graphql-hive/gateway tests its own: a few-line
// supergraph composed in the test, its subgraphs answered in process by a custom fetch
// (useCustomFetch), and requests sent with runtime.fetch. No ports, no database.
import { composeServices } from "@apollo/composition";
import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import { createGatewayRuntime, useCustomFetch, type GatewayConfigSupergraph, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import httpTransport from "@graphql-mesh/transport-http";
import { graphql, parse, type GraphQLSchema } from "graphql";

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

export interface InlineSubgraph {
  name: string;
  /** The subgraph's SDL, without the federation @link (added here). */
  typeDefs: string;
  resolvers: GraphQLResolverMap<SubgraphContext>;
}

/** What a subgraph resolver sees: the headers the gateway sent it. */
export interface SubgraphContext {
  headers: Headers;
}

/** A subgraph request as the subgraph received it. */
export interface SubgraphRequest {
  subgraph: string;
  headers: Headers;
  body: { query: string; variables?: Record<string, unknown>; operationName?: string };
}

export interface GraphQLBody {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/**
 * Two departments: plan owns objectives and pillars, labour adds figures to objectives
 * and has the one mutation. Enough for a query plan with an entity fetch.
 */
export const PLAN: InlineSubgraph = {
  name: "plan",
  typeDefs: `
    type Query { pillars: [Pillar!]!  objective(number: Int!): Objective  objectives: [Objective!]! }
    type Pillar { numeral: String!  title: String! }
    type Objective @key(fields: "number") { number: Int!  title: String! }`,
  resolvers: {
    Query: {
      pillars: () => ["I", "II", "III", "IV", "V"].map((numeral) => ({ numeral, title: `Pillar ${numeral}` })),
      objective: (_: unknown, { number }: { number: number }) => ({ number, title: `Objective ${number}` }),
      objectives: () => [1, 2, 3].map((number) => ({ number, title: `Objective ${number}` })),
    },
    Objective: { __resolveReference: ({ number }: { number: number }) => ({ number, title: `Objective ${number}` }) },
  },
};

export const LABOUR: InlineSubgraph = {
  name: "labour",
  typeDefs: `
    type Objective @key(fields: "number") { number: Int!  labourFigures: [Figure!] }
    type Figure { id: ID!  value: Int! }
    type Mutation { recordLabourFigure(value: Int!): Figure }`,
  resolvers: {
    Objective: { labourFigures: ({ number }: { number: number }) => [{ id: `labour.${number}`, value: number * 10 }] },
    Mutation: { recordLabourFigure: (_: unknown, { value }: { value: number }) => ({ id: `labour.new.${value}`, value }) },
  },
};

/** The supergraph SDL of these subgraphs, as composition writes it. */
export function composeSupergraph(subgraphs: InlineSubgraph[]): string {
  const composed = composeServices(subgraphs.map(({ name, typeDefs }) => ({ name, url: subgraphUrl(name), typeDefs: parse(`${LINK}\n${typeDefs}`) })));
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join("\n"));
  return composed.supergraphSdl;
}

const subgraphUrl = (name: string) => `http://${name}.subgraph/graphql`;

export interface PluginHarnessOptions {
  /** Default PLAN and LABOUR. */
  subgraphs?: InlineSubgraph[];
  /** The plugins under test; given the supergraph SDL (some plugins read it). */
  plugins: (supergraph: string) => GatewayPlugin[];
  /** More runtime options (batching, persisted documents...). */
  runtime?: Partial<GatewayConfigSupergraph>;
}

export interface PluginHarness {
  readonly runtime: ReturnType<typeof createGatewayRuntime>;
  readonly supergraph: string;
  /** Every subgraph request since the last `requests.length = 0`. */
  readonly requests: SubgraphRequest[];
  /** Subgraphs that fail every request as a refused connection would. */
  readonly down: Set<string>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** A POST to /graphql with Content-Length, as clients send it. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  query(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: GraphQLBody }>;
  [Symbol.asyncDispose](): Promise<void>;
}

export function createPluginHarness({ subgraphs = [PLAN, LABOUR], plugins, runtime: options = {} }: PluginHarnessOptions): PluginHarness {
  const supergraph = composeSupergraph(subgraphs);
  const schemas = new Map<string, GraphQLSchema>(
    subgraphs.map(({ name, typeDefs, resolvers }) => [name, buildSubgraphSchema([{ typeDefs: parse(`${LINK}\n${typeDefs}`), resolvers: resolvers as GraphQLResolverMap<unknown> }])]),
  );
  const requests: SubgraphRequest[] = [];
  const down = new Set<string>();

  async function subgraphFetch(url: string, init?: RequestInit): Promise<Response> {
    const name = new URL(url).hostname.replace(/\.subgraph$/, "");
    const schema = schemas.get(name);
    if (!schema) throw new Error(`No subgraph ${name} in this harness`);
    if (down.has(name)) throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    const headers = new Headers(init?.headers);
    const body = JSON.parse(String(init?.body)) as SubgraphRequest["body"];
    requests.push({ subgraph: name, headers, body });
    const result = await graphql({ schema, source: body.query, variableValues: body.variables, operationName: body.operationName, contextValue: { headers } satisfies SubgraphContext });
    return Response.json(result);
  }

  const runtime = createGatewayRuntime({
    supergraph,
    logging: false,
    landingPage: false,
    transports: { http: httpTransport },
    ...options,
    plugins: () => [useCustomFetch(subgraphFetch as never), ...plugins(supergraph)],
  } as GatewayConfigSupergraph);

  const harnessFetch = async (path: string, init?: RequestInit) => runtime.fetch(new URL(path, "http://gateway.test").toString(), init);
  const post = (body: unknown, headers: Record<string, string> = {}) => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    return harnessFetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", "content-length": String(Buffer.byteLength(text)), ...headers },
      body: text,
    });
  };
  return {
    runtime,
    supergraph,
    requests,
    down,
    fetch: harnessFetch,
    post,
    async query(query, variables, headers) {
      const response = await post({ query, variables }, headers);
      return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLBody };
    },
    async [Symbol.asyncDispose]() {
      await runtime.dispose();
    },
  };
}
