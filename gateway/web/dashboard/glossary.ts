// The glossary page (#/glossary): the acronyms the report uses, in its words, with the
// passage each comes from (gateway/web/shared/glossary.ts; GraphiQL shows the same list).
import { GLOSSARY, type GlossaryEntry } from "../shared/glossary.js";
import { h, scrollBox } from "./dom.js";

function entryRow(entry: GlossaryEntry): HTMLElement {
  return h(
    "tr",
    { id: `glossary-${entry.acronym.replaceAll(" ", "-")}` },
    h("th", { scope: "row" }, entry.acronym),
    h("td", {}, entry.expansion, entry.outside ? h("p", { class: "outside" }, `Not the report's expansion: ${entry.outside}`) : null),
    h("td", {}, entry.kind),
    h("td", {}, entry.quote ? h("q", {}, entry.quote) : "(the report does not use it)"),
  );
}

export function glossaryPage(): HTMLElement {
  const caption = "Acronyms in the report";
  const table = h(
    "table",
    {},
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, ...["Acronym", "Expansion", "What it is", "The report's words"].map((title) => h("th", { scope: "col" }, title)))),
    h("tbody", {}, ...GLOSSARY.map(entryRow)),
  );
  return h(
    "section",
    { id: "glossary" },
    h("h2", {}, "Glossary"),
    h(
      "p",
      { class: "muted" },
      `The public bodies, networks and programmes the report names by acronym, expanded in the report's own words, with the passage that does so. The expansions of ${GLOSSARY.filter((entry) => entry.outside)
        .map((entry) => entry.acronym)
        .join(", ")} are not the report's, and say so.`,
    ),
    scrollBox(table, caption),
  );
}
