// The benchmark's verdicts from its rows (scripts/bench/report.ts): the no-regression check
// against the recorded uncached lead over @apollo/gateway, the mixed scenario's goals, and
// the medians of interleaved rounds (scripts/bench/load.ts).
import { describe, expect, it } from "vitest";
import { medianLoad, medianOfPairedRatios, rotated, type LoadResult } from "../bench/load.js";
import { BARE, cacheHitChecks, mixedChecks, uncachedLead, UNCACHED_MIXED, type BenchResults, type LoadRow, type OperationProfile } from "../bench/report.js";

const load = (requestsPerSecond: number, p99Ms = 5): LoadResult => ({ requestsPerSecond, p50Ms: 1, meanMs: 2, p99Ms, requests: requestsPerSecond, errors: 0, peakRssMB: 100 });
const row = (operation: string, target: string, requestsPerSecond: number, p99Ms = 5): LoadRow => ({ operation, target, connections: 10, ...load(requestsPerSecond, p99Ms) });

/** CountryProfile's plan reaches border; the others' do not. */
function fetchesOf(operation: string): OperationProfile["bySubgraph"] {
  const one = { fetches: 1, sqlStatements: 1 };
  return operation === "CountryProfile" ? { plan: one, border: one } : { plan: one };
}

function results(mode: BenchResults["mode"], loads: LoadRow[], extra: Partial<BenchResults> = {}): BenchResults {
  return {
    startedAt: "2026-12-07T15:00:00.000Z",
    mode,
    machine: { cpus: 2, node: "24", database: "pglite" },
    durationSeconds: 4,
    syntheticObservations: 0,
    profiles: [...new Set(loads.map((each) => each.operation))].map((operation) => ({ operation, subgraphFetches: 1, sqlStatements: 1, stages: 1, bySubgraph: fetchesOf(operation) })),
    loads,
    startTimes: { coldSeconds: null, warmSeconds: null },
    ...extra,
  };
}

