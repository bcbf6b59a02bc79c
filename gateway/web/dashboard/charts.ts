// The dashboard's charts (Chart.js, bundled): published figures per objective, per
// department and over the report's periods, and the figures' values. Each chart has a
// table of its data under it (its text alternative, and the way in by keyboard), and
// every value there links to the figure's row with its source quote (#/figure/<id>).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LogarithmicScale, Tooltip, type ChartConfiguration } from "chart.js";
import { DEPARTMENTS, departmentName } from "./departments.js";
import { countOf, formatNumber, h, periodLabel, qualified, qualifierWords, scrollBox } from "./dom.js";
import type { Figure as ObjectiveFigure, ObjectiveFigures } from "./objectives.js";

type Figure = ObjectiveFigure & { objective: number };

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, Legend, Tooltip);

/** Where a figure's row (with its source quote) is: the dashboard opens it and scrolls to it. */
export function figureHref(figure: { id: string }): string {
  return `#/figure/${encodeURIComponent(figure.id)}`;
}

type Cell = string | Node;

/** A table of a chart's data: a header row, then one row per entry (the first cell names it). */
export function dataTable(caption: string, head: string[], rows: Cell[][]): HTMLTableElement {
  return h(
    "table",
    { class: "chart-table" },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, ...head.map((title) => h("th", { scope: "col" }, title)))),
    h("tbody", {}, ...rows.map(([first, ...rest]) => h("tr", {}, h("th", { scope: "row" }, first ?? ""), ...rest.map((cell) => h("td", {}, cell))))),
  );
}

function dataDetails(table: HTMLTableElement): HTMLDetailsElement {
  return h("details", { class: "chart-data" }, h("summary", {}, "Table of this chart's data"), scrollBox(table, table.caption?.textContent ?? "Chart data"));
}

function chartCard(title: string, id: string, configuration: ChartConfiguration<"bar">, table: HTMLTableElement): HTMLElement {
  const canvas = h("canvas", { "aria-label": `${title}: bar chart; its data is in the table under it`, role: "img" });
  const card = h("figure", { class: "chart", id }, h("figcaption", {}, title), h("div", { class: "chart-area" }, canvas), dataDetails(table));
  // Drawn once the card is in the page, so Chart.js can measure it.
  queueMicrotask(() => new Chart(canvas, configuration));
  return card;
}

const COMMON = { animation: false, responsive: true, maintainAspectRatio: false } as const;

const countOfDepartment = (figures: ObjectiveFigure[], subgraph: string) => figures.filter((figure) => figure.department === subgraph).length;

/** Figures per objective, stacked by department. */
export function figuresPerObjective(objectives: ObjectiveFigures[]): HTMLElement {
  const title = "Published figures per objective, by department";
  const table = dataTable(
    title,
    ["Objective", ...DEPARTMENTS.map((department) => department.short), "All"],
    objectives.map((objective) => [`${objective.number}. ${objective.title}`, ...DEPARTMENTS.map((department) => String(countOfDepartment(objective.figures, department.subgraph))), String(objective.figures.length)]),
  );
  return chartCard(
    title,
    "chart-objectives",
    {
      type: "bar",
      data: {
        labels: objectives.map((objective) => String(objective.number)),
        datasets: DEPARTMENTS.map((department) => ({ label: department.name, backgroundColor: department.colour, data: objectives.map((objective) => countOfDepartment(objective.figures, department.subgraph)) })),
      },
      options: { ...COMMON, scales: { x: { stacked: true, title: { display: true, text: "Objective" } }, y: { stacked: true, title: { display: true, text: "Figures" }, ticks: { precision: 0 } } }, plugins: { legend: { position: "bottom" } } },
    },
    table,
  );
}

/** Figures per department. */
export function figuresPerDepartment(objectives: ObjectiveFigures[]): HTMLElement {
  const title = "Published figures per department";
  const figures = objectives.flatMap((objective) => objective.figures);
  const counts = DEPARTMENTS.map((department) => countOfDepartment(figures, department.subgraph));
  const table = dataTable(title, ["Department", "Figures"], DEPARTMENTS.map((department, index) => [department.name, String(counts[index])]));
  return chartCard(
    title,
    "chart-departments",
    {
      type: "bar",
      data: { labels: DEPARTMENTS.map((department) => department.short), datasets: [{ label: "Figures", backgroundColor: DEPARTMENTS.map((department) => department.colour), data: counts }] },
      options: { ...COMMON, indexAxis: "y", scales: { x: { ticks: { precision: 0 } } }, plugins: { legend: { display: false } } },
    },
    table,
  );
}

