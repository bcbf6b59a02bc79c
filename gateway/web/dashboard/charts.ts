// The dashboard's charts (Chart.js, bundled): published figures per objective and per
// department, and over the report's periods (by the year each figure's period starts).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from "chart.js";
import { DEPARTMENTS } from "./departments.js";
import { h } from "./dom.js";
import type { ObjectiveFigures } from "./objectives.js";

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
  const years = [...new Set(figures.flatMap((figure) => (figure.period?.start ? [figure.period.start.slice(0, 4)] : [])))].sort();
  return chartCard("Published figures over the report's periods (year the period starts)", "chart-periods", {
    type: "bar",
    data: {
      labels: years,
      datasets: DEPARTMENTS.map((department) => ({
        label: department.name,
        backgroundColor: department.colour,
        data: years.map((year) => figures.filter((figure) => figure.department === department.subgraph && figure.period?.start.startsWith(year)).length),
      })),
    },
    options: { ...COMMON, scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: "Figures" } } }, plugins: { legend: { position: "bottom" } } },
  });
}
