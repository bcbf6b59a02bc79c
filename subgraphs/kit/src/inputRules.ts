// The input rules: every check of a client's input, in one place. Each takes the
// argument's path (input.source.quote, filter.objectives[2]) and refuses a bad value
// with a BAD_USER_INPUT that names it, before any SQL runs. Keys of plan's entities
// (objectives, countries, codes) follow the one rule references.ts states; a figure's
// input becomes the columns of its row (figureColumns).
import { badUserInput } from "./errors.js";
import { NO_PERIOD, type FigureRow, type PeriodColumns } from "./figures.js";
import { FigureQualifier, PeriodKind, type FigureInput, type PeriodInput, type SourceInput } from "./generated/contract.js";
import { CODE_KEY, isObjectiveNumber, OBJECTIVE_COUNT } from "./references.js";

/**
 * The columns a write of a table takes, from a seed or from a checked input: Prisma's
 * create input of the table (`Columns<Prisma.XCreateManyInput>`), a list column a plain
 * array (Prisma also takes `{ set: [...] }`, which neither ever gives).
 */
export type Columns<CreateInput> = { [Column in keyof CreateInput]: Exclude<CreateInput[Column], { set: unknown }> };

/** The objective number an argument gives, checked (BAD_USER_INPUT naming the argument otherwise). */
export function objectiveArgument(argument: string, number: number): number {
  assertObjectiveNumber(argument, number);
  return number;
}

/**
 * The objectives a record works towards, each from 1 to 23 and named once, sorted; at
 * least one unless `optional` (a record that may be linked to objectives later).
 */
export function objectiveNumbersArgument(argument: string, numbers: readonly number[], { optional = false } = {}): number[] {
  if (!optional && numbers.length === 0) throw badUserInput(argument, `must name at least one objective (1 to ${OBJECTIVE_COUNT})`);
  numbers.forEach((number, index) => assertObjectiveNumber(`${argument}[${index}]`, number));
  const repeated = numbers.findIndex((number, index) => numbers.indexOf(number) !== index);
  if (repeated !== -1) throw badUserInput(`${argument}[${repeated}]`, `repeats objective ${numbers[repeated]}; give each once`);
  return [...numbers].sort((a, b) => a - b);
}

/** The plan initiative a record details, when it names one: a code, or null. */
export function initiativeArgument(argument: string, code: string | null | undefined, example: string): string | null {
  return code == null ? null : codeArgument(argument, code, example);
}

export function assertObjectiveNumber(argument: string, number: number): void {
  if (!isObjectiveNumber(number)) {
    throw badUserInput(argument, `must be an objective number from 1 to ${OBJECTIVE_COUNT}, got ${number}`);
  }
}

/** The longest code a record or plan entity may have. */
export const CODE_MAX = 60;
// Assigned ISO 3166-1 codes are the regions ICU can name; a well-formed but unassigned code (XX) has no name.
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** A code as an argument gives it (a new record's, or a key of plan's): the one rule for codes, checked. */
export function codeArgument(argument: string, value: string, example: string): string {
  if (!CODE_KEY.test(value) || value.length > CODE_MAX) {
    throw badUserInput(argument, `must be upper-case letters, digits and '_', starting with a letter, at most ${CODE_MAX} characters (for example ${example}), got "${value}"`);
  }
  return value;
}

/** An assigned ISO 3166-1 alpha-2 country code, upper-cased; a well-formed but unassigned code (XX) is refused. */
export function assignedCountryIso(argument: string, value: string): string {
  const iso = countryIso(argument, value);
  if (regionNames.of(iso) === undefined) throw badUserInput(argument, `is not an assigned ISO 3166-1 alpha-2 country code, got "${value}"`);
  return iso;
}

/** An ISO 3166-1 alpha-2 code, upper-cased; anything else is refused. */
export function countryIso(argument: string, iso: string): string {
  if (!/^[A-Za-z]{2}$/.test(iso)) throw badUserInput(argument, `must be an ISO 3166-1 alpha-2 country code (two letters), got "${iso}"`);
  return iso.toUpperCase();
}

const QUALIFIERS: readonly FigureQualifier[] = Object.values(FigureQualifier);
const PERIOD_KINDS: readonly PeriodKind[] = Object.values(PeriodKind);

/** The columns a valid FigureInput fills: a figure's row but its code and status, with its own document. */
export interface FigureColumns extends Omit<FigureRow, "code" | "synthetic" | "status" | "sourceDocument"> {
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
  const quote = period.quote == null ? null : requiredText(`${argument}.quote`, period.quote, 100);
  return { periodKind: kind, periodStart: start, periodEnd: end, periodLabel: requiredText(`${argument}.label`, period.label, 100), periodQuote: quote };
}

/** A period's quote is the source's own words: it must lie in the figure's source quote. */
function assertPeriodQuoted(argument: string, period: PeriodColumns, sourceQuote: string): void {
  if (period.periodQuote !== null && !sourceQuote.includes(period.periodQuote)) {
    throw badUserInput(`${argument}.period.quote`, `must be words of ${argument}.source.quote (the source's own words for the period), got "${period.periodQuote}"`);
  }
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
  const source = sourceColumns(`${argument}.source`, input.source);
  assertPeriodQuoted(argument, period, source.sourceQuote);
  return {
    label: requiredText(`${argument}.label`, input.label, 300),
    value: input.value,
    unit,
    qualifier,
    ...period,
    objectiveNumber: input.objective ?? null,
    ...source,
    pandemicResponse: input.pandemicResponse ?? false,
  };
}
