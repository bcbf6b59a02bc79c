// Every figure in the graph, read through the gateway, held to the report: its quote
// is verbatim in the report, writes its value with its qualifier word, and states its
// period (test/support/figureFidelity.ts). The figure fields are found by
// introspection, so a new department's figures are checked too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figureProblems, type FigureToCheck } from "./support/figureFidelity.js";
import { startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const FIGURE = "id value unit qualifier statedPeriod { kind start end label } source { reference quote }";

/** Query fields that answer figures: a plain list of Observation, or a page of them. */
async function figureFields(): Promise<{ name: string; paged: boolean }[]> {
  const { body } = await hub.query(`{ __type(name: "Query") { fields { name type { name kind ofType { name kind ofType { name ofType { name } } } } } } }`);
  return body.data!.__type.fields.flatMap((field: any) => {
    if (field.type.name === "ObservationConnection") return [{ name: field.name, paged: true }];
    const list = field.type.kind === "NON_NULL" ? field.type.ofType : field.type;
    if (list?.kind === "LIST" && list.ofType?.ofType?.name === "Observation") return [{ name: field.name, paged: false }];
    return [];
  });
}

async function figuresOf(field: { name: string; paged: boolean }): Promise<FigureToCheck[]> {
  if (!field.paged) {
    const { body } = await hub.query(`{ ${field.name} { ${FIGURE} } }`);
    expect(body.errors).toBeUndefined();
    return body.data![field.name];
  }
  const figures: FigureToCheck[] = [];
  for (let after: string | null = null; ; ) {
    const { body }: any = await hub.query(`query($after: String) { ${field.name}(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${FIGURE} } } } }`, { after });
    expect(body.errors).toBeUndefined();
    const page = body.data[field.name];
    figures.push(...page.edges.map(({ node }: { node: FigureToCheck }) => node));
    if (!page.pageInfo.hasNextPage) return figures;
    after = page.pageInfo.endCursor;
  }
}

/** Every figure the graph answers, read once per run. */
let everyFigure: Promise<FigureToCheck[]> | undefined;
const allFigures = () => (everyFigure ??= figureFields().then(async (fields) => (await Promise.all(fields.map(figuresOf))).flat()));

describe("fidelity of every figure to the report", () => {
  it("every figure's quote is in the report and states its value, its qualifier and its period", async () => {
    const fields = await figureFields();
    expect(fields.map((field) => field.name).sort()).toEqual(
      expect.arrayContaining(["borderFigures", "diasporaFigures", "integrationFigures", "labourFigures", "planFigures", "socialProtectionFigures"]),
    );
    const figures = await allFigures();
    expect(figures.length).toBeGreaterThan(60);
    expect(figures.flatMap((figure) => figureProblems(figure))).toEqual([]);
  });

  it("qualifies the figures the report qualifies, and gives no period where the report gives none", async () => {
    const figures = new Map((await allFigures()).map((figure) => [figure.id, figure]));
    const qualifiers = (ids: string[]) => ids.map((id) => figures.get(id)?.qualifier);
    expect(qualifiers(["diaspora.consular_model_contacts_handled", "integration.civil_servants_trained", "social.nhs_numbers_allocated", "border.foreign_residents_2021_record"])).toEqual(
      ["MORE_THAN", "MORE_THAN", "MORE_THAN", "MORE_THAN"],
    );
    expect(figures.get("social.covid19_foreign_citizens_vaccinated")?.qualifier).toBe("APPROXIMATELY");
    const periods = (ids: string[]) => ids.map((id) => figures.get(id)?.statedPeriod);
    expect(periods(["plan_measures_accomplished", "integration.civil_servants_trained", "integration.association_capacity_building_courses", "integration.association_technicians_trained", "integration.claim_health_calls"])).toEqual(
      [null, null, null, null, null],
    );
    expect(figures.get("diaspora.consular_model_contacts_handled")?.statedPeriod).toEqual({ kind: "UP_TO", start: null, end: "2021-12", label: "by the end of 2021" });
    expect(periods(["labour.amif_projects_financed", "diaspora.gae_municipal_protocols"])).toEqual([
      { kind: "AS_OF", start: null, end: "2021-12", label: "at the end of 2021" },
      { kind: "AS_OF", start: null, end: "2021-12", label: "at the end of 2021" },
    ]);
  });

  it("holds the figures the report adds about the plan itself, each with its paragraph", async () => {
    const plan = new Map((await figuresOf({ name: "planFigures", paged: false })).map((figure) => [figure.id, figure]));
    expect(["plan_governance_spheres", "plan_promotion_and_monitoring_years", "plan_implementation_years", "plan_legislatures"].map((id) => {
      const figure = plan.get(id)!;
      return [figure.value, figure.unit, figure.qualifier, figure.source.reference];
    })).toEqual([
      [2, "spheres of intervention", "EXACT", "Section I, paragraph 8"],
      [2, "years", "MORE_THAN", "Section II, paragraph 1"],
      [2, "years", "MORE_THAN", "Section III, paragraph 2"],
      [3, "legislatures", "EXACT", "Section III, paragraph 3"],
    ]);
  });
});
