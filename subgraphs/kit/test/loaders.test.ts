import { describe, expect, it } from "vitest";
import { loaderByKey, loaderGroupedByKey, loadersByCode, loadersByInitiative, loadersByObjectives, recordByCode, recordsByObjective } from "../src/index.js";

describe("loaders", () => {
  it("batches keys into one load and realigns rows to keys, null for misses", async () => {
    const batches: (readonly string[])[] = [];
    const loader = loaderByKey("iso", async (keys: string[]) => {
      batches.push(keys);
      return [{ iso: "IN" }, { iso: "CV" }]; // out of order, one missing
    });
    const results = await Promise.all(["CV", "XX", "IN"].map((key) => loader.load(key)));
    expect(results).toEqual([{ iso: "CV" }, null, { iso: "IN" }]);
    expect(batches).toEqual([["CV", "XX", "IN"]]);
  });

  it("groups many rows per key, empty lists for keys without rows", async () => {
    const loader = loaderGroupedByKey("objective", async (_: number[]) => [
      { objective: 5, code: "A" },
      { objective: 7, code: "B" },
      { objective: 5, code: "C" },
    ]);
    const [five, six, seven] = await Promise.all([5, 6, 7].map((key) => loader.load(key)));
    expect(five!.map((row) => row.code)).toEqual(["A", "C"]);
    expect(six).toEqual([]);
    expect(seven!.map((row) => row.code)).toEqual(["B"]);
  });

  it("lists a row under every key a function gives it", async () => {
    const loader = loaderGroupedByKey(
      (row: { codes: string[]; name: string }) => row.codes,
      async (_: string[]) => [
        { codes: ["A", "B"], name: "both" },
        { codes: ["B"], name: "b" },
      ],
    );
    const [a, b, c] = await Promise.all(["A", "B", "C"].map((key) => loader.load(key)));
    expect([a, b, c].map((rows) => rows!.map((row) => row.name))).toEqual([["both"], ["both", "b"], []]);
  });
});

describe("loaders named after a department's records", () => {
  type Row = { code: string; objectiveNumbers: number[]; initiativeCode: string | null };
  const rows: Row[] = [
    { code: "B", objectiveNumbers: [2, 5], initiativeCode: "MYSEF" },
    { code: "A", objectiveNumbers: [5], initiativeCode: null },
  ];
  // A stand-in for a Prisma model: answers the where clauses the kit's loaders send.
  const table = {
    findMany: async ({ where }: { where: Record<string, { in?: string[]; hasSome?: number[] }> }) => {
      const [column, condition] = Object.entries(where)[0]!;
      const matches = (row: Row) =>
        condition.hasSome ? (row[column as "objectiveNumbers"] as number[]).some((n) => condition.hasSome!.includes(n)) : condition.in!.includes(row[column as "code"] as string);
      return rows.filter(matches).sort((a, b) => a.code.localeCompare(b.code));
    },
  };

  it("names each loader after the records and what it looks them up by", async () => {
    const tables = { projects: table };
    const loaders = { ...loadersByCode(tables), ...loadersByObjectives(tables), ...loadersByInitiative(tables) };
    expect(Object.keys(loaders).sort()).toEqual(["projectsByCode", "projectsByInitiative", "projectsByObjective"]);
    expect(await loaders.projectsByCode.loadMany(["A", "Z"])).toEqual([rows[1], null]);
    expect((await loaders.projectsByObjective.load(5)).map((row) => row.code)).toEqual(["A", "B"]);
    expect(await loaders.projectsByObjective.load(9)).toEqual([]);
    expect((await loaders.projectsByInitiative.load("MYSEF")).map((row) => row.code)).toEqual(["B"]);
  });

  it("answers a record field through the loader named after it", async () => {
    const loaders = { ...loadersByCode({ projects: table }), ...loadersByObjectives({ projects: table }) };
    expect(await recordByCode("projects")(null, { code: "B" }, { loaders })).toEqual(rows[0]);
    expect((await recordsByObjective("projects")({ number: 2 }, null, { loaders })).map((row) => row.code)).toEqual(["B"]);
  });
});
