// useOperationLimits alone: for each limit, the largest operation under the bound
// passes and the next one up is refused before any subgraph is called, with an error
// naming the limit (400; GRAPHQL_PARSE_FAILED for tokens, GRAPHQL_VALIDATION_FAILED otherwise).
// Then the cost model on its own, and the cost of every operation the hub registers.
import fs from "node:fs";
import path from "node:path";
import { MAX_PAGE_SIZE } from "@gcm-hub/platform";
import { Kind, buildSchema, parse, specifiedRules, validate, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ROOT } from "../../src/config.js";
import { ASSUMED_LIST_SIZE, operationCost } from "../../src/plugins/operationCost.js";
import { DEFAULT_OPERATION_LIMITS, operationLimitRules, useOperationLimits } from "../../src/plugins/useOperationLimits.js";
import { createPluginHarness, type InlineSubgraph } from "./harness.js";

// Counted, to show the gateway costs a document once however many requests send it.
vi.mock("../../src/plugins/operationCost.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/plugins/operationCost.js")>();
  return { ...original, operationCost: vi.fn(original.operationCost) };
});
const countCosts = vi.mocked(operationCost);

/** A graph as deep as a query likes: a node has children, values and a list argument; nodes come in lists and pages. */
const TREE: InlineSubgraph = {
  name: "tree",
  typeDefs: `
    type Query { node(ids: [Int!]): Node!  nodes(first: Int = 20): [Node!]!  page(first: Int = 20): NodePage! }
    type Node { id: Int!  title: String!  child: Node!  children: [Node!]! }
    type NodePage { pageInfo: PageInfo!  edges: [NodeEdge!]! }
    type NodeEdge { node: Node! }
    type PageInfo { hasNextPage: Boolean! }`,
  resolvers: {
    Query: { node: () => ({ id: 1 }), nodes: (_: unknown, { first }: { first: number }) => Array.from({ length: first }, (_, index) => ({ id: index + 1 })) },
    Node: { title: ({ id }: { id: number }) => `Node ${id}`, child: ({ id }: { id: number }) => ({ id: id + 1 }) },
  },
};

const gateway = createPluginHarness({ subgraphs: [TREE], plugins: () => [useOperationLimits({ depth: 6, aliases: 5, cost: 60, tokens: 80, directives: 4 })] });
afterAll(() => gateway[Symbol.asyncDispose]());

/** Sends growing operations until one is refused; returns the last accepted and the first refused size. */
async function boundary(build: (size: number) => string, maxSize = 200) {
  let accepted = 0;
  for (let size = 1; size <= maxSize; size++) {
    gateway.requests.length = 0;
    const { status, body } = await gateway.query(build(size));
    if (body.errors?.length) return { accepted, refusedAt: size, status, error: body.errors[0]!, subgraphRequests: gateway.requests.length };
    accepted = size;
  }
  throw new Error(`no refusal up to size ${maxSize}`);
}

