// The response cache in this process's memory (the Redis one: test/responseCache.test.ts),
// and how identical misses wait for the first.
import { createInMemoryCache } from "@envelop/response-cache";
import { describe, expect, it } from "vitest";
import { coalescingMisses, DEFAULT_CACHE_TTL_MS } from "../../src/plugins/useResponseCaching.js";
import { describeResponseCaching } from "./responseCachingCases.js";

describeResponseCaching("in memory", {});

describe("identical misses wait for the first", () => {
  const settled = <T>(promise: Promise<T>) => Promise.race([promise.then((value) => ({ value })), new Promise((resolve) => setTimeout(() => resolve("still waiting"), 500))]);

  it("a second read of a key being computed waits, and gets the answer once it is stored", async () => {
    const { cache } = coalescingMisses(createInMemoryCache());
    expect(await cache.get("key")).toBeUndefined(); // the first read leads
    const waiter = cache.get("key") as Promise<unknown>;
    expect(await settled(waiter)).toBe("still waiting");
    await cache.set("key", { data: { answer: 42 } }, [], 60_000);
    expect(await settled(waiter)).toEqual({ value: { data: { answer: 42 } } });
  });

  it("an answer that will not be stored (errors) lets the waiting reads go at once, to run their own", async () => {
    const { cache, finished } = coalescingMisses(createInMemoryCache());
    await cache.get("key");
    const waiter = cache.get("key") as Promise<unknown>;
    expect(await settled(waiter)).toBe("still waiting");
    finished("key");
    expect(await settled(waiter)).toEqual({ value: null }); // a miss: it runs the plan itself
    expect(await cache.get("key")).toBeUndefined(); // free: the next read leads again, without waiting
  });

  it("keeps answers 60 s by default", () => {
    expect(DEFAULT_CACHE_TTL_MS).toBe(60_000);
  });
});
