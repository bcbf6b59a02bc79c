// A response cache for public reads: anonymous operations are answered from the
// cache (in memory, or Redis shared by every gateway replica when REDIS_URL is set)
// until their TTL runs out or a department they read from writes. Each subgraph has a
// generation; an answer's key holds the generations of the subgraphs its operation
// reads from (subgraphOwnership.ts), and a mutation moves the generation of the
// subgraphs it writes to, whether or not it succeeds, so older answers that read them
// are never read again (they expire) while the others stay. Callers with a token are
// never served from the cache: they may see their drafts. With Redis, each replica keeps a
// copy of the answers it read, served without asking Redis while Redis tells it of every
// change to the generations it knows (generationFeed.ts).
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createInMemoryCache, defaultBuildResponseCacheKey, resultWithMetadata, useResponseCache, type Cache } from "@envelop/response-cache";
import { createRedisCache } from "@envelop/response-cache-redis";
import { getOperationAST, parse, type DocumentNode } from "graphql";
import { Redis } from "ioredis";
import { LRUCache } from "lru-cache";
import type { Logger } from "@gcm-hub/platform";
import { DEFAULT_RESPONSE_CACHE_COPY_BYTES } from "../config.js";
import { subgraphOwnership, type SubgraphOwnership } from "../subgraphOwnership.js";
import { createGenerationFeed, type GenerationFeed } from "./generationFeed.js";

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
  /** Where Redis outages and recoveries are logged; default nowhere. */
  log?: Logger;
  /** Requests never answered from nor stored in the cache (the gateway's own warm-up); default none. */
  bypass?: (request: Request) => boolean;
  /** Sees each anonymous read's key as it is built (after validation and every limit): the early answers remember it (cachedAnswers.ts). */
  onKeyBuilt?: (context: unknown, read: CachedRead) => void;
  /** With Redis, bytes of answers this replica keeps a copy of, served while it knows the current generations; default DEFAULT_RESPONSE_CACHE_COPY_BYTES (32 MiB; RESPONSE_CACHE_COPY_BYTES); 0 reads Redis on every hit. */
  answerCopyBytes?: number;
}

/** An anonymous read as the cache knows it: its document's text and the part of its key that no write moves. */
export interface CachedRead {
  documentString: string;
  /** The response cache's own key (document, operation name, variables), without the generations. */
  baseKey: string;
}

