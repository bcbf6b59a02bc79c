// The objectives page: charts, then every objective with each department's figures.
import { DashboardObjectivesDocument, type DashboardFigureFragment, type DashboardObjectivesQuery } from "../../../schema/generated/graphql.js";
import { figureValues, figuresOverPeriods, figuresPerDepartment, figuresPerObjective } from "./charts.js";
import { DEPARTMENTS, FIGURE_FIELDS, departmentName } from "./departments.js";
import { h, qualified } from "./dom.js";
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

function figureRow(figure: Figure): HTMLElement {
  return h(
    "tr",
    {},
    h("td", {}, figure.label),
    h("td", { class: "value" }, qualified(figure)),
    h("td", {}, figure.statedPeriod?.label ?? "no period given"),
    h("td", {}, departmentName(figure.department)),
    h("td", { class: "source" }, figure.source.reference),
  );
}

function objectiveCard(objective: ObjectiveFigures): HTMLElement {
  const table = objective.figures.length
    ? h("table", {}, h("thead", {}, h("tr", {}, ...["Figure", "Value", "Period", "Department", "Source"].map((title) => h("th", {}, title)))), h("tbody", {}, ...objective.figures.map(figureRow)))
    : h("p", { class: "muted" }, "No published figures on this objective in the report.");
  return h(
    "article",
    { class: "objective", id: `objective-${objective.number}` },
    h("h3", {}, `${objective.number}. ${objective.title}`),
    objective.unavailable.length > 0 && h("p", { class: "unavailable" }, `Not shown: ${objective.unavailable.map(departmentName).join(", ")} (unavailable).`),
    table,
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
    h("p", { class: "muted" }, `${objectives.reduce((sum, objective) => sum + objective.figures.length, 0)} figures on ${withFigures.length} of the ${objectives.length} objectives.`),
    h("div", { class: "charts" }, figuresPerObjective(objectives), figuresPerDepartment(objectives), figuresOverPeriods(objectives), figureValues(objectives)),
    ...withFigures.map(objectiveCard),
  );
}