describe("no regression without the cache", () => {
  const comparison = (hub: number) => results("comparison", [row("PlanOverview", "hub", hub), row("PlanOverview", "apollo", 100)]);
  const noRegression = (run: BenchResults) => cacheHitChecks(run).find((line) => line.includes("no regression"));

  it("keeps the recorded lead over @apollo/gateway within 0.8, or says it missed", () => {
    const baseline = { recordedAt: "an accepted run", hubOverApollo: { PlanOverview: { "10": 4 } } };
    expect(noRegression({ ...comparison(360), uncachedBaseline: baseline })).toMatch(/^MET: .*lowest 0\.90, PlanOverview at 10 connections/);
    expect(noRegression({ ...comparison(300), uncachedBaseline: baseline })).toMatch(/^MISSED: .*lowest 0\.75, PlanOverview at 10 connections\)$/);
  });

  it("names the baseline's commit to A/B against when it misses", () => {
    const baseline = { recordedAt: "an accepted run", commit: "c517febdb44b6fa9747047969eed7f9062cea9fe", hubOverApollo: { PlanOverview: { "10": 4 } } };
    expect(noRegression({ ...comparison(300), uncachedBaseline: baseline })).toMatch(/^MISSED: .*lowest 0\.75, PlanOverview at 10 connections\); to tell a regression from another machine's balance, A\/B the hub's uncached path against c517febdb4 /);
    expect(noRegression({ ...comparison(360), uncachedBaseline: baseline })).toMatch(/PlanOverview at 10 connections\)$/);
  });

  it("judges the hub's lead paired round by round with @apollo/gateway's where the run measured it so", () => {
    const baseline = { recordedAt: "an accepted run", hubOverApollo: { PlanOverview: { "10": 4 } } };
    // The medians alone give 300 / 100 = 3 (0.75 of the baseline); round by round the hub kept 3.6.
    const run = results("comparison", [{ ...row("PlanOverview", "hub", 300), paired: { over: "apollo", ratio: 3.6 } }, row("PlanOverview", "apollo", 100)], { uncachedBaseline: baseline });
    expect(noRegression(run)).toMatch(/^MET: .*lowest 0\.90, PlanOverview at 10 connections/);
    // A pairing with another target is not a lead over @apollo/gateway.
    const pairedElsewhere = results("comparison", [{ ...row("PlanOverview", "hub", 300), paired: { over: "fan-out", ratio: 3.6 } }, row("PlanOverview", "apollo", 100)], { uncachedBaseline: baseline });
    expect(noRegression(pairedElsewhere)).toMatch(/^MISSED: .*lowest 0\.75, PlanOverview/);
    expect(uncachedLead(run)).toEqual({ recordedAt: "2026-12-07T15:00:00.000Z", hubOverApollo: { PlanOverview: { "10": 3.6 } } });
  });

  it("is not measured without a baseline for the database, or for operations the baseline does not hold", () => {
    expect(noRegression(comparison(300))).toMatch(/^NOT MEASURED: .*no recorded baseline for pglite/);
    expect(noRegression({ ...comparison(300), uncachedBaseline: { recordedAt: "x", hubOverApollo: { CountryProfile: { "10": 4 } } } })).toMatch(/^NOT MEASURED: .*has none of this run's operations/);
  });

  it("records a run's lead as the next baseline", () => {
    expect(uncachedLead(comparison(333))).toEqual({ recordedAt: "2026-12-07T15:00:00.000Z", hubOverApollo: { PlanOverview: { "10": 3.33 } } });
  });

  it("records a run of some operations into the baseline row by row, keeping the rows it did not measure", () => {
    const previous = { recordedAt: "an accepted run", hubOverApollo: { CountryProfile: { "10": 5, "50": 11 }, PlanOverview: { "10": 4, "50": 8 } } };
    expect(uncachedLead(comparison(333), previous)).toEqual({
      recordedAt: "2026-12-07T15:00:00.000Z for PlanOverview at 10 connections; CountryProfile at 10 and 50 connections, PlanOverview at 50 connections kept from the baseline of an accepted run",
      hubOverApollo: { CountryProfile: { "10": 5, "50": 11 }, PlanOverview: { "10": 3.33, "50": 8 } },
    });
    // Every row measured again: nothing of the old baseline is left, nor named.
    expect(uncachedLead(comparison(333), { recordedAt: "an accepted run", hubOverApollo: { PlanOverview: { "10": 4 } } })).toEqual({ recordedAt: "2026-12-07T15:00:00.000Z", hubOverApollo: { PlanOverview: { "10": 3.33 } } });
  });

  it("names the baseline's rows the run did not measure, and the run's rows the baseline lacks, instead of passing them by", () => {
    const baseline = { recordedAt: "an accepted run", hubOverApollo: { CountryProfile: { "10": 5, "50": 11 }, PlanOverview: { "10": 4 } } };
    const run = { ...results("comparison", [row("PlanOverview", "hub", 360), row("PlanOverview", "apollo", 100), row("ObjectiveDashboard", "hub", 400), row("ObjectiveDashboard", "apollo", 100)]), uncachedBaseline: baseline };
    expect(cacheHitChecks(run).filter((line) => line.includes("no regression"))).toEqual([
      "MET: no regression without the cache: the hub's lead over @apollo/gateway (cache off) at least 0.8 of the baseline's (an accepted run) on every operation this run measured (1 of the baseline's 3 rows; lowest 0.90, PlanOverview at 10 connections)",
      "NOT MEASURED: no regression without the cache on CountryProfile at 10 and 50 connections (in the baseline, not in this run)",
      "NOT MEASURED: no regression without the cache on ObjectiveDashboard at 10 connections (in this run, not in the baseline)",
    ]);
  });
});

it("says that a cached target's p99 of a hit is the median of its rounds' p99s", () => {
  const run = results("comparison", [row("PlanOverview", "hub+cache", 9000, 6), row("PlanOverview", "bare", 12000, 2), row("PlanOverview", "apollo", 100)]);
  expect(cacheHitChecks(run)).toContain("MET: hub+cache p99 of a hit (the median of its rounds' p99s) under 10 ms at 10 connections (highest 6.0 ms, PlanOverview)");
});

