// The hub's dashboard at `/`: the objectives with every department's published figures
// and charts of them (#/), and a country profile (#/country/CV). Every operation is a
// trusted document from codegen, sent by its hash.
import "./style.css";
import { countryPage } from "./country.js";
import { h } from "./dom.js";
import { objectivesPage } from "./objectives.js";

const settings = JSON.parse(document.getElementById("settings")?.textContent ?? "{}") as { graphqlEndpoint?: string };
const endpoint = new URL(settings.graphqlEndpoint ?? "/graphql", window.location.href).href;

function header(): HTMLElement {
  return h(
    "header",
    { class: "top" },
    h("h1", {}, "GCM Hub"),
    h("p", { class: "muted" }, "Portugal's national plan for the Global Compact for Migration: the figures of the 2022 voluntary national report."),
    h("nav", {}, h("a", { href: "#/" }, "Objectives"), h("a", { href: "#/country/CV" }, "Country profile"), h("a", { href: "/graphql" }, "GraphiQL")),
  );
}

async function render(): Promise<void> {
  const root = document.getElementById("root")!;
  const main = h("main", { "aria-busy": "true" }, h("p", { class: "muted" }, "Loading…"));
  root.replaceChildren(header(), main);
  const country = /^#\/country\/([A-Za-z]{2})$/.exec(window.location.hash);
  try {
    const page = country ? await countryPage(endpoint, country[1]!.toUpperCase()) : await objectivesPage(endpoint);
    main.replaceChildren(page);
  } catch (error) {
    main.replaceChildren(h("p", { class: "problems" }, `The hub could not be reached: ${(error as Error).message}`));
  }
  main.setAttribute("aria-busy", "false");
}

window.addEventListener("hashchange", () => void render());
void render();
