// The benchmark's results: the table printed and written as markdown, the JSON
// beside it, and the targets of issue 7 checked against the figures.
import type { LoadResult } from "./load.js";

/** comparison: the hub against the baselines; tuning: the hub with each tuning step; workers: the hub on GATEWAY_WORKERS=1 and 2. */
export type BenchMode = "comparison" | "tuning" | "workers";

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
  target: string;
  connections: number;
}

export interface StartTimes {
  coldSeconds: number | null;
  warmSeconds: number | null;
  note?: string;
}

export interface BenchResults {
  startedAt: string;
  mode: BenchMode;
  machine: { cpus: number; node: string; database: "pglite" | "postgresql" };
  durationSeconds: number;
  syntheticObservations: number;
  profiles: OperationProfile[];
  loads: LoadRow[];
  startTimes: StartTimes;
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);

function find(results: BenchResults, operation: string, target: string, connections: number) {
  return results.loads.find((row) => row.operation === operation && row.target === target && row.connections === connections);
}

/** One target's requests per second over another's, for one operation and number of connections. */
function ratio(results: BenchResults, operation: string, target: string, other: string, connections: number): number | null {
  const row = find(results, operation, target, connections);
  const baseline = find(results, operation, other, connections);
  return row && baseline && baseline.requestsPerSecond > 0 ? row.requestsPerSecond / baseline.requestsPerSecond : null;
}

/** One row per operation and connections, one column per target: requests per second and p99. */
export function summaryTable(results: BenchResults): string[] {
  const connectionLevels = [...new Set(results.loads.map((row) => row.connections))];
  const targets = [...new Set(results.loads.map((row) => row.target))];
  const reference = results.mode === "comparison" ? "apollo" : "hub";
  const compared = results.mode === "comparison" ? ["hub", "hub+cache"] : targets.filter((target) => target !== "hub");
  const lines = [
    `| operation | conns | ${targets.map((target) => `${target} req/s (p99 ms)`).join(" | ")} | ${compared.map((target) => `${target} ÷ ${reference}`).join(" | ")} |`,
    `|---|---:|${targets.map(() => "---:|").join("")}${compared.map(() => "---:|").join("")}`,
  ];
  for (const { operation } of results.profiles) {
    for (const connections of connectionLevels) {
      const cells = targets.map((target) => {
        const row = find(results, operation, target, connections);
        return row ? `${fixed(row.requestsPerSecond)} (${fixed(row.p99Ms)})` : "";
      });
      const ratios = compared.map((target) => `${fixed(ratio(results, operation, target, reference, connections) ?? NaN, 2)}x`);
      lines.push(`| ${operation} | ${connections} | ${cells.join(" | ")} | ${ratios.join(" | ")} |`);
    }
  }
  return lines;
}

export function markdown(results: BenchResults): string {
  const connectionLevels = [...new Set(results.loads.map((row) => row.connections))];
  const targets = [...new Set(results.loads.map((row) => row.target))];
  // Comparison: the hub's row against each baseline. Tuning: every row against the hub.
  const versus = results.mode === "comparison" ? ["apollo", "fan-out"] : ["hub"];
  const lines = [
    `Benchmark (${results.mode}) of ${results.startedAt}: ${results.machine.cpus} cores, Node ${results.machine.node}, ${results.machine.database}, ` +
      `${results.syntheticObservations.toLocaleString("en")} synthetic observations, ${results.durationSeconds} s per load.`,
    "",
    ...summaryTable(results),
    "",
    "Every load in full (RSS: the target process's peak resident memory during the load):",
    "",
    `| operation | conns | target | req/s | p50 ms | p99 ms | errors | RSS MB | ${versus.map((other) => `÷ ${other}`).join(" | ")} |`,
    `|---|---:|---|---:|---:|---:|---:|---:|${versus.map(() => "---:|").join("")}`,
  ];
  for (const { operation } of results.profiles) {
    for (const connections of connectionLevels) {
      for (const target of targets) {
        const row = find(results, operation, target, connections);
        if (!row) continue;
        const ratios = versus.map((other) => {
          const shown = results.mode === "comparison" ? target === "hub" : target !== "hub";
          return shown ? fixed(ratio(results, operation, target, other, connections) ?? NaN, 2) : "";
        });
        lines.push(
          `| ${operation} | ${connections} | ${target} | ${fixed(row.requestsPerSecond)} | ${fixed(row.p50Ms, 1)} | ${fixed(row.p99Ms, 1)} | ${row.errors} | ${row.peakRssMB} | ${ratios.join(" | ")} |`,
        );
      }
    }
  }
  lines.push("", "| operation | subgraph fetches | plan stages | SQL statements | fetches/SQL by subgraph |", "|---|---:|---:|---:|---|");
  for (const profile of results.profiles) {
    const bySubgraph = Object.entries(profile.bySubgraph).map(([name, counts]) => `${name} ${counts.fetches}/${counts.sqlStatements}`);
    lines.push(`| ${profile.operation} | ${profile.subgraphFetches} | ${profile.stages} | ${profile.sqlStatements} | ${bySubgraph.join(", ")} |`);
  }
  if (results.mode === "comparison") lines.push("", ...targetChecks(results).map((check) => `- ${check}`));
  return lines.join("\n") + "\n";
}

