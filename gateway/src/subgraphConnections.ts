// The gateway's connections to its subgraphs: one keep-alive agent per protocol, whose
// host-name lookups are shared. A lookup (getaddrinfo) holds one of libuv's few threads
// until it returns, and the name of a subgraph that has gone (its container killed, the
// DNS server then asking upstream) can take seconds to fail. Every read and readiness
// probe towards it used to start a lookup of its own, until they held every thread; then
// whatever else needs one waited behind them (the other subgraphs' names, looked up for
// every new connection, and all else Node runs there), so other departments timed out with the one
// that was down (seen in the compose stack: border and labour cut off at 5 s, answered the
// moment social's lookups failed).
// Here a name has one lookup in flight at a time, whose answer every caller shares; and a
// lookup that is slow (a lost DNS packet costs the resolver's 5 s timeout) answers its
// callers with the name's last address once it has taken STALE_ANSWER_AFTER_MS, as RFC 8767
// lets a resolver serve stale data rather than make clients wait.
import dns, { type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type Address = { address: string | LookupAddress[]; family?: number };

/** How long callers wait for a lookup before they are given the name's last address, if it has one (RFC 8767 suggests 1.8 s). */
export const STALE_ANSWER_AFTER_MS = 1000;

/**
 * `lookup` with at most one call in flight per host name and options; callers meanwhile
 * wait for its answer, or, once it has taken `staleAfterMs`, get the last address it gave.
 */
export function sharedLookup(lookup: LookupFunction = dns.lookup as LookupFunction, staleAfterMs = STALE_ANSWER_AFTER_MS): LookupFunction {
  const inFlight = new Map<string, { waiting: LookupCallback[]; slow: boolean }>();
  const last = new Map<string, Address>();
  const answer = (callbacks: LookupCallback[], { address, family }: Address) => {
    for (const callback of callbacks) callback(null, address, family);
  };
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    const key = JSON.stringify([hostname, options.family ?? 0, options.all ?? false, options.hints ?? 0]);
    const pending = inFlight.get(key);
    const stale = last.get(key);
    if (pending?.slow && stale) return answer([callback], stale);
    if (pending) return void pending.waiting.push(callback);
    const lookingUp = { waiting: [callback], slow: false };
    inFlight.set(key, lookingUp);
    const timer = setTimeout(() => {
      lookingUp.slow = true;
      const known = last.get(key);
      if (known) answer(lookingUp.waiting.splice(0), known);
    }, staleAfterMs);
    timer.unref();
    lookup(hostname, options, (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => {
      clearTimeout(timer);
      inFlight.delete(key);
      if (!error) last.set(key, { address, family });
      for (const waiter of lookingUp.waiting) waiter(error, address, family);
    });
  };
}

export interface SubgraphAgents {
  /** The agent for a subgraph URL: http or https. */
  agentFor(url: string): http.Agent;
  /** Closes the idle connections (the gateway has stopped). */
  destroy(): void;
}

/**
 * Keep-alive agents whose lookups are shared. An idle connection is kept 60 s (Node's global
 * agent: 5 s), so a name is looked up seldom; the subgraphs keep theirs 65 s, so the gateway,
 * not the subgraph, closes an idle one and never writes to a connection being closed.
 */
export function createSubgraphAgents(lookup?: LookupFunction): SubgraphAgents {
  const options = { keepAlive: true, scheduling: "lifo" as const, timeout: 60_000, lookup: sharedLookup(lookup) };
  const plain = new http.Agent(options);
  const secure = new https.Agent(options);
  return {
    agentFor: (url) => (url.startsWith("https:") ? secure : plain),
    destroy: () => {
      plain.destroy();
      secure.destroy();
    },
  };
}