export const NO_PERIOD = "no period given";

/** The year a figure's period starts (or ends, when the report gives only its end); NO_PERIOD without one. */
function periodYear(figure: ObjectiveFigure): string {
  const date = figure.statedPeriod?.start ?? figure.statedPeriod?.end;
  return date ? date.slice(0, 4) : NO_PERIOD;
}

/** Figures over the report's periods: by the year each figure's period starts, stacked by department; the figures with no period have their own bar. */
export function figuresOverPeriods(objectives: ObjectiveFigures[]): HTMLElement {
  const title = "Published figures over the report's periods (year the period starts)";
  const figures = objectives.flatMap((objective) => objective.figures);
  const years = [...new Set(figures.map(periodYear))].sort((a, b) => (a === NO_PERIOD ? 1 : b === NO_PERIOD ? -1 : a.localeCompare(b)));
  const count = (year: string, subgraph: string) => figures.filter((figure) => figure.department === subgraph && periodYear(figure) === year).length;
  const table = dataTable(
    title,
    ["Year the period starts", ...DEPARTMENTS.map((department) => department.short), "All"],
    years.map((year) => [year, ...DEPARTMENTS.map((department) => String(count(year, department.subgraph))), String(figures.filter((figure) => periodYear(figure) === year).length)]),
  );
  return chartCard(
    title,
    "chart-periods",
    {
      type: "bar",
      data: { labels: years, datasets: DEPARTMENTS.map((department) => ({ label: department.name, backgroundColor: department.colour, data: years.map((year) => count(year, department.subgraph)) })) },
      options: { ...COMMON, scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: "Figures" }, ticks: { precision: 0 } } }, plugins: { legend: { position: "bottom" } } },
    },
    table,
  );
}

