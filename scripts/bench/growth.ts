// Cost as data grows: one department's observation table (border's) grown to each size
// in turn, and at each size the requests a user makes timed through the gateway: the
// first page of the synthetic figures, the page 1,000 pages deep (keyset cursor), the
// first page with totalCount, totalCount alone, an objective dashboard, and the export
// of border's pandemic-response figures. Prints the curve and which measurement grows.
import { encodeCursor } from "@gcm-hub/kit";
import type { GoldenOperation } from "@gcm-hub/test-support/goldenOperations";
import { syntheticCode } from "@gcm-hub/test-support/syntheticVolume";

export const GROWTH_DEPARTMENT = "border";
const PAGE_SIZE = 10;
const DEEP_PAGE = 1_000;
const WARM_UPS = 3;
const TIMED = 15;

export interface GrowthRow {
  observations: number;
  measurement: string;
  medianMs: number;
  p90Ms: number;
}

interface Measurement {
  name: string;
  send(): Promise<void>;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

/** The requests timed at each size, against a gateway that accepts query text (TRUSTED_OPERATIONS_ONLY=false). */
function measurements(gatewayUrl: string, dashboard: GoldenOperation): Measurement[] {
  const graphql = (query: string, variables: Record<string, unknown> = {}) => async () => {
    const response = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: unknown[] };
    if (response.status !== 200 || body.errors) throw new Error(`${response.status} ${JSON.stringify(body.errors)}`);
  };
  const page = `query($after: String) { borderFigures(filter: { synthetic: true }, first: ${PAGE_SIZE}, after: $after) { edges { node { id label value } } pageInfo { endCursor hasNextPage } } }`;
  // Page 1,000 starts after row 9,990: its cursor is that row's code (keyset, not an offset).
  const deepCursor = encodeCursor(syntheticCode(GROWTH_DEPARTMENT, (DEEP_PAGE - 1) * PAGE_SIZE));
  const exportUrl = new URL("/export/PandemicResponse.csv?list=borderFigures.edges", gatewayUrl).href;
  return [
    { name: "first page", send: graphql(page) },
    { name: `page ${DEEP_PAGE.toLocaleString("en")}`, send: graphql(page, { after: deepCursor }) },
    { name: "first page + totalCount", send: graphql(page.replace("pageInfo", "totalCount pageInfo")) },
    { name: "totalCount", send: graphql(`{ borderFigures(filter: { synthetic: true }, first: 1) { totalCount } }`) },
    { name: "objective dashboard", send: graphql(dashboard.document) },
    {
      name: "export (border's figures, CSV)",
      send: async () => {
        const response = await fetch(exportUrl);
        const text = await response.text();
        if (response.status !== 200) throw new Error(`export ${response.status}: ${text.slice(0, 200)}`);
      },
    },
  ];
}

async function time(measurement: Measurement): Promise<{ medianMs: number; p90Ms: number }> {
  for (let index = 0; index < WARM_UPS; index += 1) await measurement.send();
  const samples: number[] = [];
  for (let index = 0; index < TIMED; index += 1) {
    const started = performance.now();
    await measurement.send();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: percentile(samples, 0.5), p90Ms: percentile(samples, 0.9) };
}

/** Grows the table to each size (ascending) and times every measurement there, one request at a time. */
export async function measureGrowth(options: {
  gatewayUrl: string;
  control: string;
  sizes: number[];
  dashboard: GoldenOperation;
  progress: (message: string) => void;
}): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  for (const size of [...options.sizes].sort((a, b) => a - b)) {
    const started = performance.now();
    const grown = await fetch(new URL(`/grow?department=${GROWTH_DEPARTMENT}&total=${size}`, options.control), { method: "POST" });
    if (grown.status !== 200) throw new Error(`growing ${GROWTH_DEPARTMENT} to ${size}: ${await grown.text()}`);
    options.progress(`${GROWTH_DEPARTMENT} has ${size.toLocaleString("en")} synthetic observations (loaded in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    for (const measurement of measurements(options.gatewayUrl, options.dashboard)) {
      const timing = await time(measurement);
      rows.push({ observations: size, measurement: measurement.name, ...timing });
      options.progress(`  ${measurement.name.padEnd(32)} median ${timing.medianMs.toFixed(1).padStart(7)} ms  p90 ${timing.p90Ms.toFixed(1).padStart(7)} ms`);
    }
  }
  return rows;
}

/** A growth factor above this, over the sizes measured, says the measurement grows with the table. */
const GROWS_ABOVE = 3;

export function growthTable(rows: GrowthRow[]): string[] {
  const sizes = [...new Set(rows.map((row) => row.observations))].sort((a, b) => a - b);
  const names = [...new Set(rows.map((row) => row.measurement))];
  const lines = [
    `| measurement (median ms, one request at a time) | ${sizes.map((size) => `${size.toLocaleString("en")} obs.`).join(" | ")} | largest ÷ smallest | grows? |`,
    `|---|${sizes.map(() => "---:|").join("")}---:|---|`,
  ];
  const growing: string[] = [];
  for (const name of names) {
    const cells = sizes.map((size) => rows.find((row) => row.observations === size && row.measurement === name)!.medianMs);
    const factor = cells.at(-1)! / cells[0]!;
    const sizeFactor = sizes.at(-1)! / sizes[0]!;
    if (factor > GROWS_ABOVE) growing.push(name);
    const verdict = factor > GROWS_ABOVE ? `GROWS (${factor.toFixed(0)}x for ${sizeFactor.toFixed(0)}x the rows)` : "flat";
    lines.push(`| ${name} | ${cells.map((ms) => ms.toFixed(1)).join(" | ")} | ${factor.toFixed(2)}x | ${verdict} |`);
  }
  // An exact count reads every matching row, so it may grow; it is bounded by running only when selected.
  const needless = growing.filter((name) => !name.includes("totalCount"));
  lines.push(
    "",
    `- ${needless.length === 0 ? "MET" : "MISSED"}: nothing grows with the table except an exact totalCount, counted only when selected${needless.length === 0 ? "" : ` (also growing: ${needless.join(", ")})`}`,
  );
  return lines;
}
