// The country profile page: what each department reports about one country.
import { CountryProfileDocument, DashboardCountriesDocument, type CountryProfileQuery } from "../../../schema/generated/graphql.js";
import { departmentName } from "./departments.js";
import { h } from "./dom.js";
import { runTrusted, type Answer } from "./hubClient.js";
import { problems } from "./problems.js";

type Profile = CountryProfileQuery;
type Connection<Node> = { edges: { node: Node }[] } | null | undefined;

interface Section {
  title: string;
  subgraph: string;
  /** The section's name in the page (data-field): the answer's field it reads. */
  field: string;
  /** Its rows (name, detail), or null when the department did not answer. */
  rows(profile: Profile, iso: string): (string | null)[][] | null;
}

const nodes = <Node>(connection: Connection<Node>): Node[] | null => (connection ? connection.edges.map((edge) => edge.node) : null);
/** A record's role for this country, as the record lists it. */
const roleOf = (countries: readonly { role: string; country: { iso: string } }[], iso: string) => countries.find((entry) => entry.country.iso === iso)?.role ?? null;

const SECTIONS: Section[] = [
  { title: "Initiatives of the plan", subgraph: "plan", field: "initiatives", rows: (profile) => profile.country?.initiatives?.map((item) => [item.name, item.status]) ?? null },
  { title: "Border cooperation projects", subgraph: "border", field: "borderProjects", rows: (profile, iso) => nodes(profile.borderProjects)?.map((item) => [item.name, roleOf(item.countries, iso)]) ?? null },
  { title: "Border cooperation protocols", subgraph: "border", field: "borderProtocols", rows: (profile) => nodes(profile.borderProtocols)?.map((item) => [item.name, item.signedOn ? `signed ${item.signedOn}` : null]) ?? null },
  { title: "Development projects", subgraph: "diaspora", field: "developmentProjects", rows: (profile, iso) => nodes(profile.developmentProjects)?.map((item) => [item.name, roleOf(item.countries, iso)]) ?? null },
  { title: "Cooperation agreements", subgraph: "diaspora", field: "cooperationAgreements", rows: (profile, iso) => nodes(profile.cooperationAgreements)?.map((item) => [item.name, roleOf(item.countries, iso)]) ?? null },
  { title: "Labour mobility agreements", subgraph: "labour", field: "labourMobilityAgreements", rows: (profile) => nodes(profile.labourMobilityAgreements)?.map((item) => [item.name, item.status]) ?? null },
  { title: "Social security conventions", subgraph: "social", field: "socialSecurityConventions", rows: (profile) => nodes(profile.socialSecurityConventions)?.map((item) => [item.name, item.status]) ?? null },
];

function humanise(text: string): string {
  return /^[A-Z_]+$/.test(text) ? text.toLowerCase().replaceAll("_", " ") : text;
}

function section(profile: Profile, iso: string, entry: Section, missing: Answer<unknown>["missing"]): HTMLElement {
  const rows = entry.rows(profile, iso);
  const body =
    rows === null
      ? h("p", { class: "unavailable" }, `${departmentName(entry.subgraph)} is unavailable${missing.has(entry.subgraph) ? "" : " or did not answer"}.`)
      : rows.length === 0
        ? h("p", { class: "muted" }, "None in the report.")
        : h("ul", {}, ...rows.map(([name, detail]) => h("li", {}, name ?? "(name unavailable)", detail ? h("span", { class: "tag" }, humanise(detail)) : null)));
  return h("section", { class: "profile-section", "data-field": String(entry.field) }, h("h3", {}, entry.title, h("small", {}, ` ${departmentName(entry.subgraph)}`)), body);
}

async function countryPicker(endpoint: string, iso: string): Promise<HTMLElement> {
  const answer = await runTrusted(endpoint, DashboardCountriesDocument, {});
  const select = h("select", { id: "country-picker", "aria-label": "Country" });
  for (const country of [...(answer.data?.countries ?? [])].sort((a, b) => (a.name ?? a.iso).localeCompare(b.name ?? b.iso))) {
    const option = h("option", { value: country.iso }, country.name ?? country.iso);
    if (country.iso === iso) option.selected = true;
    select.append(option);
  }
  select.addEventListener("change", () => (window.location.hash = `#/country/${select.value}`));
  return h("label", { class: "picker" }, "Country ", select);
}

export async function countryPage(endpoint: string, iso: string): Promise<HTMLElement> {
  const [picker, answer] = await Promise.all([countryPicker(endpoint, iso), runTrusted(endpoint, CountryProfileDocument, { iso })]);
  const profile = answer.data;
  // With plan unavailable the country's name is unknown, but the departments' parts still show.
  const unknown = profile && profile.country === null && !answer.missing.has("plan");
  return h(
    "section",
    { id: "country" },
    picker,
    problems(answer),
    profile && !unknown
      ? h("div", { class: "profile" }, h("h2", {}, `${profile.country?.name ?? iso} (${iso})`), h("div", { class: "profile-grid" }, ...SECTIONS.map((entry) => section(profile, iso, entry, answer.missing))))
      : h("p", { class: "muted" }, `The report names no country with the code ${iso}.`),
  );
}