/** Units shared by two figures or more, the most used first: the ones a value chart can compare. */
function comparableUnits(figures: Figure[]): string[] {
  const counts = new Map<string, number>();
  for (const figure of figures) counts.set(figure.unit, (counts.get(figure.unit) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([unit]) => unit);
}

function shortened(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

const colourOf = (subgraph: string) => DEPARTMENTS.find((department) => department.subgraph === subgraph)?.colour ?? "#888888";

/** A bound or an approximation is drawn pale with a full-colour edge: it is not an exact count. */
const isExact = (figure: Figure) => figure.qualifier === "EXACT";

/**
 * After each drawing, the bars as drawn (their two label lines and length in pixels) on
 * the canvas's data-bars: what the page's tests read to see that every value shows.
 */
const recordBars = {
  id: "hubRecordBars",
  afterRender(chart: Chart<"bar">) {
    const labels = chart.data.labels ?? [];
    const bars = chart.getDatasetMeta(0).data.map((bar, index) => {
      const { x, base } = bar.getProps(["x", "base"], true) as { x: number; base: number };
      return { label: labels[index], length: Math.round(Math.abs(x - base)) };
    });
    chart.canvas.dataset.bars = JSON.stringify(bars);
  },
};

function valueConfiguration(chosen: Figure[], unit: string, narrow: boolean): ChartConfiguration<"bar"> {
  const values = chosen.map((figure) => figure.value);
  // A log scale: 500 and 500,000 both show. Its floor sits a decade under the smallest value, so the smallest bar still has length.
  const floor = 10 ** (Math.floor(Math.log10(Math.min(...values))) - 1);
  return {
    type: "bar",
    plugins: [recordBars],
    data: {
      // Two lines per bar: what it counts, then its value as the report words it (qualifier included) and its period.
      labels: chosen.map((figure) => [`${figure.objective}: ${shortened(figure.label, narrow ? 26 : 56)}`, `${qualified(figure)} · ${periodLabel(figure)}`]),
      datasets: [
        {
          label: unit,
          backgroundColor: chosen.map((figure) => (isExact(figure) ? colourOf(figure.department) : `${colourOf(figure.department)}55`)),
          borderColor: chosen.map((figure) => colourOf(figure.department)),
          borderWidth: chosen.map((figure) => (isExact(figure) ? 0 : 2)),
          data: values,
        },
      ],
    },
    options: {
      ...COMMON,
      indexAxis: "y",
      onClick: (_event, elements) => {
        const figure = chosen[elements[0]?.index ?? -1];
        if (figure) window.location.hash = figureHref(figure);
      },
      plugins: { legend: { display: false }, tooltip: { callbacks: { title: (items) => { const figure = chosen[items[0]?.dataIndex ?? 0]; return figure ? `${figure.objective}: ${figure.label}` : ""; }, label: (item) => { const figure = chosen[item.dataIndex]; return figure ? `${qualified(figure)} (${periodLabel(figure)})` : ""; } } } },
      scales: {
        x: { type: "logarithmic", min: floor, title: { display: true, text: narrow ? `${unit} (log scale)` : `${unit} (log scale: each labelled line is ten times the one before)` }, ticks: { callback: (value) => (Math.log10(Number(value)) % 1 === 0 ? formatNumber(Number(value)) : "") } },
        y: { ticks: { autoSkip: false, font: { size: 11 } } },
      },
    },
  };
}

function valueTable(figures: Figure[], unit: string): HTMLTableElement {
  return dataTable(
    `Figure values in ${unit}`,
    ["Objective and figure", "Value", "Period", "Department"],
    figures.map((figure) => [`${figure.objective}: ${figure.label}`, h("a", { href: figureHref(figure), class: "value-link" }, qualified(figure)), periodLabel(figure), departmentName(figure.department)]),
  );
}

/** The figures' values, one unit at a time (values in different units do not share an axis), on a log scale. */
export function figureValues(objectives: ObjectiveFigures[]): HTMLElement | null {
  const figures = objectives.flatMap((objective) => objective.figures.map((figure) => ({ ...figure, objective: objective.number })));
  const units = comparableUnits(figures);
  if (units.length === 0) return null;
  const select = h("select", { id: "unit-picker" }, ...units.map((unit) => h("option", { value: unit }, unit)));
  const canvas = h("canvas", { role: "img" });
  const area = h("div", { class: "chart-area" }, canvas);
  const note = h("p", { class: "chart-note" });
  const details = dataDetails(valueTable([], units[0]!));
  const card = h("figure", { class: "chart", id: "chart-values" }, h("figcaption", {}, h("label", { for: "unit-picker" }, "Figure values in "), select), note, area, details);
  let chart: Chart<"bar"> | undefined;
  const draw = () => {
    const unit = select.value;
    const ofUnit = figures.filter((figure) => figure.unit === unit).sort((a, b) => b.value - a.value);
    // A log scale has no zero: a zero value is in the table, not drawn.
    const drawn = ofUnit.filter((figure) => figure.value > 0);
    const bounds = drawn.filter((figure) => !isExact(figure)).length;
    note.textContent = `${countOf(drawn.length, "figure")} in ${unit}, on a log scale. ${bounds > 0 ? `Pale bars (${bounds}) are not exact counts: their value is a bound or an approximation, worded on the bar (${[...new Set(drawn.filter((figure) => !isExact(figure)).map((figure) => qualifierWords(figure.qualifier).trim()))].join(", ")}). ` : ""}Select a bar, or a value in the table, for its source.`;
    canvas.setAttribute("aria-label", `Figure values in ${unit}: bar chart on a log scale; its data is in the table under it`);
    details.querySelector(".table-scroll")!.replaceWith(scrollBox(valueTable(ofUnit, unit), `Figure values in ${unit}`));
    area.style.height = `${Math.max(240, drawn.length * 44 + 70)}px`;
    chart?.destroy();
    chart = drawn.length > 0 ? new Chart(canvas, valueConfiguration(drawn, unit, window.innerWidth < 600)) : undefined;
  };
  select.addEventListener("change", draw);
  queueMicrotask(draw);
  return card;
}
