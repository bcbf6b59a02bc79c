// useExport on figures: a figure the report gives no period (statedPeriod null) reads
// "no period given" in its period's label column, as on the dashboard, in CSV and JSON;
// a stated period keeps its label and quote.
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { useAutomaticPersistedQueries } from "../../src/plugins/useAutomaticPersistedQueries.js";
import { useExport } from "../../src/plugins/useExport.js";
import { sha256 } from "../../src/trustedDocuments.js";
import { createPluginHarness, type InlineSubgraph, type PluginHarness } from "./harness.js";

const figures = [
  { id: "diaspora.consular_model_contacts_handled", value: 1_000_000, statedPeriod: { kind: "UP_TO", label: "by the end of 2021", quote: "by the end of 2021" } },
  { id: "diaspora.consular_model_countries_served", value: 10, statedPeriod: null },
];

const FIGURES: InlineSubgraph = {
  name: "figures",
  typeDefs: `
    type Query { figures: [Figure!]! }
    type Figure { id: String!  value: Float!  statedPeriod: Period }
    type Period { kind: String!  label: String!  quote: String }`,
  resolvers: { Query: { figures: () => figures } },
};

const documents = ["query Figures { figures { id value statedPeriod { kind label quote } } }"];
const trusted = new Map(documents.map((document) => [sha256(document), document]));

const gateway: PluginHarness = createPluginHarness({
  subgraphs: [FIGURES],
  plugins: () => [
    useExport({ trusted, run: (request) => Promise.resolve(gateway.runtime.fetch(request)), graphqlEndpoint: "/graphql", maxRows: 10 }),
    useAutomaticPersistedQueries({ trusted }),
  ],
});
afterAll(() => gateway[Symbol.asyncDispose]());

const text = async (path: string) => new TextDecoder().decode(new Uint8Array(await (await gateway.fetch(path)).arrayBuffer()));

describe("useExport: figures' periods", () => {
  it("says 'no period given' where the report gives a figure none, in CSV", async () => {
    const rows: string[][] = parseCsv((await text("/export/Figures.csv")).replace(/^\uFEFF/, ""), { record_delimiter: "\r\n" });
    expect(rows).toEqual([
      ["id", "value", "statedPeriod.kind", "statedPeriod.label", "statedPeriod.quote"],
      ["diaspora.consular_model_contacts_handled", "1000000", "UP_TO", "by the end of 2021", "by the end of 2021"],
      ["diaspora.consular_model_countries_served", "10", "", "no period given", ""],
    ]);
  });

  it("and in JSON, with the kind and quote null", async () => {
    expect(JSON.parse(await text("/export/Figures.json"))[1]).toEqual({
      id: "diaspora.consular_model_countries_served",
      value: 10,
      "statedPeriod.kind": null,
      "statedPeriod.label": "no period given",
      "statedPeriod.quote": null,
    });
  });
});
