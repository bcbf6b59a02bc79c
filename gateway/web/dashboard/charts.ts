// The dashboard's charts (Chart.js, bundled): published figures per objective and per
// department, and over the report's periods (by the year each figure's period starts).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from "chart.js";
import { DEPARTMENTS } from "./departments.js";
import { h, qualified } from "./dom.js";
import type { Figure as ObjectiveFigure, ObjectiveFigures } from "./objectives.js";

type Figure = ObjectiveFigure & { objective: number };

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

function chartCard(title: string, id: string, configuration: ChartConfiguration<"bar">): HTMLElement {
  const canvas = h("canvas", { "aria-label": title, role: "img" });
  const card = h("figure", { class: "chart", id }, h("figcaption", {}, title), h("div", { class: "chart-area" }, canvas));
  // Drawn once the card is in the page, so Chart.js can measure it.
  queueMicrotask(() => new Chart(canvas, configuration));
  return card;
}

const COMMON = { animation: false, responsive: true, maintainAspectRatio: false } as const;

/** Figures per objective, stacked by department. */
export function figuresPerObjective(objectives: ObjectiveFigures[]): HTMLElement {
  return chartCard("Published figures per objective, by department", "chart-objectives", {
    type: "bar",
    data: {
      labels: objectives.map((objective) => String(objective.number)),
      datasets: DEPARTMENTS.map((department) => ({
        label: department.name,
        backgroundColor: department.colour,
        data: objectives.map((objective) => objective.figures.filter((figure) => figure.department === department.subgraph).length),
      })),
    },
    options: { ...COMMON, scales: { x: { stacked: true, title: { display: true, text: "Objective" } }, y: { stacked: true, title: { display: true, text: "Figures" } } }, plugins: { legend: { position: "bottom" } } },
  });
}

/** Figures per department. */
export function figuresPerDepartment(objectives: ObjectiveFigures[]): HTMLElement {
  const figures = objectives.flatMap((objective) => objective.figures);
  return chartCard("Published figures per department", "chart-departments", {
    type: "bar",
    data: {
      labels: DEPARTMENTS.map((department) => department.short),
      datasets: [{ label: "Figures", backgroundColor: DEPARTMENTS.map((department) => department.colour), data: DEPARTMENTS.map((department) => figures.filter((figure) => figure.department === department.subgraph).length) }],
    },
    options: { ...COMMON, indexAxis: "y", plugins: { legend: { display: false } } },
  });
}

/** Figures over the report's periods: by the year each figure's period starts, stacked by department. */
export function figuresOverPeriods(objectives: ObjectiveFigures[]): HTMLElement {
  const figures = objectives.flatMap((objective) => objective.figures);
  const years = [...new Set(figures.flatMap((figure) => ((figure.statedPeriod?.start ?? figure.statedPeriod?.end) ? [(figure.statedPeriod.start ?? figure.statedPeriod.end)!.slice(0, 4)] : [])))].sort();
  return chartCard("Published figures over the report's periods (year the period starts)", "chart-periods", {
    type: "bar",
    data: {
      labels: years,
      datasets: DEPARTMENTS.map((department) => ({
        label: department.name,
        backgroundColor: department.colour,
        data: years.map((year) => figures.filter((figure) => figure.department === department.subgraph && (figure.statedPeriod?.start ?? figure.statedPeriod?.end ?? "").startsWith(year)).length),
      })),
    },
    options: { ...COMMON, scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: "Figures" } } }, plugins: { legend: { position: "bottom" } } },
  });
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

function valueConfiguration(figures: Figure[], unit: string): ChartConfiguration<"bar"> {
  const chosen = figures.filter((figure) => figure.unit === unit).sort((a, b) => b.value - a.value);
  const colour = (subgraph: string) => DEPARTMENTS.find((department) => department.subgraph === subgraph)?.colour ?? "#888";
  // Objective number and period keep bars with the same label apart; the tooltip gives it whole.
  const full = chosen.map((figure) => `${figure.objective}: ${qualified(figure)} — ${figure.label} (${figure.statedPeriod?.label ?? "no period given"})`);
  const narrow = window.innerWidth < 600;
  return {
    type: "bar",
    data: {
      labels: chosen.map((figure) => (narrow ? `${figure.objective}: ${shortened(figure.label, 22)}` : `${figure.objective}: ${shortened(figure.label, 48)} (${figure.statedPeriod?.label ?? "no period given"})`)),
      datasets: [{ label: unit, backgroundColor: chosen.map((figure) => colour(figure.department)), data: chosen.map((figure) => figure.value) }],
    },
    options: {
      ...COMMON,
      indexAxis: "y",
      plugins: { legend: { display: false }, tooltip: { callbacks: { title: (items) => full[items[0]?.dataIndex ?? 0] ?? "" } } },
      scales: { x: { title: { display: true, text: unit } }, y: { ticks: { autoSkip: false, font: { size: 10 } } } },
    },
  };
}

/** The figures' values, one unit at a time (values in different units do not share an axis). */
export function figureValues(objectives: ObjectiveFigures[]): HTMLElement | null {
  const figures = objectives.flatMap((objective) => objective.figures.map((figure) => ({ ...figure, objective: objective.number })));
  const units = comparableUnits(figures);
  if (units.length === 0) return null;
  const select = h("select", { id: "unit-picker", "aria-label": "Unit" }, ...units.map((unit) => h("option", { value: unit }, unit)));
  const canvas = h("canvas", { "aria-label": "Figure values", role: "img" });
  const card = h(
    "figure",
    { class: "chart", id: "chart-values" },
    h("figcaption", {}, "Figure values in ", select),
    h("div", { class: "chart-area" }, canvas),
  );
  let chart: Chart<"bar"> | undefined;
  const draw = () => {
    chart?.destroy();
    chart = new Chart(canvas, valueConfiguration(figures, select.value));
  };
  select.addEventListener("change", draw);
  queueMicrotask(draw);
  return card;
}
