// useOperationLimits alone: for each limit, the largest operation under the bound
// passes and the next one up is refused before any subgraph is called, with an error
// naming the limit (400; GRAPHQL_PARSE_FAILED for tokens, GRAPHQL_VALIDATION_FAILED otherwise).
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_OPERATION_LIMITS, useOperationLimits } from "../../src/plugins/useOperationLimits.js";
import { createPluginHarness, type InlineSubgraph } from "./harness.js";

/** A graph as deep as a query likes: a node has children, values and a list argument. */
const TREE: InlineSubgraph = {
  name: "tree",
  typeDefs: `
    type Query { node(ids: [Int!]): Node! }
    type Node { id: Int!  title: String!  child: Node! }`,
  resolvers: { Query: { node: () => ({ id: 1 }) }, Node: { title: ({ id }: { id: number }) => `Node ${id}`, child: ({ id }: { id: number }) => ({ id: id + 1 }) } },
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

  it("cost: the costliest allowed operation passes, one field more is refused", async () => {
    const result = await boundary((fields) => `{ node { ${"title ".repeat(fields)} } }`);
    expect(result.refusedAt).toBe(result.accepted + 1);
    expect(result).toMatchObject({ status: 400, subgraphRequests: 0 });
    expect(result.error.message).toMatch(/^Syntax Error: Query Cost limit of 60 exceeded, found [\d.]+\.$/);
    expect(result.error.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
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

  it("defaults to depth 10, 15 aliases, cost 5000, 2000 tokens and 20 directives", () => {
    expect(DEFAULT_OPERATION_LIMITS).toEqual({ depth: 10, aliases: 15, cost: 5000, tokens: 2000, directives: 20 });
  });
});
