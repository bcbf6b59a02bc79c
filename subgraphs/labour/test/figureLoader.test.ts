// The draft rule on every path to a labour figure, the keyed loader included: the
// shared rules are in figures.test.ts (the kit's describeDepartmentFigures).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@gcm-hub/kit";
import { exampleFigure, useTestSubgraph } from "@gcm-hub/kit/testing";
import { createLoaders } from "../src/loaders.js";
import { createLabourPrisma, type LabourPrisma } from "../src/prisma.js";
import { labour } from "../src/server.js";

const WRITER: Caller = { subgraph: "labour", scopes: ["write"], subject: "ana" };
const BORDER: Caller = { subgraph: "border", scopes: ["write", "publish"], subject: "eva" };
const RECORD = `mutation($input: FigureInput!) { recordLabourFigure(input: $input) { id } }`;
const FIGURE = exampleFigure("labour", { label: "Work permits processed through the India agreement", value: 1250, unit: "permits", objective: 5 });

const subgraph = useTestSubgraph(labour);
let prisma: LabourPrisma;
beforeAll(() => {
  prisma = createLabourPrisma(subgraph.running.database);
});
afterAll(() => prisma?.$disconnect());

describe("the figure loader", () => {
  it("gives a draft, keyed by id, to its department only", async () => {
    const recorded = await subgraph.execute<{ recordLabourFigure: { id: string } }>(RECORD, { input: FIGURE }, WRITER);
    const id = recorded.data!.recordLabourFigure.id;
    expect((await createLoaders(prisma, WRITER).figure.load(id))?.code).toBe(id);
    expect(await createLoaders(prisma, null).figure.load(id)).toBeNull();
    expect(await createLoaders(prisma, BORDER).figure.load(id)).toBeNull();
    expect((await createLoaders(prisma, null).figure.load("labour.amif_projects_financed"))?.value).toBe(4);
  });
});
