import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREPARED_STATEMENTS_LIMIT, statementNames, withPreparedStatements } from "../src/preparedStatements.js";

describe("withPreparedStatements (PGlite)", () => {
  let pglite: PGlite;
  let prepared: PGlite;
  const figures = "SELECT code, value, tags, noted, period FROM figure WHERE published = $1 AND code = ANY($2) AND (period > $3 OR $3 IS NULL) ORDER BY code";

  beforeAll(async () => {
    pglite = await PGlite.create();
    prepared = withPreparedStatements(pglite);
    await pglite.exec(`CREATE TABLE figure (code text PRIMARY KEY, value bigint, tags text[], noted jsonb, period date, published boolean);
      INSERT INTO figure VALUES ('a', 1, '{x,"y z"}', '{"k": [1]}', '2020-01-01', true), ('b', 9007199254740993, NULL, NULL, NULL, true), ('c', 3, '{}', 'null', '2021-06-30', false);`);
  });
  afterAll(() => pglite.close());

  it("answers as PGlite's own query does, parameters and row modes alike", async () => {
    for (const [params, options] of [
      [[true, ["a", "b", "c"], null], undefined],
      [[false, ["c"], "2021-01-01"], { rowMode: "array" as const }],
      [[true, ["a"], new Date("2019-12-31T00:00:00Z")], { rowMode: "array" as const }],
    ] as const) {
      const expected = await pglite.query(figures, [...params], options);
      const answered = await prepared.query(figures, [...params], options);
      expect(answered.rows).toEqual(expected.rows);
      expect(answered.fields).toEqual(expected.fields);
    }
    expect((await prepared.query<{ code: string }>(figures, [true, ["a", "b"], null])).rows.map((row) => row.code)).toEqual(["a", "b"]);
  });

  it("parses a statement text once, however often it runs", async () => {
    const text = "SELECT count(*) AS n FROM figure WHERE value > $1";
    for (let run = 0; run < 3; run++) expect((await prepared.query<{ n: number }>(text, [run])).rows[0]!.n).toBeGreaterThan(0);
    const { rows } = await pglite.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1", [text]);
    expect(rows[0]!.n).toBe(1);
  });

  it("reports the database's error, and the next statement runs", async () => {
    await expect(prepared.query("SELECT * FROM no_such_table WHERE code = $1", ["a"])).rejects.toMatchObject({ code: "42P01" });
    await expect(prepared.query("INSERT INTO figure (code) VALUES ($1)", ["a"])).rejects.toMatchObject({ code: "23505" });
    await expect(prepared.query("INSERT INTO figure (code) VALUES ($1)", ["a"])).rejects.toMatchObject({ code: "23505" });
    expect((await prepared.query("SELECT code FROM figure WHERE code = $1", ["a"])).rows).toEqual([{ code: "a" }]);
  });

  it("writes, and waits for a transaction in progress instead of running inside it", async () => {
    let insideTransaction!: () => void;
    const transactionStarted = new Promise<void>((resolve) => (insideTransaction = resolve));
    let release!: () => void;
    const transaction = pglite.transaction(async (tx) => {
      await tx.query("INSERT INTO figure (code, value) VALUES ('t', 1)");
      insideTransaction();
      await new Promise<void>((resolve) => (release = resolve));
      await tx.rollback();
    });
    await transactionStarted;
    const read = prepared.query("SELECT code FROM figure WHERE code = $1", ["t"]);
    release();
    await transaction;
    expect((await read).rows).toEqual([]);
    const written = await prepared.query("UPDATE figure SET value = value + $1 WHERE code = ANY($2)", [1, ["a", "c"]]);
    expect(written.affectedRows).toBe(2);
  });
});

describe("statementNames (node-postgres)", () => {
  it("names each statement text once, and leaves texts past the limit unnamed", () => {
    const nameOf = statementNames();
    const first = nameOf({ sql: "SELECT 1" });
    expect(nameOf({ sql: "SELECT 1" })).toBe(first);
    expect(nameOf({ sql: "SELECT 2" })).not.toBe(first);
    for (let n = 3; n <= PREPARED_STATEMENTS_LIMIT; n++) nameOf({ sql: `SELECT ${n}` });
    expect(nameOf({ sql: "SELECT 'one too many'" })).toBe("");
    expect(nameOf({ sql: "SELECT 2" })).not.toBe("");
  });
});
