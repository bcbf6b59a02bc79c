// DataLoader helpers. Loaders are created per request (never at module level), and
// batch functions return exactly one result per key, in key order.
import DataLoader from "dataloader";

/** One row per key: a batch loads rows by key; misses resolve to null. */
export function loaderByKey<Key, Row>(
  loadRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader(async (keys) => {
    const rows = await loadRows(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Many rows per key (a one-to-many relation): misses resolve to an empty list. */
export function loaderGroupedByKey<Key, Row>(
  loadRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader(async (keys) => {
    const rows = await loadRows(keys);
    const groups = new Map<Key, Row[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Rows that belong to several keys (an array column, e.g. objective numbers): each row joins every key it lists. */
export function loaderGroupedByMembers<Key, Row>(
  loadRows: (keys: readonly Key[]) => Promise<Row[]>,
  keysOf: (row: Row) => readonly Key[],
): DataLoader<Key, Row[]> {
  return new DataLoader(async (keys) => {
    const rows = await loadRows(keys);
    const groups = new Map<Key, Row[]>(keys.map((key) => [key, []]));
    for (const row of rows) for (const key of keysOf(row)) groups.get(key)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** One row per key, the key being the rows' unique `column`: `find` loads the rows of all the keys. */
export function loaderBy<Key extends string | number, Row, Column extends keyof Row>(column: Column, find: (keys: Key[]) => Promise<Row[]>): DataLoader<Key, Row | null> {
  return loaderByKey((keys) => find([...keys]), (row) => row[column] as Key);
}

/** Many rows per key, the key being the rows' `column` (a foreign key): `find` loads the rows of all the keys. */
export function loaderGroupedBy<Key extends string | number, Row, Column extends keyof Row>(column: Column, find: (keys: Key[]) => Promise<Row[]>): DataLoader<Key, Row[]> {
  return loaderGroupedByKey((keys) => find([...keys]), (row) => row[column] as Key);
}

/** The part of a Prisma model (delegate) that finds rows by a where input, ordered. */
export interface FindableTable<Row, Where> {
  findMany(args: { where: Where; orderBy?: { code: "asc" } }): Promise<Row[]>;
}

/** A table's rows by their unique code. */
export function loaderByCode<Row extends { code: string }>(table: FindableTable<Row, { code: { in: string[] } }>): DataLoader<string, Row | null> {
  return loaderByKey((codes) => table.findMany({ where: { code: { in: [...codes] } } }), (row) => row.code);
}

/** A table's rows grouped by the objectives they list (an objectiveNumbers array column), ordered by code. */
export function loaderByObjectives<Row extends { objectiveNumbers: number[] }>(
  table: FindableTable<Row, { objectiveNumbers: { hasSome: number[] } }>,
): DataLoader<number, Row[]> {
  return loaderGroupedByMembers(
    (numbers) => table.findMany({ where: { objectiveNumbers: { hasSome: [...numbers] } }, orderBy: { code: "asc" } }),
    (row) => row.objectiveNumbers,
  );
}

/** A table's rows grouped by the plan initiative they detail (an initiativeCode column), ordered by code. */
export function loaderByInitiative<Row extends { initiativeCode: string | null }>(
  table: FindableTable<Row, { initiativeCode: { in: string[] } }>,
): DataLoader<string, Row[]> {
  return loaderGroupedByKey((codes) => table.findMany({ where: { initiativeCode: { in: [...codes] } }, orderBy: { code: "asc" } }), (row) => row.initiativeCode ?? "");
}

type RowOf<Table> = Table extends { findMany(...args: never[]): Promise<(infer Row)[]> } ? Row : never;

/** The by-code loader of each named table: `{ projects: prisma.borderProject }` gives `projectsByCode`. */
export function loadersByCode<Tables extends Record<string, FindableTable<{ code: string }, { code: { in: string[] } }>>>(tables: Tables) {
  return renamed(tables, "ByCode", loaderByCode) as { [Name in keyof Tables & string as `${Name}ByCode`]: DataLoader<string, RowOf<Tables[Name]> | null> };
}

/** The by-objective loader of each named table (an objectiveNumbers column): `projects` gives `projectsByObjective`. */
export function loadersByObjectives<Tables extends Record<string, FindableTable<{ code: string; objectiveNumbers: number[] }, { objectiveNumbers: { hasSome: number[] } }>>>(tables: Tables) {
  return renamed(tables, "ByObjective", loaderByObjectives) as { [Name in keyof Tables & string as `${Name}ByObjective`]: DataLoader<number, RowOf<Tables[Name]>[]> };
}

/** The by-initiative loader of each named table (an initiativeCode column): `projects` gives `projectsByInitiative`. */
export function loadersByInitiative<Tables extends Record<string, FindableTable<{ code: string; initiativeCode: string | null }, { initiativeCode: { in: string[] } }>>>(tables: Tables) {
  return renamed(tables, "ByInitiative", loaderByInitiative) as { [Name in keyof Tables & string as `${Name}ByInitiative`]: DataLoader<string, RowOf<Tables[Name]>[]> };
}

function renamed<Table>(tables: Record<string, Table>, suffix: string, loaderOf: (table: Table) => unknown) {
  return Object.fromEntries(Object.entries(tables).map(([name, table]) => [`${name}${suffix}`, loaderOf(table)]));
}
