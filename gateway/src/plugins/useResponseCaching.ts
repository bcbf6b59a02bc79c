// A response cache for public reads: anonymous operations are answered from the
// cache (in memory, or Redis shared by every gateway replica when REDIS_URL is set)
// until their TTL runs out or a department writes. Writes are rare and a publish can
// change any dashboard, so a successful mutation moves the cache to a new generation:
// keys include the generation, and older entries are never read again (they expire).
// Callers with a token are never served from the cache: they may see their drafts.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createInMemoryCache, defaultBuildResponseCacheKey, useResponseCache, type Cache } from "@envelop/response-cache";
import { createRedisCache } from "@envelop/response-cache-redis";
import { getOperationAST } from "graphql";
import { Redis } from "ioredis";

export interface ResponseCachingOptions {
  /** Time a cached response is served; default DEFAULT_CACHE_TTL_MS (60 s). */
  ttlMs?: number;
  /** Redis URL; absent keeps the cache in this process's memory. */
  redisUrl?: string;
  /** Prefix of every Redis key; default DEFAULT_REDIS_KEY_PREFIX. */
  redisKeyPrefix?: string;
  /** Sees each hit and miss (metrics). */
  onLookup?: (hit: boolean) => void;
}

export const DEFAULT_CACHE_TTL_MS = 60_000;
export const DEFAULT_REDIS_KEY_PREFIX = "gcm-hub:";
const GENERATION_KEY = "response-cache:generation";

/** The cache generation: a local counter, or a Redis key shared by every gateway. */
interface Generation {
  current(): Promise<number>;
  advance(): Promise<void>;
}

function redisGeneration(redis: Redis): Generation {
  return {
    current: async () => Number((await redis.get(GENERATION_KEY)) ?? 0),
    advance: async () => void (await redis.incr(GENERATION_KEY)),
  };
}

function localGeneration(): Generation {
  let generation = 0;
  return { current: async () => generation, advance: async () => void generation++ };
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

export function createResponseCaching({ ttlMs = DEFAULT_CACHE_TTL_MS, redisUrl, redisKeyPrefix = DEFAULT_REDIS_KEY_PREFIX, onLookup }: ResponseCachingOptions = {}): ResponseCaching {
  const redis = redisUrl ? new Redis(redisUrl, { keyPrefix: redisKeyPrefix, maxRetriesPerRequest: 2 }) : undefined;
  const store: Cache = redis ? createRedisCache({ redis }) : createInMemoryCache();
  const cache = onLookup ? observed(store, onLookup) : store;
  const generation = redis ? redisGeneration(redis) : localGeneration();
  const responseCache = useResponseCache<{ caller?: unknown }>({
    cache,
    ttl: ttlMs,
    session: () => null,
    enabled: (context) => !context.caller,
    invalidateViaMutation: false,
    buildResponseCacheKey: async (params) => `${await generation.current()}:${await defaultBuildResponseCacheKey(params)}`,
  });
  const advanceOnWrite: GatewayPlugin = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
      return {
        async onExecuteDone({ result }) {
          if ("data" in result && !result.errors?.length) await generation.advance();
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