/** Issue 7's targets, each as a line that says MET or MISSED with the figure. */
export function targetChecks(results: BenchResults): string[] {
  const verdict = (met: boolean) => (met ? "MET" : "MISSED");
  const lowestRatio = (target: string) => {
    const ratios = results.profiles.flatMap(({ operation }) =>
      [...new Set(results.loads.map((row) => row.connections))].map((connections) => ({ operation, connections, value: ratio(results, operation, target, "apollo", connections) ?? 0 })),
    );
    return ratios.reduce((lowest, next) => (next.value < lowest.value ? next : lowest), ratios[0]!);
  };
  const worstRatio = lowestRatio("hub");
  const worstCachedRatio = lowestRatio("hub+cache");
  const worstP99 = (target: string) => Math.max(...results.loads.filter((row) => row.target === target && row.connections === 10).map((row) => row.p99Ms));
  const sqlOver = results.profiles.filter((profile) => profile.sqlStatements > profile.subgraphFetches);
  const peakRss = Math.max(...results.loads.filter((row) => row.target.startsWith("hub")).map((row) => row.peakRssMB));
  const { coldSeconds, warmSeconds, note } = results.startTimes;
  return [
    `${verdict(worstRatio.value >= 2)}: hub (response cache off) at least 2x @apollo/gateway's requests per second on every operation (lowest ${fixed(worstRatio.value, 2)}x, ${worstRatio.operation} at ${worstRatio.connections} connections)`,
    `${verdict(worstCachedRatio.value >= 2)}: hub as shipped (response cache on) at least 2x @apollo/gateway's requests per second on every operation (lowest ${fixed(worstCachedRatio.value, 2)}x, ${worstCachedRatio.operation} at ${worstCachedRatio.connections} connections)`,
    `${verdict(worstP99("hub") < 100)}: hub (response cache off) p99 under 100 ms at 10 connections (highest ${fixed(worstP99("hub"), 1)} ms)`,
    `${verdict(worstP99("hub+cache") < 100)}: hub as shipped p99 under 100 ms at 10 connections (highest ${fixed(worstP99("hub+cache"), 1)} ms)`,
    `${verdict(sqlOver.length === 0)}: no more SQL statements than subgraph fetches${sqlOver.length ? ` (over: ${sqlOver.map((p) => p.operation).join(", ")})` : ""}`,
    `${verdict(peakRss < 300)}: gateway RSS under 300 MB under load (peak ${peakRss} MB)`,
    coldSeconds === null || warmSeconds === null
      ? `NOT MEASURED: npm start times (${note ?? "skipped"})`
      : `${verdict(coldSeconds < 15 && warmSeconds < 5)}: npm start under 15 s cold and 5 s warm (cold ${coldSeconds} s, warm ${warmSeconds} s)`,
  ];
}
