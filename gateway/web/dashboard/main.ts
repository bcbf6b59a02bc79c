// The hub's dashboard at `/`: the objectives with every department's published figures
// and charts of them (#/), one figure with its source quote open (#/figure/<id>), a
// country profile (#/country/CV) and the glossary (#/glossary). Every operation is a
// trusted document from codegen, sent by its hash.
import "./style.css";
import { countryPage } from "./country.js";
import { h } from "./dom.js";
import { glossaryPage } from "./glossary.js";
import { objectivesPage, showFigure } from "./objectives.js";

const settings = JSON.parse(document.getElementById("settings")?.textContent ?? "{}") as { graphqlEndpoint?: string };
const endpoint = new URL(settings.graphqlEndpoint ?? "/graphql", window.location.href).href;

type Route = { page: "objectives"; figure?: string } | { page: "country"; iso: string } | { page: "glossary" };

function route(hash: string): Route {
  const country = /^#\/country\/([A-Za-z]{2})$/.exec(hash);
  if (country) return { page: "country", iso: country[1]!.toUpperCase() };
  if (hash === "#/glossary") return { page: "glossary" };
  const figure = /^#\/figure\/(.+)$/.exec(hash);
  return figure ? { page: "objectives", figure: decodeURIComponent(figure[1]!) } : { page: "objectives" };
}

function header(current: Route["page"]): HTMLElement {
  const link = (href: string, text: string, page?: Route["page"]) => h("a", { href, ...(page === current ? { "aria-current": "page" } : {}) }, text);
  return h(
    "header",
    { class: "top" },
    h("h1", {}, "GCM Hub"),
    h("p", { class: "subtitle" }, "Portugal's national plan for the Global Compact for Migration: the figures of the 2022 voluntary national report."),
    h("nav", { "aria-label": "Pages" }, link("#/", "Objectives", "objectives"), link("#/country/CV", "Country profile", "country"), link("#/glossary", "Glossary", "glossary"), link("/graphql", "GraphiQL")),
  );
}

let shown: Route["page"] | undefined;

async function render(): Promise<void> {
  const wanted = route(window.location.hash);
  // A figure on the objectives page already shown: open it, no need to ask the hub again.
  if (wanted.page === "objectives" && wanted.figure && shown === "objectives" && showFigure(wanted.figure)) return;
  const root = document.getElementById("root")!;
  const main = h("main", { "aria-busy": "true" }, h("p", { class: "muted" }, "Loading…"));
  root.replaceChildren(header(wanted.page), main);
  shown = undefined;
  try {
    const page = wanted.page === "country" ? await countryPage(endpoint, wanted.iso) : wanted.page === "glossary" ? glossaryPage() : await objectivesPage(endpoint);
    main.replaceChildren(page);
    shown = wanted.page;
    if (wanted.page === "objectives" && wanted.figure) requestAnimationFrame(() => showFigure(wanted.figure!) || main.prepend(h("p", { class: "problems", role: "status" }, `No published figure ${wanted.figure} on this page.`)));
  } catch (error) {
    main.replaceChildren(h("p", { class: "problems" }, `The hub could not be reached: ${(error as Error).message}`));
  }
  main.setAttribute("aria-busy", "false");
}

window.addEventListener("hashchange", () => void render());
void render();
