// What a page says when part of its answer is missing: each unavailable department by
// name, and any other error, above the data that did arrive.
import { departmentName } from "./departments.js";
import { h } from "./dom.js";
import type { Answer } from "./hubClient.js";

export function problems(answer: Answer<unknown>): HTMLElement | null {
  if (answer.missing.size === 0 && answer.errors.length === 0) return null;
  return h(
    "div",
    { class: "problems", role: "status" },
    ...[...answer.missing.keys()].map((subgraph) =>
      h("p", { class: "missing-department", "data-subgraph": subgraph }, `${departmentName(subgraph)} is unavailable: its data is missing from this page; the rest is shown.`),
    ),
    ...answer.errors.map((error) => h("p", { class: "error" }, error.message)),
  );
}
