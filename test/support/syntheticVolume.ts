// Synthetic volume for benchmarks: generated observations, each marked synthetic, in a
// department's own observation table. They are spread over 308 numbered municipalities
// (never real names) and the 60 months of 2017-2021, on the objectives the department's
// report figures already cover. Codes are deterministic, so loading again adds nothing.
import type { SubgraphDatabase } from "@gcm-hub/kit";

/** The department subgraphs whose observation tables take synthetic volume. */
export const SYNTHETIC_DEPARTMENTS = ["border", "integration", "diaspora", "labour", "social"] as const;

/** What each department's synthetic figures count, in people. */
const COUNTED: Record<(typeof SYNTHETIC_DEPARTMENTS)[number], string> = {
  border: "people granted a residence permit",
  integration: "people served by migrant support centres",
  diaspora: "people served by consular offices",
  labour: "workers covered by labour inspections",
  social: "people registered with social security",
};

const MUNICIPALITIES = 308;
const MONTHS = 60;

/** Synthetic observation n's code (from 1): six digits up to 999,999, then the number itself. */
export function syntheticCode(subgraph: string, n: number): string {
  return `SYN_${subgraph.toUpperCase()}_${n < 1_000_000 ? String(n).padStart(6, "0") : String(n)}`;
}

/** Inserts synthetic observations `from` (default 1) to `count` into `"<subgraph>".observation`; returns how many were new. */
export async function loadSyntheticObservations(database: SubgraphDatabase, subgraph: string, count: number, from = 1): Promise<number> {
  if (!Object.hasOwn(COUNTED, subgraph)) throw new Error(`"${subgraph}" takes no synthetic volume; one of ${SYNTHETIC_DEPARTMENTS.join(", ")}`);
  const counted = COUNTED[subgraph as keyof typeof COUNTED];
  return database.withSession(async (session) => {
    const covered = await session.query<{ objective_number: number }>(
      `SELECT DISTINCT objective_number FROM "${subgraph}".observation
        WHERE synthetic = false AND objective_number IS NOT NULL ORDER BY objective_number`,
    );
    // A department with no objective figures gets figures on no objective ({NULL}).
    const objectives = `{${covered.rows.map((row) => row.objective_number).join(",") || "NULL"}}`;
    // Row n (from 1): municipality 001-308 in turn, then the next month (60 from 2017-01),
    // the covered objectives in turn, a pandemic-response figure one time in ten, a
    // pseudo-random value from n.
    const inserted = await session.query(
      `INSERT INTO "${subgraph}".observation
         (code, label, value, unit, period_kind, period_start, period_end, period_label, objective_number,
          pandemic_response, synthetic, status, source_ref, source_quote, source_document)
       SELECT $1::text || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END,
              'Synthetic: ' || $2::text || ' in municipality ' || municipality || ', ' || month,
              n::bigint * 7919 % 4999 + 1, 'people', 'DURING', month, month, month,
              ($3::int[])[n % cardinality($3::int[]) + 1],
              n % 10 = 0, true, 'PUBLISHED', 'synthetic',
              'Synthetic benchmark volume; not from the report.', 'GCM Hub synthetic benchmark volume'
         FROM (SELECT n,
                      lpad(((n - 1) % ${MUNICIPALITIES} + 1)::text, 3, '0') AS municipality,
                      to_char(date '2017-01-01' + ((n - 1) / ${MUNICIPALITIES} % ${MONTHS}) * interval '1 month', 'YYYY-MM') AS month
                 FROM generate_series($5::int, $4::int) AS n) AS spread
       ON CONFLICT (code) DO NOTHING
       RETURNING code`,
      [`SYN_${subgraph.toUpperCase()}_`, counted, objectives, count, from],
    );
    return inserted.rows.length;
  });
}
