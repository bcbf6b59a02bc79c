// The figures sheet: every published figure across the departments, one row each, from
// the hub's own trusted operation FigureSheet (gateway/src/operations/FigureSheet.graphql)
// run through the gateway like any export. Filters by department, objective and year; the
// column order is FIGURE_COLUMNS (docs/analysts.md lists it).
import type { FigureSheetQuery, SheetFigureFragment } from "../../../schema/generated/graphql.js";
import type { Cell, Row, Sheet } from "./exportFormats.js";

export const FIGURE_SHEET_OPERATION = "FigureSheet";

/** The departments, by the name a caller filters on, with the FigureSheet field that gives their figures. */
export const FIGURE_DEPARTMENTS = {
  plan: "planFigures",
  border: "borderFigures",
  integration: "integrationFigures",
  diaspora: "diasporaFigures",
  labour: "labourFigures",
  social: "socialProtectionFigures",
} as const;
export type Department = keyof typeof FIGURE_DEPARTMENTS;

export const FIGURE_COLUMNS = [
  "department",
  "objective",
  "objectiveTitle",
  "id",
  "label",
  "value",
  "unit",
  "qualifier",
  "periodKind",
  "periodStart",
  "periodEnd",
  "periodLabel",
  "periodQuote",
  "sourceReference",
  "sourceQuote",
] as const;

/** What a figure's period label reads when the report gives the figure no period (statedPeriod null), as the dashboard shows it. */
export const NO_PERIOD_GIVEN = "no period given";

/** The year the report speaks from: a SINCE period runs up to it. */
const REPORT_YEAR = 2022;

/** A figure as FigureSheet selects it (the type codegen writes for its fragment). */
export type SheetFigure = SheetFigureFragment;
export type FigureSheetData = FigureSheetQuery;

export interface FigureFilters {
  departments: ReadonlySet<Department>;
  objectives: ReadonlySet<number> | null;
  year: number | null;
}

/** Why the query string is refused: the parameter and what it must be. */
export class FigureFilterError extends Error {}

const PARAMETERS = ["department", "objective", "year"];

export function figureFilters(parameters: URLSearchParams, reserved: readonly string[]): FigureFilters {
  for (const name of parameters.keys()) {
    if (!PARAMETERS.includes(name) && !reserved.includes(name)) {
      throw new FigureFilterError(`Unknown parameter "${name}"; the figures sheet filters by: ${PARAMETERS.join(", ")} (and ${reserved.map((other) => `"${other}"`).join(", ")})`);
    }
  }
  const known = Object.keys(FIGURE_DEPARTMENTS) as Department[];
  const asked = parameters.getAll("department");
  for (const department of asked) {
    if (!known.includes(department as Department)) throw new FigureFilterError(`Unknown department "${department}"; the departments are: ${known.join(", ")}`);
  }
  const objectives = parameters.getAll("objective").map((text) => {
    if (!/^\d{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 23) throw new FigureFilterError(`Parameter "objective" must be an objective's number, 1 to 23, got "${text}"`);
    return Number(text);
  });
  const years = parameters.getAll("year");
  if (years.length > 1) throw new FigureFilterError(`Parameter "year" is given ${years.length} times; give one year`);
  if (years[0] !== undefined && !/^\d{4}$/.test(years[0])) throw new FigureFilterError(`Parameter "year" must be a year such as 2021, got "${years[0]}"`);
  return {
    departments: new Set(asked.length > 0 ? (asked as Department[]) : known),
    objectives: objectives.length > 0 ? new Set(objectives) : null,
    year: years[0] === undefined ? null : Number(years[0]),
  };
}

/** FigureSheet's variables: one flag per department, and the cursors of the pages still to read. */
export function figureSheetVariables(filters: FigureFilters, cursors: ReadonlyMap<Department, string> | null): Record<string, boolean | string> {
  const variables: Record<string, boolean | string> = {};
  for (const department of Object.keys(FIGURE_DEPARTMENTS) as Department[]) {
    variables[department] = cursors === null ? filters.departments.has(department) : cursors.has(department);
    const cursor = cursors?.get(department);
    if (cursor !== undefined) variables[`${department}After`] = cursor;
  }
  return variables;
}

/** Each department's figures on this page, and the cursor of its next page where there is one. */
export function figurePage(data: FigureSheetData): { figures: Map<Department, SheetFigure[]>; next: Map<Department, string> } {
  const figures = new Map<Department, SheetFigure[]>();
  const next = new Map<Department, string>();
  for (const [department, field] of Object.entries(FIGURE_DEPARTMENTS) as [Department, keyof FigureSheetData][]) {
    const answer = data[field];
    if (answer === undefined || answer === null) continue;
    if (Array.isArray(answer)) {
      figures.set(department, answer);
      continue;
    }
    figures.set(department, answer.edges.map((edge) => edge.node));
    if (answer.pageInfo.hasNextPage && answer.pageInfo.endCursor !== null) next.set(department, answer.pageInfo.endCursor);
  }
  return { figures, next };
}

/** The years a stated period touches: SINCE runs to the report's year, UP_TO from any year before its end, AS_OF is its end alone. */
function touchesYear(period: SheetFigure["statedPeriod"], year: number): boolean {
  if (period === null) return false;
  const yearOf = (date: string | null) => (date === null ? null : Number(date.slice(0, 4)));
  const end = yearOf(period.end) ?? (period.kind === "SINCE" ? REPORT_YEAR : null);
  const start = yearOf(period.start) ?? (period.kind === "UP_TO" ? Number.NEGATIVE_INFINITY : end);
  return start !== null && end !== null && start <= year && year <= end;
}

function kept(figure: SheetFigure, filters: FigureFilters): boolean {
  if (figure.status !== "PUBLISHED") return false;
  if (filters.objectives !== null && (figure.objective === null || !filters.objectives.has(figure.objective.number))) return false;
  return filters.year === null || touchesYear(figure.statedPeriod, filters.year);
}

function figureRow(department: Department, figure: SheetFigure): Row {
  const cells: Record<(typeof FIGURE_COLUMNS)[number], Cell> = {
    department,
    objective: figure.objective?.number ?? null,
    objectiveTitle: figure.objective?.title ?? null,
    id: figure.id,
    label: figure.label,
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    // A figure the report gives no period: its label says so, the other period cells are empty.
    periodKind: figure.statedPeriod?.kind ?? null,
    periodStart: figure.statedPeriod?.start ?? null,
    periodEnd: figure.statedPeriod?.end ?? null,
    periodLabel: figure.statedPeriod?.label ?? NO_PERIOD_GIVEN,
    periodQuote: figure.statedPeriod?.quote ?? null,
    sourceReference: figure.source.reference,
    sourceQuote: figure.source.quote,
  };
  return new Map(Object.entries(cells));
}

/** The figures sheet, departments in FIGURE_DEPARTMENTS's order, each department's figures in its own order (by id). */
export function figureSheet(figures: ReadonlyMap<Department, readonly SheetFigure[]>, filters: FigureFilters): { sheet: Sheet; figures: SheetFigure[] } {
  const rows: Row[] = [];
  const exported: SheetFigure[] = [];
  for (const department of Object.keys(FIGURE_DEPARTMENTS) as Department[]) {
    for (const figure of figures.get(department) ?? []) {
      if (!kept(figure, filters)) continue;
      rows.push(figureRow(department, figure));
      exported.push(figure);
    }
  }
  return { sheet: { name: "figures", columns: FIGURE_COLUMNS, rows }, figures: exported };
}
