// The response cache's contract, run by useResponseCaching.test.ts in memory and by
// test/responseCache.test.ts in Redis: public reads are answered from the cache, callers
// never are, and a write moves the generation of the subgraphs it writes to, so reads of
// that department are fresh while the others stay cached.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createResponseCaching, type ResponseCaching } from "../../src/plugins/useResponseCaching.js";
import { createPluginHarness, LABOUR, PLAN, type InlineSubgraph, type PluginHarness } from "./harness.js";

/** Labour's figures as a department writes them; reads take a moment, so identical ones overlap. */
function labourDepartment(): InlineSubgraph {
  const figures = new Map<number, { id: string; value: number }[]>();
  let written = 0;
  return {
    ...LABOUR,
    typeDefs: `${LABOUR.typeDefs}
      extend type Mutation { failLabourFigure: Figure! }`,
    resolvers: {
      Objective: {
        labourFigures: async ({ number }: { number: number }) => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          return figures.get(number) ?? [];
        },
      },
      Mutation: {
        recordLabourFigure: (_: unknown, { value }: { value: number }) => {
          const figure = { id: `labour.${++written}`, value };
          figures.set(1, [...(figures.get(1) ?? []), figure]);
          return figure;
        },
        failLabourFigure: () => {
          throw new GraphQLError("No such figure", { extensions: { code: "NOT_FOUND" } });
        },
      },
    },
  };
}

/** Stands in for useCallerIdentity: x-test-caller names the caller; none is anonymous. */
const callerFromHeader: GatewayPlugin = {
  onContextBuilding({ context, extendContext }) {
    const subject = context.request.headers.get("x-test-caller");
    extendContext({ caller: subject ? { subgraph: "labour", scopes: ["write"], subject } : null });
  },
};

export interface CacheBackend {
  redisUrl?: string;
  redisKeyPrefix?: string;
}

export function describeResponseCaching(name: string, backend: CacheBackend): void {
  describe(`response caching ${name}`, () => {
    const lookups = { hit: 0, miss: 0 };
    const bypassed = new WeakSet<Request>();
    let caching: ResponseCaching;
    let gateway: PluginHarness;
    beforeAll(async () => {
      let supergraph = "";
      caching = createResponseCaching({ ...backend, onLookup: (hit) => void lookups[hit ? "hit" : "miss"]++, supergraph: () => supergraph, bypass: (request) => bypassed.has(request) });
      await caching.connected(3000);
      gateway = createPluginHarness({ subgraphs: [PLAN, labourDepartment()], plugins: (composed) => ((supergraph = composed), [callerFromHeader, ...(caching.plugins as GatewayPlugin[])]) });
    });
    afterAll(async () => {
      await gateway?.[Symbol.asyncDispose]();
      await caching?.close();
    });

    /** Hits and misses while `run` runs. */
    async function counted(run: () => Promise<unknown>) {
      const before = { ...lookups };
      await run();
      return { hit: lookups.hit - before.hit, miss: lookups.miss - before.miss };
    }
    const read = async (query: string, caller?: string) => (await gateway.query(query, {}, caller ? { "x-test-caller": caller } : {})).body;

    it("serves a repeated anonymous read from the cache, without asking the subgraphs again", async () => {
      const query = "query Pillars { pillars { numeral } }";
      const first = await read(query);
      gateway.requests.length = 0;
      expect(await counted(() => read(query))).toEqual({ hit: 1, miss: 0 });
      expect(await read(query)).toEqual(first);
      expect(gateway.requests).toEqual([]);
    });

    it("computes the answer once for identical reads that miss together; the others wait and read it from the cache", async () => {
      const together = "query Together { objectives { number labourFigures { id } } }";
      let answers: unknown[] = [];
      const counts = await counted(async () => {
        answers = await Promise.all(Array.from({ length: 10 }, () => read(together)));
      });
      expect(counts).toEqual({ hit: 9, miss: 1 });
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    });

    it("never serves a caller from the cache, nor looks for them", async () => {
      expect(await counted(() => read("query Pillars { pillars { numeral } }", "ana"))).toEqual({ hit: 0, miss: 0 });
    });

    it("leaves out the requests it is told to bypass (the gateway's warm-up)", async () => {
      const body = JSON.stringify({ query: "query WarmUp { pillars { title } }" });
      const request = new Request("http://gateway.test/graphql", { method: "POST", headers: { "content-type": "application/json", "content-length": String(body.length) }, body });
      bypassed.add(request);
      expect(await counted(() => Promise.resolve(gateway.runtime.fetch(request)))).toEqual({ hit: 0, miss: 0 });
      expect(await counted(() => read("query WarmUp { pillars { title } }"))).toEqual({ hit: 0, miss: 1 });
    });

    it("keeps an answer that reads no labour data through a labour write, and refreshes one that does", async () => {
      const planOnly = "query PlanOnly { objectives { number title } }";
      const labourToo = "query LabourToo { objectives { number labourFigures { id value } } }";
      await read(planOnly);
      const before = await read(labourToo);
      const recorded = await read("mutation { recordLabourFigure(value: 41) { id } }", "ana");
      let after: Awaited<ReturnType<typeof read>> = {};
      expect(await counted(async () => {
        await read(planOnly);
        after = await read(labourToo);
      })).toEqual({ hit: 1, miss: 1 });
      const id = recorded.data!.recordLabourFigure.id;
      expect(before.data!.objectives[0].labourFigures).not.toContainEqual({ id, value: 41 });
      expect(after.data!.objectives[0].labourFigures).toContainEqual({ id, value: 41 });
    });

    it("reads fresh after a mutation whose first field writes and whose second fails (data: null)", async () => {
      const figures = "query Figures { objectives { labourFigures { id value } } }";
      await read(figures);
      const partlyFailed = await read("mutation { recorded: recordLabourFigure(value: 7) { id } failed: failLabourFigure { id } }", "ana");
      expect(partlyFailed.data).toBeNull();
      const fresh = await read(figures);
      expect(fresh.data!.objectives[0].labourFigures.map((figure: { value: number }) => figure.value)).toContain(7);
    });

    it("moves nothing for an anonymous mutation (every department refuses them): cached answers stay", async () => {
      const figures = "query AnonymousWrite { objectives { labourFigures { id } } }";
      await read(figures);
      await read("mutation { recordLabourFigure(value: 99) { id } }");
      expect(await counted(() => read(figures))).toEqual({ hit: 1, miss: 0 });
    });

    it("does not cache an answer with errors", async () => {
      gateway.down.add("labour");
      const failing = "query Failing { objectives { labourFigures { id } } }";
      try {
        await read(failing);
        expect(await counted(() => read(failing))).toEqual({ hit: 0, miss: 1 });
      } finally {
        gateway.down.clear();
      }
    });

    it("says how its shared cache is, when it has one", () => {
      expect(caching.redisState()).toEqual(backend.redisUrl ? { ok: true, state: "ready" } : undefined);
    });
  });
}
