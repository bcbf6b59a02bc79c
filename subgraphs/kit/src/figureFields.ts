// The figure-with-provenance idiom every subgraph shares: the columns of a figure's
// row and the resolvers that turn them into the @shareable Observation, Period and
// Source types (identical SDL in every subgraph). In code a figure is a figure;
// `Observation` names only the GraphQL type and the table (observation) it lives in.
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

/** A figure as a subgraph seeds it from the report: the columns every observation table has. */
export interface FigureSeed {
  /** Prefixed with the subgraph name: "border.…". */
  code: string;
  label: string;
  value: number;
  unit: string;
  periodStart: string;
  periodEnd: string | null;
  periodLabel: string;
  objectiveNumber: number | null;
  /** Human-readable citation, e.g. "Section II, Objective 9". */
  sourceRef: string;
  /** Verbatim excerpt of the report that gives the figure. */
  sourceQuote: string;
}

/** Columns of an observation row, the same in every subgraph's Prisma model. */
export interface FigureRow extends FigureSeed {
  synthetic: boolean;
  /** Subgraphs that take figures through the graph keep a draft/published status. */
  status?: "DRAFT" | "PUBLISHED";
  /** Figures recorded through the graph name their own document; seeded ones come from the report. */
  sourceDocument?: string;
}

/** Resolvers for Observation's derived fields; each subgraph adds `objective`. */
export const figureFields = {
  id: (observation: FigureRow) => observation.code,
  period: (observation: FigureRow) => ({
    start: observation.periodStart,
    end: observation.periodEnd,
    label: observation.periodLabel,
  }),
  source: (observation: FigureRow): SourceFields => ({
    document: observation.sourceDocument ?? REPORT,
    reference: observation.sourceRef,
    quote: observation.sourceQuote,
  }),
  status: (observation: FigureRow) => observation.status ?? "PUBLISHED",
};

export type ObservationConnection = Connection<FigureRow>;
