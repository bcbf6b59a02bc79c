// The subgraphs' generations as one gateway replica knows them without asking Redis,
// through Redis's server-assisted client-side caching (Redis 6 and later): a connection of
// its own turns on CLIENT TRACKING in broadcast mode for the generation keys, redirected to
// itself, and subscribes to the invalidations. Redis then tells it of every change to a
// generation key, by any client (a replica of any version, an operator's INCR, a flush),
// as the change is made. Generations are learned from the stored-answer reads made while
// that subscription is live, and forgotten as their keys change (and by the replica that
// changed them, as soon as Redis acknowledged it). The subscription or the command connection
// lost forgets them all, and until they are read again every hit reads Redis; while no ping
// sent in the last LEASE_MS has been answered, none is trusted.
import { Redis } from "ioredis";
import type { Logger } from "@gcm-hub/platform";

/** How often the subscriber pings Redis; its answer confirms that no invalidation is held up before it. */
export const PING_MS = 1000;
/** How long after the last confirmation (the sending of the last ping Redis answered) the known generations are trusted: the bound on staleness when the subscription dies silently. */
export const LEASE_MS = 3000;
/** After Redis refused the subscription (an ACL without the invalidations' channel, a Redis older than 6), how long until it is asked again. */
export const REFUSED_RETRY_MS = 10_000;
const INVALIDATIONS = "__redis__:invalidate";

export interface GenerationFeedOptions {
  redisUrl: string;
  /** Every generation key's prefix, the client's key prefix included: what follows it is the subgraph's name. */
  keyPrefix: string;
  /** Called whenever every known generation is forgotten: whatever was kept under them goes too. */
  onForget: () => void;
  /** Names the subscriber's connection in CLIENT LIST. */
  connectionName?: string;
  /** Where a refused subscription is logged, once until one succeeds; default nowhere. */
  log?: Logger;
}

export interface GenerationFeed {
  /** The generations of these subgraphs, when all are known and the subscription is trusted now; otherwise undefined. */
  now(subgraphs: string[]): number[] | undefined;
  /** A mark taken before a read of Redis: learn() accepts the read only if no generation changed since. */
  mark(): number | undefined;
  /** Learns generations read from Redis after `mark`; false (nothing learned) if a generation changed or the subscription was lost meanwhile. */
  learn(mark: number | undefined, subgraphs: string[], generations: number[]): boolean;
  /** Forgets every known generation (the command connection was lost). */
  forget(): void;
  /**
   * Forgets these subgraphs' generations at once, as their invalidation would: this replica
   * has just moved them, and its own next read must not wait for Redis's invalidation of its
   * own write to come back. Called once the move is acknowledged: a read of Redis begun
   * before it may have read the old generation, and learns nothing.
   */
  forgetMoved(subgraphs: string[]): void;
  close(): void;
}

export function createGenerationFeed({ redisUrl, keyPrefix, onForget, connectionName, log }: GenerationFeedOptions): GenerationFeed {
  const subscriber = new Redis(redisUrl, {
    connectionName,
    autoResubscribe: false,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  const known = new Map<string, number>();
  /** Moves on every invalidation and every forgetting: a read begun before learns nothing. */
  let epoch = 0;
  /** Moves whenever the subscriber's connection closes: a subscription confirmed on an older one is not live. */
  let connection = 0;
  let subscribed = false;
  let confirmedAt = -Infinity;
  let refused = false;
  let retry: NodeJS.Timeout | undefined;
  const trusted = () => subscribed && performance.now() - confirmedAt < LEASE_MS;
  const forget = () => {
    epoch++;
    known.clear();
    onForget();
  };
  subscriber.on("error", () => undefined);
  subscriber.on("close", () => {
    connection++;
    subscribed = false;
    forget();
  });
  subscriber.on("ready", () => {
    const on = connection;
    const askedAt = performance.now();
    const subscribe = async () => {
      const id = await subscriber.client("ID");
      await subscriber.call("CLIENT", "TRACKING", "ON", "REDIRECT", String(id), "BCAST", "PREFIX", keyPrefix);
      await subscriber.subscribe(INVALIDATIONS);
    };
    subscribe().then(
      () => {
        if (connection !== on) return;
        refused = false;
        subscribed = true;
        confirmedAt = askedAt;
      },
      (error: Error) => {
        if (connection !== on) return;
        if (!refused) log?.warn({ reason: error.message }, "Redis refused the invalidations of the response cache's generations: every cache hit reads Redis until it accepts them");
        refused = true;
        clearTimeout(retry);
        retry = setTimeout(() => subscriber.disconnect(true), REFUSED_RETRY_MS);
        retry.unref();
      },
    );
  });
  // The keys that changed, comma-joined; none when every key went at once (FLUSHALL, FLUSHDB).
  subscriber.on("message", (channel: string, keys: string | null) => {
    if (channel !== INVALIDATIONS || !subscribed) return;
    epoch++;
    const changed = keys ? keys.split(",") : [];
    if (changed.length === 0 || changed.some((key) => !key.startsWith(keyPrefix))) return forget();
    for (const key of changed) known.delete(key.slice(keyPrefix.length));
  });
  const pinger = setInterval(() => {
    if (!subscribed) return;
    const on = connection;
    // Its answer confirms every invalidation Redis sent before it received the ping, not what
    // changed while the answer was on its way: trust runs from when the ping was sent.
    const sentAt = performance.now();
    subscriber.ping().then(
      () => {
        if (connection === on) confirmedAt = sentAt;
      },
      () => undefined,
    );
  }, PING_MS);
  pinger.unref();

  return {
    now(subgraphs) {
      if (!trusted()) return undefined;
      const generations: number[] = [];
      for (const subgraph of subgraphs) {
        const generation = known.get(subgraph);
        if (generation === undefined) return undefined;
        generations.push(generation);
      }
      return generations;
    },
    mark: () => (subscribed ? epoch : undefined),
    learn(mark, subgraphs, generations) {
      if (mark === undefined || mark !== epoch || !subscribed) return false;
      subgraphs.forEach((subgraph, index) => known.set(subgraph, generations[index]!));
      return true;
    },
    forget,
    forgetMoved(subgraphs) {
      epoch++;
      for (const subgraph of subgraphs) known.delete(subgraph);
    },
    close() {
      clearInterval(pinger);
      clearTimeout(retry);
      subscriber.disconnect();
    },
  };
}