/** Whether the shared cache can be used now, and if not why (readiness shows it). */
export interface CacheState {
  ok: boolean;
  state: string;
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

/** In memory, the generations can be read without waiting: a cached answer's key is built at once. */
function localGenerations(): Generations & { now(subgraphs: string[]): number[] } {
  const generations = new Map<string, number>();
  const now = (subgraphs: string[]) => subgraphs.map((subgraph) => generations.get(subgraph) ?? 0);
  return {
    now,
    current: async (subgraphs) => now(subgraphs),
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
  /** The cache itself, the plugin that moves it to a new generation on a write, and the one that frees a key whose answer is not cached. */
  plugins: [ReturnType<typeof useResponseCache<{ caller?: unknown; request?: Request }>>, GatewayPlugin, GatewayPlugin];
  /**
   * The bytes of the answer stored now for a read the cache keyed before, under the
   * subgraphs' current generations, as the GraphQL server would write them; undefined
   * when there is none (or Redis is down). A hit is counted as one. In memory, and in Redis
   * from this replica's copy while it knows the generations, it answers at once, with no
   * promise: a hit waits for nothing.
   */
  storedAnswer(read: CachedRead): Buffer | undefined | Promise<Buffer | undefined>;
  /** Redis's state, when the cache is in Redis. */
  redisState(): CacheState | undefined;
  /** Resolves once Redis is connected, or after `timeoutMs` (the gateway then starts degraded); at once without Redis. */
  connected(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A Redis connection that never holds a request up: commands fail at once while it is
 * down (no offline queue), reconnection goes on in the background. Down, the gateway
 * answers uncached (readiness "degraded"); back, every answer cached before is
 * invalidated, since writes made meanwhile could not move their generation.
 */
function connectRedis(url: string, keyPrefix: string, log: Logger | undefined, onBack: () => Promise<void>, onClose: () => void) {
  const redis = new Redis(url, { keyPrefix, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, retryStrategy: (attempt) => Math.min(attempt * 200, 2000) });
  let problem = "connecting";
  let outage = false;
  redis.on("error", (error: Error) => {
    problem = error.message;
  });
  const down = () => {
    if (outage) return;
    outage = true;
    log?.error({ redis: url.replace(/\/\/[^@]*@/, "//"), reason: problem }, "Redis unavailable: serving uncached answers until it is back (readiness: degraded)");
  };
  redis.on("close", () => {
    onClose();
    down();
  });
  redis.on("ready", () => {
    problem = "";
    if (!outage) return;
    outage = false;
    log?.warn("Redis is back: response cache on again; answers cached before the outage are invalidated");
    onBack().catch(() => undefined);
  });
  return {
    redis,
    available: () => redis.status === "ready",
    connected: (timeoutMs: number) =>
      redis.status === "ready"
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(finish, timeoutMs);
            function finish() {
              clearTimeout(timer);
              redis.off("ready", finish);
              resolve();
            }
            redis.once("ready", finish);
          }),
    state: (): CacheState => (redis.status === "ready" ? { ok: true, state: "ready" } : { ok: false, state: `unavailable (${problem || redis.status}): serving uncached answers` }),
  };
}

/** A cache whose failures are misses: Redis dying mid-request costs the answer its caching, never the answer. */
function forgiving(cache: Cache): Cache {
  return {
    get: async (key) => {
      try {
        return await cache.get(key);
      } catch {
        return undefined;
      }
    },
    set: async (...args) => {
      try {
        await cache.set(...args);
      } catch {
        // not cached; the answer is still served
      }
    },
    invalidate: async (...args) => {
      try {
        await cache.invalidate(...args);
      } catch {
        // generations, not invalidation, keep answers fresh
      }
    },
  };
}

/** How long a read waits for an identical one already computing its answer, at most. */
const COALESCE_WAIT_MS = 3000;

/**
 * Identical anonymous reads that miss together wait for the first of them instead of each
 * running the whole query plan: after a department writes, a wide operation's fresh answer
 * is computed once, then read from the cache by the others. The first read to miss a key
 * leads it; the key is free again once its answer is stored, once `finished` says the
 * leader's answer will not be (errors), or after COALESCE_WAIT_MS, whichever comes first,
 * and a waiter that still finds nothing runs the plan itself. Keys hold the subgraphs'
 * generations, so a read never waits for an answer computed before a write it follows.
 */
export function coalescingMisses(cache: Cache) {
  const leading = new Map<string, () => void>();
  const waiting = new Map<string, Promise<void>>();
  const release = (key: string) => leading.get(key)?.();
  const lead = (key: string) => {
    let timer: NodeJS.Timeout | undefined;
    const done = new Promise<void>((resolve) => {
      const free = () => {
        clearTimeout(timer);
        leading.delete(key);
        waiting.delete(key);
        resolve();
      };
      timer = setTimeout(free, COALESCE_WAIT_MS);
      timer.unref();
      leading.set(key, free);
    });
    waiting.set(key, done);
  };
  const coalesced: Cache = {
    ...cache,
    get: async (key) => {
      const cached = await cache.get(key);
      if (cached != null) return cached;
      const leader = waiting.get(key);
      if (!leader) {
        lead(key);
        return undefined;
      }
      await leader;
      return cache.get(key);
    },
    set: async (key, ...rest) => {
      try {
        await cache.set(key, ...rest);
      } finally {
        release(key);
      }
    },
  };
  return { cache: coalesced, finished: release };
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

/**
 * Whether a hit's answer carries extensions.responseCache (envelop's default: in
 * development, or with DEBUG set); the early answers write the same bytes.
 */
const answersCarryCacheMetadata = () => process.env.NODE_ENV === "development" || Boolean(process.env.DEBUG);

const withHit = (result: object) => (answersCarryCacheMetadata() ? resultWithMetadata(result as never, { hit: true }) : result);

/** A stored answer's bytes in memory: the stored result object is the same on every hit, so it is serialized once. */
function memoryAnswerBytes(store: Cache) {
  const serialized = new WeakMap<object, Buffer>();
  return (key: string): Buffer | undefined => {
    const result = store.get(key) as object | null | undefined;
    if (result == null) return undefined;
    let bytes = serialized.get(result);
    if (!bytes) {
      bytes = Buffer.from(JSON.stringify(withHit(result)));
      serialized.set(result, bytes);
    }
    return bytes;
  };
}

/** The key an answer is stored under: the generations of the subgraphs its operation reads, then the key's fixed part. */
const answerKey = (subgraphs: string[], generations: number[], baseKey: string) => `${subgraphs.map((subgraph, index) => `${subgraph}=${generations[index]}`).join(",")}:${baseKey}`;

/**
 * Reads the generations of KEYS (ARGV[3..]: their subgraphs' names) and the answer stored
 * under the key they make with ARGV[2] (the key's fixed part), in one round trip: the key
 * spelled as answerKey() and buildResponseCacheKey spell it, behind the key prefix
 * (ARGV[1]; the client's prefix applies to KEYS only). Returns the answer (nil if none), the
 * milliseconds it has left, and the generations read.
 */
const STORED_ANSWER_SCRIPT = `
local parts = {}
local generations = {}
for index, key in ipairs(KEYS) do
  generations[index] = redis.call("GET", key) or "0"
  parts[index] = ARGV[index + 2] .. "=" .. generations[index]
end
local key = ARGV[1] .. table.concat(parts, ",") .. ":" .. ARGV[2]
return {redis.call("GET", key), redis.call("PTTL", key), unpack(generations)}`;

/** What one read of Redis found: the answer's bytes if any, the milliseconds it has left, the generations it was read under. */
interface RedisRead {
  bytes: Buffer | undefined;
  ttlMs: number;
  generations: number[];
}

/** A stored answer's bytes in Redis, in one round trip: the stored value is the serialized answer already. */
function redisAnswerBytes(redis: Redis, keyPrefix: string) {
  redis.defineCommand("storedAnswer", { lua: STORED_ANSWER_SCRIPT });
  const run = (redis as unknown as { storedAnswerBuffer(...args: (string | number)[]): Promise<[Buffer | null, number, ...Buffer[]]> }).storedAnswerBuffer.bind(redis);
  return async (subgraphs: string[], baseKey: string): Promise<RedisRead | undefined> => {
    const found = await run(subgraphs.length, ...subgraphs.map((subgraph) => GENERATION_KEY + subgraph), keyPrefix, baseKey, ...subgraphs).catch(() => null);
    if (!found) return undefined;
    const [stored, ttlMs, ...generations] = found;
    const bytes = stored && answersCarryCacheMetadata() ? Buffer.from(JSON.stringify(withHit(JSON.parse(stored.toString())))) : (stored ?? undefined);
    return { bytes, ttlMs, generations: generations.map((generation) => Number(generation.toString())) };
  };
}

/**
 * The answers this replica read from Redis, kept while it knows the generations they were
 * stored under (the feed): a hit whose generations the feed knows is answered from the
 * copy at once, with no round trip and no promise; any other reads Redis, and what it
 * reads starts the feed's generations and the copy. A copy lives no longer than its
 * original in Redis, and goes with everything else whenever the feed forgets.
 */
function copiedAnswers(redisUrl: string, keyPrefix: string, maxBytes: number, read: ReturnType<typeof redisAnswerBytes>, log: Logger | undefined) {
  const copies = new LRUCache<string, Buffer>({ maxSize: maxBytes, sizeCalculation: (bytes, key) => bytes.length + key.length });
  const feed: GenerationFeed = createGenerationFeed({
    redisUrl,
    keyPrefix: keyPrefix + GENERATION_KEY,
    onForget: () => copies.clear(),
    connectionName: `gcm-hub-generations-${process.pid}`,
    log,
  });
  return {
    feed,
    stored(subgraphs: string[], baseKey: string): Buffer | undefined | Promise<Buffer | undefined> {
      const known = feed.now(subgraphs);
      const copy = known && copies.get(answerKey(subgraphs, known, baseKey));
      if (copy) return copy;
      const mark = feed.mark();
      return read(subgraphs, baseKey).then((found) => {
        if (!found) return undefined;
        if (feed.learn(mark, subgraphs, found.generations) && found.bytes && found.ttlMs > 0) copies.set(answerKey(subgraphs, found.generations, baseKey), found.bytes, { ttl: found.ttlMs });
        return found.bytes;
      });
    },
  };
}

export function createResponseCaching({ ttlMs = DEFAULT_CACHE_TTL_MS, redisUrl, redisKeyPrefix = DEFAULT_REDIS_KEY_PREFIX, onLookup, supergraph, log, bypass = () => false, onKeyBuilt, answerCopyBytes = DEFAULT_RESPONSE_CACHE_COPY_BYTES }: ResponseCachingOptions): ResponseCaching {
  const advanceEvery = (): Promise<void> => generations.advance([EVERY_SUBGRAPH]);
  let copied: ReturnType<typeof copiedAnswers> | undefined;
  // The command connection lost: Redis may have been restarted or emptied, so the copies go.
  const connection: ReturnType<typeof connectRedis> | undefined = redisUrl ? connectRedis(redisUrl, redisKeyPrefix, log, advanceEvery, () => copied?.feed.forget()) : undefined;
  const redis = connection?.redis;
  const store: Cache = redis ? forgiving(createRedisCache({ redis })) : createInMemoryCache();
  const misses = coalescingMisses(store);
  const cache = onLookup ? observed(misses.cache, onLookup) : misses.cache;
  /** Each request's cache key, so that its end can free the key for reads waiting on it. */
  const keyOf = new WeakMap<object, string>();
  const local = redis ? undefined : localGenerations();
  const generations: Generations = local ?? redisGenerations(redis!);
  const ownership = ownershipOf(supergraph);
  /** A read's key: the current generation of every subgraph its operation reads from, and of "every subgraph", then its fixed part (answerKey). */
  async function currentKey(documentString: string, baseKey: string): Promise<string> {
    const subgraphs = [EVERY_SUBGRAPH, ...ownership.readFrom(documentString)];
    let current: number[];
    try {
      current = await generations.current(subgraphs);
    } catch {
      // Redis went down mid-request: a key no answer was ever stored under, so a miss.
      return `unavailable-${crypto.randomUUID()}:${baseKey}`;
    }
    return answerKey(subgraphs, current, baseKey);
  }
  const responseCache = useResponseCache<{ caller?: unknown; request?: Request }>({
    cache,
    ttl: ttlMs,
    session: () => null,
    enabled: (context) => !context.caller && !(context.request && bypass(context.request)) && (connection?.available() ?? true),
    invalidateViaMutation: false,
    // An answer with errors is not cached, as by default, without the default's plain console line for each.
    shouldCacheResult: ({ result }) => !result.errors,
    buildResponseCacheKey: async (params) => {
      const baseKey = await defaultBuildResponseCacheKey(params);
      const key = await currentKey(params.documentString, baseKey);
      keyOf.set(params.context as object, key);
      onKeyBuilt?.(params.context, { documentString: params.documentString, baseKey });
      return key;
    },
  });
  /** An answer with errors is not cached: reads waiting on its key run their own at once. */
  const freeUncachedKeys: GatewayPlugin = {
    onExecute({ args }) {
      const key = keyOf.get(args.contextValue as object);
      if (key === undefined) return;
      return {
        onExecuteDone({ result }) {
          if (!("data" in result) || result.errors?.length) misses.finished(key);
        },
      };
    },
  };
  /**
   * A mutation moves the generation of every subgraph its root fields belong to, whatever
   * its answer: a field that committed may sit beside one that failed, and the errors (or
   * `data: null`) do not say which. It moves them before it runs, so answers cached earlier
   * go even if its end is never seen (an execution that throws), and again once it ends, so
   * an answer a read racing the write cached meanwhile, from the data as it was, goes too.
   * Once Redis has acknowledged a move, this replica forgets the generations it moved, so
   * its own next read is fresh at once; the other replicas, once the invalidation reaches them.
   * Every mutation refuses an anonymous caller, so theirs move nothing: nobody can empty
   * the cache at will.
   */
  const advanceOnWrite: GatewayPlugin = {
    async onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
      if (!(args.contextValue as { caller?: unknown }).caller) return;
      const written = ownership.writtenBy(args.document, args.operationName);
      const moved = written.length > 0 ? written : [EVERY_SUBGRAPH];
      const advance = async () => {
        // Redis down: nothing can be advanced now; its return advances every generation.
        await generations.advance(moved).catch(() => undefined);
        // This replica's copies under the old generations go now, not when Redis's invalidation of this INCR comes back.
        copied?.feed.forgetMoved(moved);
      };
      await advance();
      return {
        onExecuteDone: ({ result }) => (Symbol.asyncIterator in result ? { onEnd: () => void advance() } : advance()),
      };
    },
  };
  const memoryBytes = memoryAnswerBytes(store);
  const redisRead = redis ? redisAnswerBytes(redis, redisKeyPrefix) : undefined;
  copied = redisUrl && answerCopyBytes > 0 ? copiedAnswers(redisUrl, redisKeyPrefix, answerCopyBytes, redisRead!, log) : undefined;
  const redisStored = (subgraphs: string[], baseKey: string) => (copied ? copied.stored(subgraphs, baseKey) : redisRead!(subgraphs, baseKey).then((found) => found?.bytes));
  const counted = (bytes: Buffer | undefined) => {
    if (bytes) onLookup?.(true);
    return bytes;
  };
  return {
    plugins: [responseCache, advanceOnWrite, freeUncachedKeys],
    // The store itself, not the coalescing cache: a miss here must not lead its key (the
    // request goes on to the GraphQL server, which looks it up again and counts the miss).
    storedAnswer({ documentString, baseKey }) {
      if (local) {
        const subgraphs = [EVERY_SUBGRAPH, ...ownership.readFrom(documentString)];
        return counted(memoryBytes(answerKey(subgraphs, local.now(subgraphs), baseKey)));
      }
      if (!connection!.available()) return undefined;
      const stored = redisStored([EVERY_SUBGRAPH, ...ownership.readFrom(documentString)], baseKey);
      return stored instanceof Promise ? stored.then(counted) : counted(stored);
    },
    redisState: () => connection?.state(),
    connected: async (timeoutMs) => connection?.connected(timeoutMs),
    async close() {
      copied?.feed.close();
      redis?.disconnect();
    },
  };
}
