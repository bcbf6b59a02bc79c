// The benchmark's results: the table printed and written as markdown, the JSON
// beside it, and the targets of issue 7 checked against the figures.
import type { LoadResult } from "./load.js";

export const TARGETS = ["hub", "hub+cache", "apollo", "fan-out"] as const;
export type TargetName = (typeof TARGETS)[number];

export interface OperationProfile {
  operation: string;
  subgraphFetches: number;
  sqlStatements: number;
  stages: number;
  /** Fetches and SQL statements in each subgraph the plan calls. */
  bySubgraph: Record<string, { fetches: number; sqlStatements: number }>;
}

export interface LoadRow extends LoadResult {
  operation: string;
  target: TargetName;
  connections: number;
}

export interface StartTimes {
  coldSeconds: number | null;
  warmSeconds: number | null;
  note?: string;
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; node: string; database: "pglite" | "postgresql" };
  durationSeconds: number;
  syntheticObservations: number;
  profiles: OperationProfile[];
  loads: LoadRow[];
  startTimes: StartTimes;
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);

function find(results: BenchResults, operation: string, target: TargetName, connections: number) {
  return results.loads.find((row) => row.operation === operation && row.target === target && row.connections === connections);
}

/** Hub requests per second over the other target's, per operation and connections. */
function ratio(results: BenchResults, operation: string, other: TargetName, connections: number): number | null {
  const hub = find(results, operation, "hub", connections);
  const baseline = find(results, operation, other, connections);
  return hub && baseline && baseline.requestsPerSecond > 0 ? hub.requestsPerSecond / baseline.requestsPerSecond : null;
}

export function markdown(results: BenchResults): string {
  const connectionLevels = [...new Set(results.loads.map((row) => row.connections))];
  const lines = [
    `Benchmark of ${results.startedAt}: ${results.machine.cpus} cores, Node ${results.machine.node}, ${results.machine.database}, ` +
      `${results.syntheticObservations.toLocaleString("en")} synthetic observations, ${results.durationSeconds} s per load.`,
    "",
    "| operation | conns | target | req/s | p50 ms | p99 ms | errors | RSS MB | hub ÷ apollo | hub ÷ fan-out |",
    "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { operation } of results.profiles) {
    for (const connections of connectionLevels) {
      for (const target of TARGETS) {
        const row = find(results, operation, target, connections);
        if (!row) continue;
        const versus = (other: TargetName) => (target === "hub" ? fixed(ratio(results, operation, other, connections) ?? NaN, 2) : "");
        lines.push(
          `| ${operation} | ${connections} | ${target} | ${fixed(row.requestsPerSecond)} | ${fixed(row.p50Ms, 1)} | ${fixed(row.p99Ms, 1)} | ${row.errors} | ${row.peakRssMB} | ${versus("apollo")} | ${versus("fan-out")} |`,
        );
      }
    }
  }
  lines.push("", "| operation | subgraph fetches | plan stages | SQL statements |", "|---|---:|---:|---:|");
  for (const profile of results.profiles) lines.push(`| ${profile.operation} | ${profile.subgraphFetches} | ${profile.stages} | ${profile.sqlStatements} |`);
  lines.push("", ...targetChecks(results).map((check) => `- ${check}`));
  return lines.join("\n") + "\n";
}

/** Issue 7's targets, each as a line that says MET or MISSED with the figure. */
export function targetChecks(results: BenchResults): string[] {
  const verdict = (met: boolean) => (met ? "MET" : "MISSED");
  const ratios = results.profiles.flatMap(({ operation }) =>
    [...new Set(results.loads.map((row) => row.connections))].map((connections) => ({ operation, connections, value: ratio(results, operation, "apollo", connections) ?? 0 })),
  );
  const worstRatio = ratios.reduce((worst, next) => (next.value < worst.value ? next : worst), ratios[0]!);
  const hubAt10 = results.loads.filter((row) => row.target === "hub" && row.connections === 10);
  const worstP99 = Math.max(...hubAt10.map((row) => row.p99Ms));
  const sqlOver = results.profiles.filter((profile) => profile.sqlStatements > profile.subgraphFetches);
  const peakRss = Math.max(...results.loads.filter((row) => row.target.startsWith("hub")).map((row) => row.peakRssMB));
  const { coldSeconds, warmSeconds, note } = results.startTimes;
  return [
    `${verdict(worstRatio.value >= 2)}: hub at least 2x @apollo/gateway's requests per second on every operation (lowest ${fixed(worstRatio.value, 2)}x, ${worstRatio.operation} at ${worstRatio.connections} connections)`,
    `${verdict(worstP99 < 100)}: hub p99 under 100 ms at 10 connections (highest ${fixed(worstP99, 1)} ms)`,
    `${verdict(sqlOver.length === 0)}: no more SQL statements than subgraph fetches${sqlOver.length ? ` (over: ${sqlOver.map((p) => p.operation).join(", ")})` : ""}`,
    `${verdict(peakRss < 300)}: gateway RSS under 300 MB under load (peak ${peakRss} MB)`,
    coldSeconds === null || warmSeconds === null
      ? `NOT MEASURED: npm start times (${note ?? "skipped"})`
      : `${verdict(coldSeconds < 15 && warmSeconds < 5)}: npm start under 15 s cold and 5 s warm (cold ${coldSeconds} s, warm ${warmSeconds} s)`,
  ];
}