describe("reads while border writes", () => {
  const mixed = (...loads: LoadRow[]) => mixedChecks(results("mixed", loads, { mixed: { department: "border", writesPerSecond: 5, writers: [] } })).slice(1);

  it("holds an operation with border data to the same read under the same writes with the cache off, and its p99 to 100 ms", () => {
    const [met] = mixed(row("CountryProfile", UNCACHED_MIXED, 400), row("CountryProfile", "read-only", 15000), row("CountryProfile", "mixed", 4000, 45));
    expect(met).toMatch(/^MET: CountryProfile \(holds border data\) serves 10\.00x the same read under the same writes with the cache off .* keeps 0\.27 of its cached read-only throughput/);
    expect(mixed(row("CountryProfile", UNCACHED_MIXED, 400), row("CountryProfile", "read-only", 15000), row("CountryProfile", "mixed", 380, 45))[0]).toMatch(/^MISSED: .*0\.95x/);
    expect(mixed(row("CountryProfile", UNCACHED_MIXED, 400), row("CountryProfile", "read-only", 15000), row("CountryProfile", "mixed", 4000, 120))[0]).toMatch(/^MISSED/);
    expect(mixed(row("CountryProfile", "read-only", 15000), row("CountryProfile", "mixed", 4000))[0]).toBe("NOT MEASURED: CountryProfile at 10 connections");
  });

  it("holds an operation without border data to 0.7 of its cached read-only throughput", () => {
    expect(mixed(row("PlanOverview", "read-only", 10000), row("PlanOverview", "mixed", 7500))[0]).toMatch(/^MET: PlanOverview \(holds no border data\) keeps 0\.75 .*\(goal >= 0\.7\)/);
    expect(mixed(row("PlanOverview", "read-only", 10000), row("PlanOverview", "mixed", 6000))[0]).toMatch(/^MISSED: PlanOverview/);
  });
});

it("takes the median of interleaved rounds, and sums their requests and errors", () => {
  const rounds = [load(900, 4), { ...load(1200, 9), errors: 2 }, load(1000, 6)];
  expect(medianLoad(rounds)).toEqual({ requestsPerSecond: 1000, p50Ms: 1, meanMs: 2, p99Ms: 6, requests: 3100, errors: 2, peakRssMB: 100 });
});

describe("a cached target against the bare server", () => {
  it("pairs each round with the bare server's round beside it and takes the median of the ratios", () => {
    // Medians alone would give 10000 / 20000 = 0.50; round by round the target kept 0.6 of the bare server.
    const target = [load(6000), load(10000), load(12000)];
    const bare = [load(10000), load(20000), load(16000)];
    expect(medianOfPairedRatios(target, bare)).toBeCloseTo(0.6);
    expect(() => medianOfPairedRatios(target, bare.slice(1))).toThrow(/must match: 3 against 2/);
  });

  it("starts each round one target further on", () => {
    expect([0, 1, 2, 3].map((round) => rotated(["hub+cache", "npm start+cache", BARE], round))).toEqual([
      ["hub+cache", "npm start+cache", BARE],
      ["npm start+cache", BARE, "hub+cache"],
      [BARE, "hub+cache", "npm start+cache"],
      ["hub+cache", "npm start+cache", BARE],
    ]);
  });

  it("judges the paired share where the run measured it, the ratio of medians otherwise", () => {
    const fraction = (run: BenchResults) => cacheHitChecks(run).find((line) => line.includes("hub+cache at least 0.5 of the bare"));
    const hits = [row("PlanOverview", "hub+cache", 9000), row("PlanOverview", BARE, 20000)];
    expect(fraction(results("comparison", hits))).toMatch(/^MISSED: .*lowest 0\.45, PlanOverview at 10 connections/);
    expect(fraction(results("comparison", [{ ...hits[0]!, paired: { over: BARE, ratio: 0.55 } }, hits[1]!]))).toMatch(/^MET: .*lowest 0\.55, PlanOverview/);
  });
});
