// The glossary page (#/glossary): the acronyms the report uses, in its words, with the
// passage each comes from (gateway/web/shared/glossary.ts; GraphiQL shows the same list).
import { GLOSSARY } from "../shared/glossary.js";
import { h } from "./dom.js";

export function glossaryPage(): HTMLElement {
  return h(
    "section",
    { id: "glossary" },
    h("h2", {}, "Glossary"),
    h("p", { class: "muted" }, "The public bodies, networks and programmes the report names by acronym, expanded in the report's own words, with the passage that does so. Three expansions come from outside the report, and say so."),
    h(
      "table",
      {},
      h("caption", {}, "Acronyms in the report"),
      h("thead", {}, h("tr", {}, ...["Acronym", "Expansion", "What it is", "The report's words"].map((title) => h("th", { scope: "col" }, title)))),
      h(
        "tbody",
        {},
        ...GLOSSARY.map((entry) =>
          h(
            "tr",
            { id: `glossary-${entry.acronym.replaceAll(" ", "-")}` },
            h("th", { scope: "row" }, entry.acronym),
            h("td", {}, entry.expansion, entry.outside ? h("p", { class: "outside" }, `Not the report's expansion: ${entry.outside}`) : null),
            h("td", {}, entry.kind),
            h("td", {}, entry.quote ? h("q", {}, entry.quote) : "(the report does not use it)"),
          ),
        ),
      ),
    ),
  );
}
