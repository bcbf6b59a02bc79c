// The figure-with-provenance idiom every subgraph shares: the database columns of
// an observation and the resolvers that turn them into the @shareable
// Observation, Period and Source types (identical SDL in every subgraph).
import type { Connection } from "./pagination.js";

/** The document the hub's records come from. */
export const REPORT =
  "Voluntary national report on the implementation of the Global Compact for Safe, Orderly and Regular Migration in Portugal (2022)";

export interface SourceFields {
  document: string;
  reference: string;
  quote: string;
}

export function reportSource(reference: string, quote: string): SourceFields {
  return { document: REPORT, reference, quote };
}

/** Columns of an observation row, the same in every subgraph's Prisma model. */
export interface ObservationRow {
  code: string;
  label: string;
  value: number;
  unit: string;
  periodStart: string;
  periodEnd: string | null;
  periodLabel: string;
  objectiveNumber: number | null;
  sourceRef: string;
  sourceQuote: string;
  synthetic: boolean;
  /** Subgraphs that take figures through the graph keep a draft/published status. */
  status?: "DRAFT" | "PUBLISHED";
  /** Figures recorded through the graph name their own document; seeded ones come from the report. */
  sourceDocument?: string;
}

/** Resolvers for Observation's derived fields; each subgraph adds `objective`. */
export const observationFields = {
  id: (observation: ObservationRow) => observation.code,
  period: (observation: ObservationRow) => ({
    start: observation.periodStart,
    end: observation.periodEnd,
    label: observation.periodLabel,
  }),
  source: (observation: ObservationRow): SourceFields => ({
    document: observation.sourceDocument ?? REPORT,
    reference: observation.sourceRef,
    quote: observation.sourceQuote,
  }),
  status: (observation: ObservationRow) => observation.status ?? "PUBLISHED",
};

export type ObservationConnection = Connection<ObservationRow>;
