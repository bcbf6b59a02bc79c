// The benchmark's synthetic volume stays out of the report's figures: objective
// dashboards (the loaders) and the figure lists answer exactly as before the load,
// and only `filter: { synthetic: true }` reaches the generated rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, startSubgraph, type RunningSubgraph } from "@gcm-hub/kit";
import { openTestDatabase, testGatewayKeys, type TestDatabase } from "@gcm-hub/kit/testing";
import { loadSyntheticObservations, SYNTHETIC_DEPARTMENTS } from "./support/syntheticVolume.js";
import { loadSubgraph } from "../subgraphs/registry.js";

type Department = (typeof SYNTHETIC_DEPARTMENTS)[number];

/** The field each department lists its figures under, on Query and on Objective. */
const FIGURES: Record<Department, string> = {
  border: "borderFigures",
  integration: "integrationFigures",
  diaspora: "diasporaFigures",
  labour: "labourFigures",
  social: "socialProtectionFigures",
};

const PER_DEPARTMENT = 500;
const log = createLogger("test", "silent");

interface FigureNode {
  id: string;
  value: number;
  synthetic: boolean;
}
interface FigurePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
  edges: { node: FigureNode }[];
}

let database: TestDatabase;
const subgraphs = new Map<Department, RunningSubgraph>();

async function execute<Data>(department: Department, query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await subgraphs.get(department)!.instance.server.executeOperation({ query, variables }, { caller: null });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  expect(response.body.singleResult.errors).toBeUndefined();
  return response.body.singleResult.data as Data;
}

/** Every objective's figures, as an objective dashboard reads them (through `_entities`). */
async function objectiveFigures(department: Department) {
  const { _entities } = await execute<{ _entities: Record<string, FigureNode[] | null>[] }>(
    department,
    `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Objective { number ${FIGURES[department]} { id value synthetic } }
    } }`,
    { representations: Array.from({ length: 23 }, (_, index) => ({ __typename: "Objective", number: index + 1 })) },
  );
  return _entities;
}

async function figurePage(department: Department, filter?: Record<string, unknown>, first = 100) {
  const field = FIGURES[department];
  const data = await execute<Record<string, FigurePage>>(
    department,
    `query($filter: FigureFilter, $first: Int) { ${field}(filter: $filter, first: $first) {
      totalCount pageInfo { hasNextPage } edges { node { id value synthetic } }
    } }`,
    { filter, first },
  );
  return data[field]!;
}

const before = new Map<Department, { objectives: unknown; page: FigurePage }>();
const inserted = new Map<Department, number>();

beforeAll(async () => {
  database = await openTestDatabase();
  for (const department of SYNTHETIC_DEPARTMENTS) {
    const running = await startSubgraph(await loadSubgraph(department), database.open(), { log, gatewayKeys: [testGatewayKeys.publicKey] });
    subgraphs.set(department, running);
    await running.prepared;
  }
  for (const department of SYNTHETIC_DEPARTMENTS) {
    before.set(department, { objectives: await objectiveFigures(department), page: await figurePage(department) });
    inserted.set(department, await loadSyntheticObservations(subgraphs.get(department)!.database, department, PER_DEPARTMENT));
  }
});
afterAll(async () => {
  await Promise.all([...subgraphs.values()].map((running) => running.stop()));
  await database?.close();
});

describe.each(SYNTHETIC_DEPARTMENTS)("%s with synthetic volume loaded", (department) => {
  it(`loads ${PER_DEPARTMENT} synthetic observations`, () => {
    expect(inserted.get(department)).toBe(PER_DEPARTMENT);
  });

  it("answers objective figures exactly as before the load", async () => {
    expect(await objectiveFigures(department)).toEqual(before.get(department)!.objectives);
  });

  it("lists exactly the report's figures without a filter", async () => {
    const page = await figurePage(department);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page).toEqual(before.get(department)!.page);
    expect(page.edges.every(({ node }) => !node.synthetic)).toBe(true);
  });

  it("lists the synthetic figures only when the filter asks for them", async () => {
    const page = await figurePage(department, { synthetic: true }, 5);
    expect(page.totalCount).toBe(PER_DEPARTMENT);
    expect(page.edges).toHaveLength(5);
    expect(page.edges.every(({ node }) => node.synthetic && node.id.startsWith(`SYN_${department.toUpperCase()}_`))).toBe(true);
  });

  it("inserts nothing when loaded again", async () => {
    expect(await loadSyntheticObservations(subgraphs.get(department)!.database, department, PER_DEPARTMENT)).toBe(0);
  });
});

describe("one figure by id", () => {
  it("is null for a synthetic figure: only figure lists with the filter show them", async () => {
    const { borderFigure } = await execute<{ borderFigure: unknown }>("border", `{ borderFigure(id: "SYN_BORDER_000001") { id } }`);
    expect(borderFigure).toBeNull();
  });
});
