// The circuit breakers alone: a subgraph's circuit opens after the configured transport
// failures in a row (an answer in between starts the count again), refuses while open,
// probes on its own (at once, then after each probe) until the subgraph is ready, and
// closes on the first ready probe or when the gateway's readiness check finds it
// answering. One probe at a time, none after stop(). The metrics say which are open.
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { createSubgraphBreakers } from "../src/subgraphBreakers.js";

const PROBE_EVERY_MS = 20;
const quiet = { warn: () => {}, info: () => {} };

function breakersWith(probe: (subgraph: string) => Promise<boolean>, failuresToOpen = 3) {
  const registry = new Registry();
  const breakers = createSubgraphBreakers({ failuresToOpen, probeEveryMs: PROBE_EVERY_MS, probe, log: quiet, registry });
  return { breakers, registry };
}

async function metric(registry: Registry, name: string, subgraph: string): Promise<number | undefined> {
  const values = (await registry.getSingleMetric(name)!.get()).values;
  return values.find((value) => value.labels.subgraph === subgraph)?.value;
}

const until = async (condition: () => boolean) => {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 2000) throw new Error("not within 2 s");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe("subgraph circuit breakers", () => {
  it("open after the failures in a row, and refuse that subgraph's fetches only", async () => {
    const { breakers, registry } = breakersWith(async () => false);
    try {
      breakers.failed("social");
      breakers.failed("social");
      expect(breakers.admits("social")).toBe(true);
      breakers.failed("social");
      expect(breakers.open()).toEqual(["social"]);
      expect(breakers.admits("social")).toBe(false);
      expect(breakers.admits("social")).toBe(false);
      expect(breakers.admits("border")).toBe(true);
      expect(await metric(registry, "gateway_subgraph_circuit_open", "social")).toBe(1);
      expect(await metric(registry, "gateway_subgraph_fetches_refused_total", "social")).toBe(2);
    } finally {
      breakers.stop();
    }
  });

  it("count failures in a row: an answer starts the count again", () => {
    const { breakers } = breakersWith(async () => false);
    for (const outcome of ["failed", "failed", "answered", "failed", "failed"] as const) breakers[outcome]("labour");
    expect(breakers.open()).toEqual([]);
    breakers.failed("labour");
    expect(breakers.open()).toEqual(["labour"]);
    breakers.stop();
  });

  it("probe an open subgraph until it is ready, then close", async () => {
    let ready = false;
    const probed: string[] = [];
    const { breakers, registry } = breakersWith(async (subgraph) => {
      probed.push(subgraph);
      return ready;
    }, 1);
    try {
      breakers.failed("diaspora");
      await until(() => probed.length >= 3);
      expect(breakers.admits("diaspora")).toBe(false);
      expect(new Set(probed)).toEqual(new Set(["diaspora"]));
      ready = true;
      await until(() => breakers.open().length === 0);
      expect(breakers.admits("diaspora")).toBe(true);
      expect(await metric(registry, "gateway_subgraph_circuit_open", "diaspora")).toBe(0);
      // Closed, it probes no more.
      const probes = probed.length;
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS * 4));
      expect(probed.length).toBe(probes);
    } finally {
      breakers.stop();
    }
  });

  it("probe at once on opening, and count failures afresh once closed", async () => {
    let ready = false;
    let probes = 0;
    const { breakers } = breakersWith(async () => {
      probes += 1;
      return ready;
    });
    try {
      for (let failure = 0; failure < 3; failure++) breakers.failed("border");
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(probes).toBe(1);
      ready = true;
      await until(() => breakers.open().length === 0);
      // Closed by its probe: one more failure is one, not the fourth in a row.
      breakers.failed("border");
      expect(breakers.admits("border")).toBe(true);
    } finally {
      breakers.stop();
    }
  });

  it("stop probing once stopped, even with a probe under way, and open no more", async () => {
    let inFlight = 0;
    let probes = 0;
    const { breakers } = breakersWith(async () => {
      probes += 1;
      inFlight += 1;
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
      inFlight -= 1;
      return false;
    }, 1);
    breakers.failed("social");
    await until(() => inFlight === 1);
    breakers.stop();
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS * 5));
    expect(probes).toBe(1);
    breakers.failed("labour");
    expect(breakers.open()).toEqual(["social"]);
  });

  it("keep one probe at a time when a circuit closes and opens again while a probe is under way", async () => {
    let inFlight = 0;
    let most = 0;
    const { breakers } = breakersWith(async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
      inFlight -= 1;
      return false;
    }, 1);
    try {
      breakers.failed("diaspora");
      await until(() => inFlight === 1);
      breakers.answered("diaspora"); // a fetch from before the opening was answered
      breakers.failed("diaspora"); // and the next one failed: open again, probed at once
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS * 3));
      expect(most).toBe(2); // the earlier probe ran out beside the new one, once
      most = inFlight;
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS * 10));
      expect(most).toBeLessThanOrEqual(1); // then one loop, not two
    } finally {
      breakers.stop();
    }
  });

  it("close when the subgraph answers (the gateway's readiness check found it ready)", () => {
    const { breakers } = breakersWith(async () => false, 1);
    breakers.failed("plan");
    expect(breakers.admits("plan")).toBe(false);
    breakers.answered("plan");
    expect(breakers.admits("plan")).toBe(true);
    breakers.stop();
  });

  it("never open with failuresToOpen 0", () => {
    const { breakers } = breakersWith(async () => false, 0);
    for (let failure = 0; failure < 50; failure++) breakers.failed("border");
    expect(breakers.admits("border")).toBe(true);
    breakers.stop();
  });

  it("keep probing when a probe throws", async () => {
    let calls = 0;
    const { breakers } = breakersWith(async () => {
      calls += 1;
      if (calls < 3) throw new Error("probe failed");
      return true;
    }, 1);
    breakers.failed("integration");
    await until(() => breakers.open().length === 0);
    expect(calls).toBe(3);
    breakers.stop();
  });
});
