// The objectives page: charts, then every objective with each department's figures.
import { DashboardObjectivesDocument, type DashboardFigureFragment, type DashboardObjectivesQuery } from "../../../schema/generated/graphql.js";
import { figureValues, figuresOverPeriods, figuresPerDepartment, figuresPerObjective } from "./charts.js";
import { DEPARTMENTS, FIGURE_FIELDS, departmentName } from "./departments.js";
import { countOf, h, periodLabel, qualified } from "./dom.js";
import { runTrusted, type Answer } from "./hubClient.js";
import { problems } from "./problems.js";

export interface Figure extends DashboardFigureFragment {
  department: string;
}

export interface ObjectiveFigures {
  number: number;
  title: string;
  figures: Figure[];
  /** Departments whose figures on this objective could not be read. */
  unavailable: string[];
}

type Objective = NonNullable<DashboardObjectivesQuery["objectives"]>[number];

function objectiveFigures(objective: Objective, missing: Answer<unknown>["missing"]): ObjectiveFigures {
  const figures: Figure[] = [];
  const unavailable: string[] = [];
  for (const department of DEPARTMENTS) {
    const list = objective[FIGURE_FIELDS[department.subgraph as keyof typeof FIGURE_FIELDS]];
    if (list) figures.push(...list.map((figure) => ({ ...figure, department: department.subgraph })));
    else if (missing.has(department.subgraph)) unavailable.push(department.subgraph);
  }
  return { number: objective.number, title: objective.title ?? `Objective ${objective.number}`, figures, unavailable };
}

/** The element id of a figure's row (see figureHref in charts.ts). */
export const figureRowId = (id: string) => `figure-${id}`;

/** The source: where in the report, and its words verbatim, one click (or Enter) away. */
function sourceCell(figure: Figure): HTMLElement {
  return h(
    "td",
    { class: "source" },
    h("details", {}, h("summary", {}, figure.source.reference), h("blockquote", {}, figure.source.quote), h("p", { class: "muted" }, figure.source.document)),
  );
}

function figureRow(figure: Figure): HTMLElement {
  return h(
    "tr",
    { id: figureRowId(figure.id), tabindex: "-1" },
    h("td", {}, figure.label),
    h("td", { class: "value" }, qualified(figure)),
    h("td", {}, periodLabel(figure)),
    h("td", {}, departmentName(figure.department)),
    sourceCell(figure),
  );
}

function objectiveCard(objective: ObjectiveFigures): HTMLElement {
  const table = objective.figures.length
    ? h("table", {}, h("thead", {}, h("tr", {}, ...["Figure", "Value", "Period", "Department", "Source (select for the report's words)"].map((title) => h("th", { scope: "col" }, title)))), h("tbody", {}, ...objective.figures.map(figureRow)))
    : h("p", { class: "muted" }, "No published figures on this objective in the report.");
  return h(
    "article",
    { class: "objective", id: `objective-${objective.number}` },
    h("h3", {}, `${objective.number}. ${objective.title}`),
    objective.unavailable.length > 0 && h("p", { class: "unavailable" }, `Not shown: ${objective.unavailable.map(departmentName).join(", ")} (unavailable).`),
    table,
  );
}

/** Opens a figure's source and brings its row into view, focused: where a chart's value leads. */
export function showFigure(id: string): boolean {
  const row = document.getElementById(figureRowId(id));
  if (!row) return false;
  row.querySelector("details")?.setAttribute("open", "");
  for (const chosen of document.querySelectorAll(".objective tr.chosen")) chosen.classList.remove("chosen");
  row.classList.add("chosen");
  row.scrollIntoView({ block: "center" });
  row.focus({ preventScroll: true });
  return true;
}

/** The figures sheet (/export/figures.<format>): every published figure, one row each, for a spreadsheet. */
function figureDownloads(endpoint: string): HTMLElement {
  const sheet = (format: string, text: string, query = "") => h("a", { href: new URL(`/export/figures.${format}${query}`, new URL(endpoint, location.href)).href, "data-testid": `figures-${format}${query ? "-semicolon" : ""}` }, text);
  return h(
    "p",
    { class: "downloads" },
    "Every published figure, one row each with its qualifier, period and source: ",
    sheet("xlsx", "Excel (XLSX)"),
    " · ",
    sheet("csv", "CSV"),
    " · ",
    sheet("csv", "CSV with ; (Excel in a Portuguese locale)", "?delimiter=%3B"),
    " · ",
    sheet("json", "JSON"),
    ".",
  );
}

export async function objectivesPage(endpoint: string): Promise<HTMLElement> {
  const answer = await runTrusted(endpoint, DashboardObjectivesDocument, {});
  const objectives = (answer.data?.objectives ?? []).map((objective) => objectiveFigures(objective, answer.missing));
  const withFigures = objectives.filter((objective) => objective.figures.length > 0);
  return h(
    "section",
    { id: "objectives" },
    problems(answer),
    h("h2", {}, "Objectives and their published figures"),
    h("p", { class: "muted" }, `${countOf(objectives.reduce((sum, objective) => sum + objective.figures.length, 0), "figure")} on ${withFigures.length} of the ${countOf(objectives.length, "objective")}.`),
    figureDownloads(endpoint),
    h("div", { class: "charts" }, figuresPerObjective(objectives), figuresPerDepartment(objectives), figuresOverPeriods(objectives), figureValues(objectives)),
    ...withFigures.map(objectiveCard),
  );
}
