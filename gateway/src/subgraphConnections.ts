// The gateway's connections to its subgraphs: one keep-alive agent per protocol, whose
// host-name lookups are shared. A lookup (getaddrinfo) holds one of libuv's few threads
// until it returns, and the name of a subgraph that has gone (its container killed, the
// DNS server then asking upstream) can take seconds to fail. Every read and readiness
// probe towards it used to start a lookup of its own, until they held every thread; then
// whatever else needs one waited behind them: the other subgraphs' credentials (Ed25519
// signing runs there) and names, so every department timed out with the one that was down
// (seen in the compose stack: border and labour cut off at 5 s while social's name failed).
// Here a name has one lookup in flight at a time, whose answer every caller shares.
import dns, { type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** `lookup` with at most one call in flight per host name and options; callers meanwhile wait for its answer. */
export function sharedLookup(lookup: LookupFunction = dns.lookup as LookupFunction): LookupFunction {
  const inFlight = new Map<string, LookupCallback[]>();
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    const key = JSON.stringify([hostname, options.family ?? 0, options.all ?? false, options.hints ?? 0]);
    const waiting = inFlight.get(key);
    if (waiting) return void waiting.push(callback);
    inFlight.set(key, [callback]);
    lookup(hostname, options, (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => {
      const callbacks = inFlight.get(key) ?? [];
      inFlight.delete(key);
      for (const waiter of callbacks) waiter(error, address, family);
    });
  };
}

export interface SubgraphAgents {
  /** The agent for a subgraph URL: http or https. */
  agentFor(url: string): http.Agent;
}

/** Keep-alive agents (as Node's global one) whose lookups are shared. */
export function createSubgraphAgents(lookup: LookupFunction = dns.lookup as LookupFunction): SubgraphAgents {
  const options = { keepAlive: true, scheduling: "lifo" as const, timeout: 5000, lookup: sharedLookup(lookup) };
  const plain = new http.Agent(options);
  const secure = new https.Agent(options);
  return { agentFor: (url) => (url.startsWith("https:") ? secure : plain) };
}
