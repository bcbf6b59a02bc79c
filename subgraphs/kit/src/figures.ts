// The figures every department exposes as `<department>Figures(filter, first, after)`:
// the FigureFilter input turned into a condition on the observation table.
import type { Caller } from "./context.js";
import { badUserInput } from "./errors.js";
import type { FigureSeed } from "./figureFields.js";
import { assertObjectiveNumber, initiativeArgument, objectiveArgument } from "./references.js";

export interface FigureFilter {
  objective?: number | null;
  pandemicResponse?: boolean | null;
  synthetic?: boolean | null;
}

/** Columns of the observation table the filter constrains (a Prisma where input). */
export interface FigureWhere {
  objectiveNumber?: number;
  pandemicResponse?: boolean;
  /** Always set: the report's figures unless the filter asks for the synthetic volume. */
  synthetic: boolean;
}

export function figureWhere(filter: FigureFilter | null | undefined): FigureWhere {
  const where: FigureWhere = { synthetic: filter?.synthetic ?? false };
  if (filter?.objective != null) where.objectiveNumber = objectiveArgument("filter.objective", filter.objective);
  if (filter?.pandemicResponse != null) where.pandemicResponse = filter.pandemicResponse;
  return where;
}

/** A figure as a department records or corrects it (the FigureInput of the SDL). */
export interface FigureInput {
  label: string;
  value: number;
  unit: string;
  period: { start: string; end?: string | null; label: string };
  objective?: number | null;
  source: { document: string; reference: string; quote: string };
  pandemicResponse?: boolean | null;
}

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
export function sourceColumns(argument: string, source: { document: string; reference: string; quote: string }) {
  return {
    sourceDocument: requiredText(`${argument}.document`, source.document, 300),
    sourceRef: requiredText(`${argument}.reference`, source.reference, 200),
    sourceQuote: requiredText(`${argument}.quote`, source.quote, 2000),
  };
}

/** The columns a department's record ends with: the plan initiative it details (when it names one) and its source. */
export function initiativeAndSourceColumns(
  argument: string,
  input: { initiative?: string | null; source: { document: string; reference: string; quote: string } },
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

/** Checks a FigureInput field by field; throws BAD_USER_INPUT naming the first bad field. */
export function figureColumns(input: FigureInput, argument = "input"): FigureColumns {
  const unit = requiredText(`${argument}.unit`, input.unit, 50);
  if (!Number.isFinite(input.value)) throw badUserInput(`${argument}.value`, "must be a finite number");
  if (input.value < 0) throw badUserInput(`${argument}.value`, `must not be negative (figures are counts, amounts or shares), got ${input.value}`);
  if (unit === "percent" && input.value > 100) throw badUserInput(`${argument}.value`, `is a percentage and must be at most 100, got ${input.value}`);
  const periodStart = partialDate(`${argument}.period.start`, input.period.start);
  const periodEnd = input.period.end == null ? null : partialDate(`${argument}.period.end`, input.period.end);
  if (periodEnd !== null && periodEnd.padEnd(10, "-99") < periodStart) {
    throw badUserInput(`${argument}.period.end`, `must not be before the start (${periodStart}), got ${periodEnd}`);
  }
  if (input.objective != null) assertObjectiveNumber(`${argument}.objective`, input.objective);
  return {
    label: requiredText(`${argument}.label`, input.label, 300),
    value: input.value,
    unit,
    periodStart,
    periodEnd,
    periodLabel: requiredText(`${argument}.period.label`, input.period.label, 100),
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
