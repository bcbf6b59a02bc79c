// A response cache for public reads: anonymous operations are answered from the
// cache (in memory, or Redis shared by every gateway replica when REDIS_URL is set)
// until their TTL runs out or a department they read from writes. Each subgraph has a
// generation; an answer's key holds the generations of the subgraphs its operation
// reads from (subgraphOwnership.ts), and a successful mutation moves the generation of
// the subgraph it wrote to, so older answers that read it are never read again (they
// expire) while the others stay. Callers with a token are never served from the
// cache: they may see their drafts.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createInMemoryCache, defaultBuildResponseCacheKey, useResponseCache, type Cache } from "@envelop/response-cache";
import { createRedisCache } from "@envelop/response-cache-redis";
import { getOperationAST, parse, type DocumentNode } from "graphql";
import { Redis } from "ioredis";
import { subgraphOwnership, type SubgraphOwnership } from "../subgraphOwnership.js";

export interface ResponseCachingOptions {
  /** Time a cached response is served; default DEFAULT_CACHE_TTL_MS (60 s). */
  ttlMs?: number;
  /** Redis URL; absent keeps the cache in this process's memory. */
  redisUrl?: string;
  /** Prefix of every Redis key; default DEFAULT_REDIS_KEY_PREFIX. */
  redisKeyPrefix?: string;
  /** Sees each hit and miss (metrics). */
  onLookup?: (hit: boolean) => void;
  /** The supergraph SDL being served (it says which subgraph owns which field). */
  supergraph: () => string;
}

export const DEFAULT_CACHE_TTL_MS = 60_000;
export const DEFAULT_REDIS_KEY_PREFIX = "gcm-hub:";
const GENERATION_KEY = "response-cache:generation:";
/** Stands for every subgraph: a write whose subgraph cannot be told moves it, and with it every answer. */
const EVERY_SUBGRAPH = "*";

/** The generation of each subgraph: local counters, or Redis keys shared by every gateway. */
interface Generations {
  current(subgraphs: string[]): Promise<number[]>;
  advance(subgraphs: string[]): Promise<void>;
}

function redisGenerations(redis: Redis): Generations {
  return {
    current: async (subgraphs) => (await redis.mget(subgraphs.map((subgraph) => GENERATION_KEY + subgraph))).map((value) => Number(value ?? 0)),
    advance: async (subgraphs) => void (await Promise.all(subgraphs.map((subgraph) => redis.incr(GENERATION_KEY + subgraph)))),
  };
}

function localGenerations(): Generations {
  const generations = new Map<string, number>();
  return {
    current: async (subgraphs) => subgraphs.map((subgraph) => generations.get(subgraph) ?? 0),
    advance: async (subgraphs) => {
      for (const subgraph of subgraphs) generations.set(subgraph, (generations.get(subgraph) ?? 0) + 1);
    },
  };
}

/** The ownership of the supergraph being served, rebuilt when it changes; the subgraphs each document reads, remembered. */
function ownershipOf(supergraph: () => string) {
  let sdl = "";
  let ownership: SubgraphOwnership | undefined;
  const readFrom = new Map<string, string[]>();
  const current = () => {
    const latest = supergraph();
    if (latest !== sdl || !ownership) {
      sdl = latest;
      ownership = subgraphOwnership(latest);
      readFrom.clear();
    }
    return ownership;
  };
  return {
    readFrom(documentString: string): string[] {
      const ownership = current();
      let subgraphs = readFrom.get(documentString);
      if (!subgraphs) {
        subgraphs = ownership.readFrom(parse(documentString));
        if (readFrom.size >= 1000) readFrom.clear();
        readFrom.set(documentString, subgraphs);
      }
      return subgraphs;
    },
    writtenBy: (document: DocumentNode, operationName?: string | null) => current().writtenBy(document, operationName),
  };
}

export interface ResponseCaching {
  /** The cache itself, then the plugin that moves it to a new generation after a write. */
  plugins: [ReturnType<typeof useResponseCache<{ caller?: unknown }>>, GatewayPlugin];
  close(): Promise<void>;
}

/** Counts hits and misses as the cache is read. */
function observed(cache: Cache, onLookup: (hit: boolean) => void): Cache {
  return {
    ...cache,
    get: async (key) => {
      const value = await cache.get(key);
      onLookup(value != null);
      return value;
    },
  };
}

export function createResponseCaching({ ttlMs = DEFAULT_CACHE_TTL_MS, redisUrl, redisKeyPrefix = DEFAULT_REDIS_KEY_PREFIX, onLookup, supergraph }: ResponseCachingOptions): ResponseCaching {
  const redis = redisUrl ? new Redis(redisUrl, { keyPrefix: redisKeyPrefix, maxRetriesPerRequest: 2 }) : undefined;
  const store: Cache = redis ? createRedisCache({ redis }) : createInMemoryCache();
  const cache = onLookup ? observed(store, onLookup) : store;
  const generations = redis ? redisGenerations(redis) : localGenerations();
  const ownership = ownershipOf(supergraph);
  /** The key's prefix: the generation of every subgraph the operation reads from, and of "every subgraph". */
  async function generationsOf(documentString: string): Promise<string> {
    const subgraphs = [EVERY_SUBGRAPH, ...ownership.readFrom(documentString)];
    const current = await generations.current(subgraphs);
    return subgraphs.map((subgraph, index) => `${subgraph}=${current[index]}`).join(",");
  }
  const responseCache = useResponseCache<{ caller?: unknown }>({
    cache,
    ttl: ttlMs,
    session: () => null,
    enabled: (context) => !context.caller,
    invalidateViaMutation: false,
    buildResponseCacheKey: async (params) => `${await generationsOf(params.documentString)}:${await defaultBuildResponseCacheKey(params)}`,
  });
  const advanceOnWrite: GatewayPlugin = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
      const written = ownership.writtenBy(args.document, args.operationName);
      return {
        async onExecuteDone({ result }) {
          if ("data" in result && !result.errors?.length) await generations.advance(written.length > 0 ? written : [EVERY_SUBGRAPH]);
        },
      };
    },
  };
  return {
    plugins: [responseCache, advanceOnWrite],
    async close() {
      redis?.disconnect();
    },
  };
}
