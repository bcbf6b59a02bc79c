// sharedLookup alone: one lookup in flight per host name and options, its answer (or its
// error) given to every caller that asked meanwhile, or the name's last address once the
// lookup is slow; a later call looks the name up again.
import type { LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { describe, expect, it } from "vitest";
import { createSubgraphAgents, sharedLookup } from "../src/subgraphConnections.js";

type Answer = { error: NodeJS.ErrnoException | null; address: unknown; family?: number };

/** A lookup answered by hand: each call waits in `pending` until the test answers it. */
function manualLookup() {
  const pending: { hostname: string; options: LookupOptions; answer: (error: NodeJS.ErrnoException | null, address?: string, family?: number) => void }[] = [];
  const lookup = ((hostname: string, options: LookupOptions, callback: (error: NodeJS.ErrnoException | null, address?: string, family?: number) => void) => {
    pending.push({ hostname, options, answer: callback });
  }) as LookupFunction;
  return { lookup, pending };
}

function ask(lookup: LookupFunction, hostname: string, options: LookupOptions = {}): Promise<Answer> {
  return new Promise((resolve) => lookup(hostname, options, (error, address, family) => resolve({ error, address, family })));
}

describe("sharedLookup", () => {
  it("looks a name up once while callers wait, and gives each the answer", async () => {
    const system = manualLookup();
    const lookup = sharedLookup(system.lookup);
    const answers = [ask(lookup, "social"), ask(lookup, "social"), ask(lookup, "social")];
    expect(system.pending).toHaveLength(1);
    system.pending[0]!.answer(null, "10.89.0.7", 4);
    expect(await Promise.all(answers)).toEqual(Array.from({ length: 3 }, () => ({ error: null, address: "10.89.0.7", family: 4 })));
  });

  it("gives every waiting caller the error, then looks the name up again", async () => {
    const system = manualLookup();
    const lookup = sharedLookup(system.lookup);
    const answers = [ask(lookup, "social"), ask(lookup, "social")];
    const notFound = Object.assign(new Error("getaddrinfo ENOTFOUND social"), { code: "ENOTFOUND" });
    system.pending[0]!.answer(notFound);
    for (const answer of await Promise.all(answers)) expect(answer.error).toBe(notFound);
    const again = ask(lookup, "social");
    expect(system.pending).toHaveLength(2);
    system.pending[1]!.answer(null, "10.89.0.9", 4);
    expect((await again).address).toBe("10.89.0.9");
  });

  it("keeps names, and the options of one name, apart", () => {
    const system = manualLookup();
    const lookup = sharedLookup(system.lookup);
    void ask(lookup, "social");
    void ask(lookup, "labour");
    void ask(lookup, "social", { all: true });
    void ask(lookup, "social", { family: 6 });
    expect(system.pending.map(({ hostname, options }) => [hostname, options])).toEqual([
      ["social", {}],
      ["labour", {}],
      ["social", { all: true }],
      ["social", { family: 6 }],
    ]);
  });
});

describe("createSubgraphAgents", () => {
  it("gives keep-alive agents by protocol, the same one for every URL of it", () => {
    const agents = createSubgraphAgents();
    const plain = agents.agentFor("http://social:4006/graphql");
    expect(plain).toBeInstanceOf(http.Agent);
    expect(plain).not.toBeInstanceOf(https.Agent);
    expect(agents.agentFor("http://labour:4005/readyz")).toBe(plain);
    expect(agents.agentFor("https://social.example.gov.pt/graphql")).toBeInstanceOf(https.Agent);
    expect((plain as http.Agent & { keepAlive: boolean }).keepAlive).toBe(true);
  });
});

describe("sharedLookup, when a lookup is slow", () => {
  it("gives callers the name's last address once the lookup has taken the stale delay, and keeps one lookup in flight", async () => {
    const system = manualLookup();
    const lookup = sharedLookup(system.lookup, 20);
    const first = ask(lookup, "diaspora");
    system.pending[0]!.answer(null, "10.89.0.4", 4);
    await first;
    // The next lookup of diaspora hangs (a lost DNS packet): its callers get the last address after 20 ms.
    const started = performance.now();
    const waiting = ask(lookup, "diaspora");
    expect(await waiting).toEqual({ error: null, address: "10.89.0.4", family: 4 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
    // Later callers get it at once, without another lookup; the lookup's own answer is kept for next time.
    expect(await ask(lookup, "diaspora")).toEqual({ error: null, address: "10.89.0.4", family: 4 });
    expect(system.pending).toHaveLength(2);
    system.pending[1]!.answer(null, "10.89.0.14", 4);
    const next = ask(lookup, "diaspora");
    expect(system.pending).toHaveLength(3);
    system.pending[2]!.answer(null, "10.89.0.14", 4);
    expect((await next).address).toBe("10.89.0.14");
  });

  it("waits for a name's first lookup however long it takes: there is no address to fall back on", async () => {
    const system = manualLookup();
    const lookup = sharedLookup(system.lookup, 5);
    let answered = false;
    const waiting = ask(lookup, "social").then((answer) => ((answered = true), answer));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(answered).toBe(false);
    system.pending[0]!.answer(Object.assign(new Error("getaddrinfo ENOTFOUND social"), { code: "ENOTFOUND" }));
    expect((await waiting).error?.code).toBe("ENOTFOUND");
  });
});