describe("useOperationLimits", () => {
  it("depth: the deepest allowed nesting passes, one level more is refused", async () => {
    const result = await boundary((levels) => `{ node ${"{ child ".repeat(levels)}{ id }${" }".repeat(levels)} }`, 20);
    // node, its children, then id: five children make depth 7.
    expect(result).toMatchObject({ accepted: 4, refusedAt: 5, status: 400, subgraphRequests: 0 });
    expect(result.error).toEqual({ message: "Syntax Error: Query depth limit of 6 exceeded, found 7.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("aliases: five aliases pass, six are refused", async () => {
    const result = await boundary((count) => `{ ${Array.from({ length: count }, (_, index) => `n${index}: node { id }`).join(" ")} }`);
    expect(result).toMatchObject({ accepted: 5, refusedAt: 6, status: 400, subgraphRequests: 0 });
    expect(result.error).toEqual({ message: "Syntax Error: Aliases limit of 5 exceeded, found 6.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("cost: a page of 60 nodes passes, a page of 61 is refused", async () => {
    const result = await boundary((size) => `{ nodes(first: ${size}) { id } }`);
    expect(result).toMatchObject({ accepted: 60, refusedAt: 61, status: 400, subgraphRequests: 0 });
    expect(result.error).toEqual({ message: "Syntax Error: Query Cost limit of 60 exceeded, found 61.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("cost: a page size passed as a variable counts as the page cap, whatever the request sends", async () => {
    const literal = await gateway.query("{ nodes(first: 100) { id } }");
    gateway.requests.length = 0;
    const variable = await gateway.query("query Page($size: Int = 1) { nodes(first: $size) { id } }", { size: 1 });
    expect(variable).toMatchObject({ status: 400, body: { errors: literal.body.errors } });
    expect(variable.body.errors![0]!.message).toBe(`Syntax Error: Query Cost limit of 60 exceeded, found ${MAX_PAGE_SIZE}.`);
    expect(gateway.requests).toHaveLength(0);
  });

  it("cost: counted once per document, not per request (the variables do not change it)", async () => {
    countCosts.mockClear();
    const document = "query Branch($ids: [Int!]) { node(ids: $ids) { child { id } } }";
    for (const ids of [[1], [2, 3], [4]]) expect((await gateway.query(document, { ids })).body.errors).toBeUndefined();
    expect(countCosts).toHaveBeenCalledTimes(1);
  });

  it("tokens: the longest allowed document passes, one token more is refused while parsing", async () => {
    // List items add tokens without adding cost or depth.
    const result = await boundary((items) => `{ node(ids: [${"1 ".repeat(items)}]) { id } }`);
    expect(result.refusedAt).toBe(result.accepted + 1);
    expect(result).toMatchObject({ status: 400, subgraphRequests: 0 });
    expect(result.error).toEqual({ message: "Syntax Error: Token limit of 80 exceeded.", extensions: { code: "GRAPHQL_PARSE_FAILED" } });
  });

  it("directives: four directives pass, five are refused", async () => {
    const result = await boundary((count) => `{ node { ${"id @include(if: true) ".repeat(count)}} }`);
    expect(result).toMatchObject({ accepted: 4, refusedAt: 5, status: 400, subgraphRequests: 0 });
    expect(result.error).toEqual({ message: "Syntax Error: Directives limit of 4 exceeded, found 5.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("does not count introspection's depth", async () => {
    const { body } = await gateway.query("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }");
    expect(body.errors).toBeUndefined();
  });

  it("defaults to depth 10, 15 aliases, cost 25000, 2000 tokens and 20 directives", () => {
    expect(DEFAULT_OPERATION_LIMITS).toEqual({ depth: 10, aliases: 15, cost: 25000, tokens: 2000, directives: 20 });
  });
});

/** The cost of the document's one operation in `schema`. */
function costOf(schema: GraphQLSchema, text: string): number {
  const document = parse(text);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
  return operationCost(schema, operation, (name) => fragments.find((fragment) => fragment.name.value === name));
}

describe("operationCost: the most objects the answer can hold", () => {
  const tree = buildSchema(TREE.typeDefs);
  const cost = (text: string) => costOf(tree, text);

  it("counts each object once and scalars not at all", () => {
    expect(cost("{ node { id title child { id title child { id } } } }")).toBe(3);
  });

  it("multiplies a page by a literal page size: first: 5 is five times one item", () => {
    const oneItem = cost("{ nodes(first: 1) { child { child { id } } } }");
    expect(oneItem).toBe(3);
    expect(cost("{ nodes(first: 5) { child { child { id } } } }")).toBe(5 * oneItem);
  });

  it("counts the schema's default page size when the argument is absent", () => {
    expect(cost("{ nodes { id } }")).toBe(20);
    expect(cost("{ nodes { id } }")).toBe(cost("{ nodes(first: 20) { id } }"));
  });

  it("counts a page size passed as a variable as the page cap, whatever its default", () => {
    expect(cost("query Page($size: Int = 5) { nodes(first: $size) { id } }")).toBe(MAX_PAGE_SIZE);
    expect(cost("query Page($size: Int!) { nodes(first: $size) { child { id } } }")).toBe(cost("{ nodes(first: 100) { child { id } } }"));
  });

  it("follows fragments and inline fragments, and counts a branch a variable may turn off", () => {
    expect(cost("{ ...Page } fragment Page on Query { nodes(first: 4) { ... on Node { child { id } } } }")).toBe(8);
    expect(cost("query Maybe($on: Boolean = false) { nodes(first: 3) @include(if: $on) { id } }")).toBe(3);
  });

  it("counts a list without a page size as ASSUMED_LIST_SIZE objects, each level multiplying", () => {
    expect(cost("{ node { children { id } } }")).toBe(1 + ASSUMED_LIST_SIZE);
    expect(cost("{ node { children { children { id } } } }")).toBe(1 + ASSUMED_LIST_SIZE * (1 + ASSUMED_LIST_SIZE));
  });

  it("counts a connection's edges as its page, not as a list of their own", () => {
    // The page (5) times itself, its pageInfo, an edge and the edge's node.
    expect(cost("{ page(first: 5) { pageInfo { hasNextPage } edges { node { id } } } }")).toBe(5 * 4);
  });

  it("does not count introspection, and a negative page size lowers nothing", () => {
    expect(cost("{ __schema { types { fields { type { name } } } } }")).toBe(0);
    expect(cost("{ refused: nodes(first: -50) { id } page: nodes(first: 10) { id } }")).toBe(10);
  });
});

/**
 * What each query the hub registers costs, for choosing LIMIT_COST's default (25,000): the
 * hub's own trusted documents and the example front-end app's manifest. A new query adds
 * its line here. Every registered mutation answers one object: cost 1.
 */
const REGISTERED_QUERY_COSTS: Record<string, number> = {
  LabourMobilityAndSocialSecurity: 12400, // a page of up to 100 agreements, each with its countries' conventions (two lists of 10)
  InitiativesByObjective: 4501,
  FigureSheet: 3540, // five departments' pages of 100 figures (7 objects each), and the plan's list
  ObjectiveDashboard: 3010, // five pages of 100 figures (6 objects each), and the objectives
  DashboardObjectives: 1810,
  CountryProfile: 1571, // six pages at the schema's default size, 20
  DiasporaInvestmentAndReturn: 930,
  InitiativesPage: 400,
  IntegrationNetwork: 382,
  PandemicResponse: 340,
  ObjectiveFigures: 210,
  PlanOverview: 70,
  DashboardCountries: 10,
};

describe("the hub's registered operations under the default limits", () => {
  const api = buildSchema(fs.readFileSync(path.join(ROOT, "schema", "api.graphql"), "utf8"));
  const manifests = ["schema/generated/persisted-documents.json", "examples/front-end-app/src/gql/persisted-documents.json"];
  const documents = manifests.flatMap((manifest) => Object.values(JSON.parse(fs.readFileSync(path.join(ROOT, manifest), "utf8")) as Record<string, string>));
  const nameOf = (text: string) => /\b(?:query|mutation) (\w+)/.exec(text)![1]!;

  it("every one passes every limit", () => {
    const rules = [...specifiedRules, ...operationLimitRules(DEFAULT_OPERATION_LIMITS)];
    expect(documents.flatMap((text) => validate(api, parse(text), rules).map((error) => `${nameOf(text)}: ${error.message}`))).toEqual([]);
  });

  it("cost what REGISTERED_QUERY_COSTS records, the costliest under three quarters of the limit", () => {
    const costs = documents.map((text) => ({ name: nameOf(text), mutation: /\bmutation \w+/.test(text), cost: costOf(api, text) }));
    expect(Object.fromEntries(costs.filter((operation) => !operation.mutation).map(({ name, cost }) => [name, cost]))).toEqual(REGISTERED_QUERY_COSTS);
    expect(costs.filter((operation) => operation.mutation && operation.cost !== 1)).toEqual([]);
    expect(Math.max(...costs.map(({ cost }) => cost))).toBeLessThanOrEqual(0.75 * DEFAULT_OPERATION_LIMITS.cost);
  });

  it("refuses lists without a page size nested in each other: objectives, their initiatives, theirs...", () => {
    const nested = (levels: number) => `query Nested { ${"objectives { initiatives { ".repeat(levels)}name${" } }".repeat(levels)} }`;
    const errors = (levels: number) => validate(api, parse(nested(levels)), [...specifiedRules, ...operationLimitRules(DEFAULT_OPERATION_LIMITS)]).map((error) => error.message);
    // Two levels (four lists): 10 + 100 + 1,000 + 10,000 objects at ASSUMED_LIST_SIZE each.
    expect(errors(2)).toEqual([]);
    // Three levels: the measured depth-10 query of docs/security.md ("Known gap") nests more.
    expect(errors(3)).toEqual([`Syntax Error: Query Cost limit of ${DEFAULT_OPERATION_LIMITS.cost} exceeded, found 1111110.`]);
  });

  it("refuses 15 aliased pages of 100 figures, each with its objective's initiatives and their countries", () => {
    const pages = Array.from({ length: 15 }, (_, index) => `page${index}: borderFigures(first: 100) { edges { node { objective { initiatives { countries { country { iso } } } } } } }`);
    const errors = validate(api, parse(`query Pages { ${pages.join(" ")} }`), [...specifiedRules, ...operationLimitRules(DEFAULT_OPERATION_LIMITS)]);
    // Each page 21,400: 100 x (itself 1 + edges 1 + node 1 + objective 1 + 10 initiatives x (1 + 10 countries x 2)).
    expect(errors.map((error) => error.message)).toEqual([`Syntax Error: Query Cost limit of ${DEFAULT_OPERATION_LIMITS.cost} exceeded, found 321000.`]);
  });
});
