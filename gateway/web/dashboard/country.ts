// The country profile page: what each department reports about one country.
import { CountryProfileDocument, DashboardCountriesDocument, type CountryProfileQuery } from "../../../schema/generated/graphql.js";
import { departmentName } from "./departments.js";
import { h } from "./dom.js";
import { runTrusted, type Answer } from "./hubClient.js";
import { problems } from "./problems.js";

type Country = NonNullable<CountryProfileQuery["country"]>;

interface Section {
  title: string;
  subgraph: string;
  field: keyof Country;
  rows(country: Country): string[][];
}

const SECTIONS: Section[] = [
  { title: "Initiatives of the plan", subgraph: "plan", field: "initiatives", rows: (country) => (country.initiatives ?? []).map((item) => [item.name, item.status]) },
  {
    title: "Border cooperation",
    subgraph: "border",
    field: "borderCooperation",
    rows: (country) => (country.borderCooperation ?? []).map((item) => [item.cooperation.name, item.role]),
  },
  { title: "Development projects", subgraph: "diaspora", field: "developmentProjects", rows: (country) => (country.developmentProjects ?? []).map((item) => [item.project.name, item.role]) },
  { title: "Cooperation agreements", subgraph: "diaspora", field: "cooperationAgreements", rows: (country) => (country.cooperationAgreements ?? []).map((item) => [item.agreement.name, item.role]) },
  { title: "Labour mobility agreements", subgraph: "labour", field: "labourMobilityAgreements", rows: (country) => (country.labourMobilityAgreements ?? []).map((item) => [item.name, item.status]) },
  { title: "Social security conventions", subgraph: "social", field: "socialSecurityConventions", rows: (country) => (country.socialSecurityConventions ?? []).map((item) => [item.name, item.status]) },
];

function humanise(text: string): string {
  return /^[A-Z_]+$/.test(text) ? text.toLowerCase().replaceAll("_", " ") : text;
}

function section(country: Country, entry: Section, missing: Answer<unknown>["missing"]): HTMLElement {
  const value = country[entry.field];
  const rows = value === null || value === undefined ? null : entry.rows(country);
  const body =
    rows === null
      ? h("p", { class: "unavailable" }, `${departmentName(entry.subgraph)} is unavailable${missing.has(entry.subgraph) ? "" : " or did not answer"}.`)
      : rows.length === 0
        ? h("p", { class: "muted" }, "None in the report.")
        : h("ul", {}, ...rows.map(([name, detail]) => h("li", {}, name ?? "", detail ? h("span", { class: "tag" }, humanise(detail)) : null)));
  return h("section", { class: "profile-section", "data-field": String(entry.field) }, h("h3", {}, entry.title, h("small", {}, ` ${departmentName(entry.subgraph)}`)), body);
}

async function countryPicker(endpoint: string, iso: string): Promise<HTMLElement> {
  const answer = await runTrusted(endpoint, DashboardCountriesDocument, {});
  const select = h("select", { id: "country-picker", "aria-label": "Country" });
  for (const country of [...(answer.data?.countries ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
    const option = h("option", { value: country.iso }, country.name);
    if (country.iso === iso) option.selected = true;
    select.append(option);
  }
  select.addEventListener("change", () => (window.location.hash = `#/country/${select.value}`));
  return h("label", { class: "picker" }, "Country ", select);
}

export async function countryPage(endpoint: string, iso: string): Promise<HTMLElement> {
  const [picker, answer] = await Promise.all([countryPicker(endpoint, iso), runTrusted(endpoint, CountryProfileDocument, { iso })]);
  const country = answer.data?.country;
  return h(
    "section",
    { id: "country" },
    picker,
    problems(answer),
    country
      ? h("div", { class: "profile" }, h("h2", {}, `${country.name} (${country.iso})`), h("div", { class: "profile-grid" }, ...SECTIONS.map((entry) => section(country, entry, answer.missing))))
      : h("p", { class: "muted" }, `The report names no country with the code ${iso}.`),
  );
}
