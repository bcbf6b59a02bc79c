// The departments (subgraphs) whose figures the dashboard shows, in the words of the report.
export interface Department {
  subgraph: string;
  name: string;
  /** For axes on a narrow screen. */
  short: string;
  colour: string;
}

export const DEPARTMENTS: readonly Department[] = [
  { subgraph: "plan", short: "Plan", name: "Plan coordination (ACM)", colour: "#4e79a7" },
  { subgraph: "border", short: "Borders", name: "Borders and residence (SEF)", colour: "#e15759" },
  { subgraph: "integration", short: "Integration", name: "Integration (ACM and partners)", colour: "#59a14f" },
  { subgraph: "diaspora", short: "Communities", name: "Communities abroad (MNE)", colour: "#f28e2b" },
  { subgraph: "labour", short: "Labour", name: "Labour (IEFP, ACT)", colour: "#b07aa1" },
  { subgraph: "social", short: "Social", name: "Social security and health (ISS)", colour: "#76b7b2" },
];

export function departmentName(subgraph: string): string {
  return DEPARTMENTS.find((department) => department.subgraph === subgraph)?.name ?? subgraph;
}

/** Each department's figures on an objective, by the Objective field that holds them. */
export const FIGURE_FIELDS = {
  plan: "planFigures",
  border: "borderFigures",
  integration: "integrationFigures",
  diaspora: "diasporaFigures",
  labour: "labourFigures",
  social: "socialProtectionFigures",
} as const;
