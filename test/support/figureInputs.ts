// A figure a department records through the graph in the hub tests (labour, objective 5).
export const LABOUR_FIGURE = {
  label: "Seasonal work permits under the India agreement",
  value: 120,
  unit: "permits",
  period: { start: "2022-01", end: "2022-03", label: "first quarter of 2022" },
  objective: 5,
  source: { document: "IEFP quarterly note", reference: "Table 1", quote: "120 permits" },
};
