// The page: one query across three departments (plan's objectives, and the figures the
// border and integration departments add to each), rendered with whatever part arrived,
// naming any department that is down; and the plan's initiatives, a page at a time, by cursor.
import { InitiativesPageDocument, ObjectiveFiguresDocument, type ExampleFigureFragment, type ObjectiveFiguresQuery } from "./gql/graphql.js";
import { run, splitErrors, type GraphQLError } from "./hub.js";

// Objectives on which border (9, 12) or integration (7, 16) give figures in the report.
const OBJECTIVES = [7, 9, 12, 16];
const PAGE_SIZE = 5;
const DEPARTMENTS: Record<string, string> = {
  plan: "Plan coordination (ACM)",
  border: "Borders and residence (SEF)",
  integration: "Integration (ACM and partners)",
};
const departmentName = (subgraph: string) => DEPARTMENTS[subgraph] ?? subgraph;

type Objective = NonNullable<ObjectiveFiguresQuery["objectives"]>[number];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html has no #${id}`);
  return node;
}

function showFailures(container: HTMLElement, failures: readonly GraphQLError[]): void {
  for (const failure of failures) container.append(element("p", failure.message, { role: "alert", class: "failure", "data-code": failure.extensions?.code ?? "" }));
}

function figureItem(figure: ExampleFigureFragment): HTMLLIElement {
  // The report's own hedge ("over 5,000", "around 40"); an exact figure has none.
  const qualifier = figure.qualifier === "EXACT" ? "" : `${figure.qualifier.toLowerCase().replaceAll("_", " ")} `;
  return element("li", `${figure.label}: ${qualifier}${figure.value.toLocaleString("en")} ${figure.unit}`, { "data-figure": figure.id, "data-value": String(figure.value) });
}

function figureList(subgraph: string, figures: readonly ExampleFigureFragment[] | null | undefined, missing: Set<string>): HTMLElement {
  const part = element("div", undefined, { class: "department", "data-subgraph": subgraph });
  part.append(element("h4", departmentName(subgraph)));
  if (missing.has(subgraph) || !figures) {
    part.append(element("p", `Unavailable: ${departmentName(subgraph)} did not answer.`, { class: "unavailable" }));
    return part;
  }
  if (figures.length === 0) {
    part.append(element("p", "No figures in the report.", { class: "none" }));
    return part;
  }
  const list = element("ul");
  list.append(...figures.map(figureItem));
  part.append(list);
  return part;
}

function renderObjective(objective: Objective, missing: Set<string>): HTMLElement {
  const article = element("article", undefined, { class: "objective", "data-number": String(objective.number) });
  article.append(element("h3", `Objective ${objective.number}: ${objective.title ?? "(title unavailable)"}`));
  article.append(figureList("border", objective.borderFigures, missing), figureList("integration", objective.integrationFigures, missing));
  return article;
}

async function showFigures(): Promise<void> {
  const container = byId("figures");
  container.setAttribute("aria-busy", "true");
  const answer = await run(ObjectiveFiguresDocument, { numbers: OBJECTIVES });
  const { missing, failures } = splitErrors(answer.errors);
  container.replaceChildren();
  if (missing.size > 0) {
    const names = [...missing].map(departmentName);
    container.append(element("p", `Not shown: ${names.join(", ")} ${names.length === 1 ? "is" : "are"} unavailable; the rest is below.`, { role: "status", class: "missing", "data-subgraphs": [...missing].join(" ") }));
  }
  showFailures(container, failures);
  container.append(...(answer.data?.objectives ?? []).map((objective) => renderObjective(objective, missing)));
  container.setAttribute("aria-busy", "false");
}

async function showInitiatives(after: string | null, start: number): Promise<void> {
  const container = byId("initiatives");
  const next = byId("next-page") as HTMLButtonElement;
  next.disabled = true;
  container.setAttribute("aria-busy", "true");
  const answer = await run(InitiativesPageDocument, { first: PAGE_SIZE, after });
  const { missing, failures } = splitErrors(answer.errors);
  const page = answer.data?.initiatives;
  container.replaceChildren();
  for (const subgraph of missing) container.append(element("p", `Not shown: ${departmentName(subgraph)} is unavailable.`, { role: "status", class: "missing", "data-subgraphs": subgraph }));
  showFailures(container, failures);
  if (page) {
    const list = element("ol", undefined, { start: String(start + 1) });
    list.append(...page.edges.map((edge) => element("li", `${edge.node.name ?? edge.node.code} (${edge.node.code})`, { "data-code": edge.node.code })));
    const last = start + page.edges.length;
    container.append(element("p", `Initiatives ${start + 1} to ${last} of ${page.totalCount}`, { class: "range" }), list);
    next.disabled = !page.pageInfo.hasNextPage;
    next.onclick = () => void guarded("initiatives", () => showInitiatives(page.pageInfo.endCursor ?? null, last));
  }
  container.setAttribute("aria-busy", "false");
}

/** Runs one part of the page; a hub it cannot reach is said there, not thrown. */
async function guarded(containerId: string, show: () => Promise<void>): Promise<void> {
  try {
    await show();
  } catch (error) {
    const container = byId(containerId);
    container.replaceChildren(element("p", `The hub could not be reached: ${(error as Error).message}`, { role: "alert", class: "failure" }));
    container.setAttribute("aria-busy", "false");
  }
}

await Promise.all([guarded("figures", showFigures), guarded("initiatives", () => showInitiatives(null, 0))]);
document.body.dataset.ready = "true";
