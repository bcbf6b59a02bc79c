// The departments (subgraphs) whose figures the dashboard shows, in the words of the report.
export interface Department {
  subgraph: string;
  name: string;
  colour: string;
}

export const DEPARTMENTS: readonly Department[] = [
  { subgraph: "plan", name: "Plan coordination (ACM)", colour: "#4e79a7" },
  { subgraph: "border", name: "Borders and residence (SEF)", colour: "#e15759" },
  { subgraph: "integration", name: "Integration (ACM and partners)", colour: "#59a14f" },
  { subgraph: "diaspora", name: "Communities abroad (MNE)", colour: "#f28e2b" },
  { subgraph: "labour", name: "Labour (IEFP, ACT)", colour: "#b07aa1" },
  { subgraph: "social", name: "Social security and health (ISS)", colour: "#76b7b2" },
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
