// The figures every department exposes as `<department>Figures(filter, first, after)`:
// the FigureFilter input turned into a condition on the observation table.
import type { Caller } from "./context.js";
import { badUserInput } from "./errors.js";
import { FigureQualifier, NO_PERIOD, PeriodKind, type FigureSeed, type PeriodColumns } from "./figureFields.js";
import type { FigureFilter, FigureInput, PeriodInput, SourceInput } from "./generated/contract.js";
import { assertObjectiveNumber, initiativeArgument, objectiveArgument, objectiveNumbersArgument } from "./references.js";

// The SDL's inputs, as codegen writes them from the kit's shared contract.
export type { FigureFilter, FigureInput, PeriodInput, SourceInput };

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

const QUALIFIERS: readonly FigureQualifier[] = Object.values(FigureQualifier);
const PERIOD_KINDS: readonly PeriodKind[] = Object.values(PeriodKind);

/** The columns a valid FigureInput fills: a seeded figure's, with its own document. */
export interface FigureColumns extends Omit<FigureSeed, "code"> {
  sourceDocument: string;
  pandemicResponse: boolean;
}

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Trimmed text that must not be empty nor longer than `max`; BAD_USER_INPUT naming `argument` otherwise. */
export function requiredText(argument: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badUserInput(argument, "must not be empty");
  if (trimmed.length > max) throw badUserInput(argument, `must be at most ${max} characters, got ${trimmed.length}`);
  return trimmed;
}

/** The source a new record or figure cites (its SourceInput), checked: document, reference and a verbatim quote. */
export function sourceColumns(argument: string, source: SourceInput) {
  return {
    sourceDocument: requiredText(`${argument}.document`, source.document, 300),
    sourceRef: requiredText(`${argument}.reference`, source.reference, 200),
    sourceQuote: requiredText(`${argument}.quote`, source.quote, 2000),
  };
}

/** The columns a department's record ends with: the plan initiative it details (when it names one) and its source. */
export function initiativeAndSourceColumns(
  argument: string,
  input: { initiative?: string | null; source: SourceInput },
  initiativeExample: string,
) {
  return { initiativeCode: initiativeArgument(`${argument}.initiative`, input.initiative, initiativeExample), ...sourceColumns(`${argument}.source`, input.source) };
}

function partialDate(argument: string, value: string): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) throw badUserInput(argument, `must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  if (match[3] && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw badUserInput(argument, `is not a calendar date: "${value}"`);
  return value;
}

/** Which dates each kind of period takes: both, the start only, or the end only. */
const PERIOD_DATES: Record<PeriodKind, { start: boolean; end: boolean; reads: string }> = {
  DURING: { start: true, end: true, reads: "between a start and an end" },
  SINCE: { start: true, end: false, reads: "from a start up to the report" },
  UP_TO: { start: false, end: true, reads: "a running total up to an end, with no known start" },
  AS_OF: { start: false, end: true, reads: "how things stood on an end date" },
};

function periodDate(argument: string, kind: PeriodKind, value: string | null | undefined, required: boolean): string | null {
  if (required && value == null) throw badUserInput(argument, `is required when the period is ${kind} (${PERIOD_DATES[kind].reads})`);
  if (!required && value != null) throw badUserInput(argument, `must be omitted when the period is ${kind} (${PERIOD_DATES[kind].reads}), got "${value}"`);
  return value == null ? null : partialDate(argument, value);
}

/** Checks a PeriodInput; a period without a kind reads as before kinds existed: start..end, or since start. */
export function periodColumns(argument: string, period: PeriodInput | null | undefined): PeriodColumns {
  if (period == null) return NO_PERIOD;
  const kind = period.kind ?? (period.end == null ? "SINCE" : "DURING");
  if (!PERIOD_KINDS.includes(kind)) throw badUserInput(`${argument}.kind`, `must be one of ${PERIOD_KINDS.join(", ")}, got "${kind}"`);
  const start = periodDate(`${argument}.start`, kind, period.start, PERIOD_DATES[kind].start);
  const end = periodDate(`${argument}.end`, kind, period.end, PERIOD_DATES[kind].end);
  if (start !== null && end !== null && end.padEnd(10, "-99") < start) {
    throw badUserInput(`${argument}.end`, `must not be before the start (${start}), got ${end}`);
  }
  return { periodKind: kind, periodStart: start, periodEnd: end, periodLabel: requiredText(`${argument}.label`, period.label, 100) };
}

function qualifierArgument(argument: string, qualifier: FigureQualifier | null | undefined): FigureQualifier {
  if (qualifier == null) return "EXACT";
  if (!QUALIFIERS.includes(qualifier)) throw badUserInput(argument, `must be one of ${QUALIFIERS.join(", ")}, got "${qualifier}"`);
  return qualifier;
}

/** Checks a FigureInput field by field; throws BAD_USER_INPUT naming the first bad field. */
export function figureColumns(input: FigureInput, argument = "input"): FigureColumns {
  const unit = requiredText(`${argument}.unit`, input.unit, 50);
  if (!Number.isFinite(input.value)) throw badUserInput(`${argument}.value`, "must be a finite number");
  if (input.value < 0) throw badUserInput(`${argument}.value`, `must not be negative (figures are counts, amounts or shares), got ${input.value}`);
  if (unit === "percent" && input.value > 100) throw badUserInput(`${argument}.value`, `is a percentage and must be at most 100, got ${input.value}`);
  const qualifier = qualifierArgument(`${argument}.qualifier`, input.qualifier);
  const period = periodColumns(`${argument}.period`, input.period);
  if (input.objective != null) assertObjectiveNumber(`${argument}.objective`, input.objective);
  return {
    label: requiredText(`${argument}.label`, input.label, 300),
    value: input.value,
    unit,
    qualifier,
    ...period,
    objectiveNumber: input.objective ?? null,
    ...sourceColumns(`${argument}.source`, input.source),
    pandemicResponse: input.pandemicResponse ?? false,
  };
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
