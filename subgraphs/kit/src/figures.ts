// The figure-with-provenance idiom every subgraph shares: the columns of a figure's
// row, the resolvers that turn them into the @shareable Observation, Period and
// Source types (the kit's shared SDL), and the FigureFilter of every
// `<department>Figures(filter, first, after)` as a condition on the observation table.
// In code a figure is a figure; `Observation` names only the GraphQL type and the
// table (observation) it lives in.
import type { Caller } from "./context.js";
import type { FigureFilter, FigureInput, FigureQualifier, FigureStatus, PeriodInput, PeriodKind, SourceInput } from "./generated/contract.js";
import { objectiveArgument, objectiveNumbersArgument } from "./inputRules.js";
import type { Connection } from "./pagination.js";

// The SDL's inputs, as codegen writes them from the kit's shared contract.
export type { FigureFilter, FigureInput, PeriodInput, SourceInput };

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

/** The Global Compact, which the plan adopts: the objectives' official titles and the guiding principles come from it. */
export const GLOBAL_COMPACT = "Global Compact for Safe, Orderly and Regular Migration, United Nations General Assembly resolution A/RES/73/195 (19 December 2018)";

export function compactSource(reference: string, quote: string): SourceFields {
  return { document: GLOBAL_COMPACT, reference, quote };
}

// The contract's enums, as codegen writes them from schema/shared.graphql: each a
// type and an object of its values, declared once in the SDL.
export { FigureQualifier, FigureStatus, PeriodKind } from "./generated/contract.js";

/** The period columns of a figure; all null when the report gives the figure no period. */
export interface PeriodColumns {
  periodKind: PeriodKind | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodLabel: string | null;
  /** The source's own words that state the period, in the sentence that gives the figure ("since 2020"). */
  periodQuote: string | null;
}

/** The period columns of a figure the report gives no period. */
export const NO_PERIOD: PeriodColumns = { periodKind: null, periodStart: null, periodEnd: null, periodLabel: null, periodQuote: null };

/**
 * Period columns as seeds write them, each named after how the report puts it. The
 * quote is the report's words that state the period for this figure, in the sentence
 * that gives its value; the label shows them, and is those words unless given apart.
 */
export const statedPeriod = {
  /** Counted between start and end, both included ("in 2020", "between 2019 and 2021"). */
  during: (start: string, end: string, quote: string, label = quote): PeriodColumns => ({ periodKind: "DURING", periodStart: start, periodEnd: end, periodLabel: label, periodQuote: quote }),
  /** Counted from start up to the report ("since 2020"). */
  since: (start: string, quote: string, label = quote): PeriodColumns => ({ periodKind: "SINCE", periodStart: start, periodEnd: null, periodLabel: label, periodQuote: quote }),
  /** A running total up to end, from a start the report does not give ("by the end of 2021, it had handled"). */
  upTo: (end: string, quote: string, label = quote): PeriodColumns => ({ periodKind: "UP_TO", periodStart: null, periodEnd: end, periodLabel: label, periodQuote: quote }),
  /** How things stood on the date end ("187 protocols at the end of 2021"). */
  asOf: (end: string, quote: string, label = quote): PeriodColumns => ({ periodKind: "AS_OF", periodStart: null, periodEnd: end, periodLabel: label, periodQuote: quote }),
};

/**
 * Columns of an observation row, the same in every subgraph's Prisma model. A seed
 * writes them as its own model's create input (Prisma.ObservationCreateManyInput).
 */
export interface FigureRow extends PeriodColumns {
  /** Prefixed with the subgraph name: "border.…". */
  code: string;
  label: string;
  value: number;
  unit: string;
  /** How the report's sentence qualifies the value ("over", "around"); EXACT when it does not. */
  qualifier: FigureQualifier;
  objectiveNumber: number | null;
  /** Human-readable citation, e.g. "Section II, Objective 9". */
  sourceRef: string;
  /** Verbatim excerpt of the report that gives the figure. */
  sourceQuote: string;
  synthetic: boolean;
  /** Subgraphs that take figures through the graph keep a draft/published status. */
  status?: FigureStatus;
  /** Figures recorded through the graph name their own document; seeded ones come from the report. */
  sourceDocument?: string;
}

/** A figure's period as the schema's FigurePeriod, null when the report gives none. */
export function figurePeriod(row: PeriodColumns) {
  if (row.periodKind === null) return null;
  return { kind: row.periodKind, start: row.periodStart, end: row.periodEnd, label: row.periodLabel ?? "", quote: row.periodQuote };
}

/**
 * The deprecated Period for clients that have not moved to statedPeriod: only a period
 * with both its ends known (DURING), or a start and no end (SINCE). Null otherwise: a
 * figure the report gives no period, and a running total or a standing (UP_TO, AS_OF)
 * whose start the report does not give, which Period (start required) cannot say
 * without inventing one.
 */
export function deprecatedPeriod(row: PeriodColumns): { start: string; end: string | null; label: string } | null {
  if (row.periodKind === null || row.periodStart === null) return null;
  return { start: row.periodStart, end: row.periodEnd, label: row.periodLabel ?? "" };
}

/** Resolvers for Observation's derived fields; each subgraph adds `objective`. */
export const figureFields = {
  id: (observation: FigureRow) => observation.code,
  period: deprecatedPeriod,
  statedPeriod: figurePeriod,
  source: (observation: FigureRow): SourceFields => ({
    document: observation.sourceDocument ?? REPORT,
    reference: observation.sourceRef,
    quote: observation.sourceQuote,
  }),
  status: (observation: FigureRow) => observation.status ?? "PUBLISHED",
};

export type ObservationConnection = Connection<FigureRow>;

/** Columns of the observation table the filter constrains (a Prisma where input). */
export interface FigureWhere {
  objectiveNumber?: number | { in: number[] };
  pandemicResponse?: boolean;
  /** Always set: the report's figures unless the filter asks for the synthetic volume. */
  synthetic: boolean;
}

export function figureWhere(filter: FigureFilter | null | undefined): FigureWhere {
  const where: FigureWhere = { synthetic: filter?.synthetic ?? false };
  if (filter?.objective != null) where.objectiveNumber = objectiveArgument("filter.objective", filter.objective);
  if (filter?.objectives != null) {
    // With `objective` too, both hold: the one objective, if it is among them.
    const numbers = objectiveNumbersArgument("filter.objectives", filter.objectives, { optional: true });
    where.objectiveNumber = { in: filter.objective != null ? numbers.filter((number) => number === filter.objective) : numbers };
  }
  if (filter?.pandemicResponse != null) where.pandemicResponse = filter.pandemicResponse;
  return where;
}

/**
 * The figures a caller sees through loaders (objective dashboards, the figures of a
 * record, one figure by id): the report's, never the synthetic benchmark volume; drafts
 * only for the department that recorded them, published figures for everyone else.
 * A figure page lets its filter decide `synthetic` by spreading figureWhere after this.
 */
export function visibleFigures(caller: Caller | null, department: string): { synthetic: false; status?: "PUBLISHED" } {
  return caller?.subgraph === department ? { synthetic: false } : { synthetic: false, status: "PUBLISHED" };
}
