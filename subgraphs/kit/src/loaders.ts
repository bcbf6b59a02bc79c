// DataLoader helpers. Loaders are created per request (never at module level), and
// batch functions return exactly one result per key, in key order.
import DataLoader from "dataloader";

/** How a loader finds a row's key: one of its columns, or a function of the row. */
export type KeyOfRow<Row, Key> = (keyof Row & string) | ((row: Row) => Key);

function keyFunction<Row, Key>(key: KeyOfRow<Row, Key>): (row: Row) => Key {
  return typeof key === "function" ? key : (row) => row[key] as Key;
}

/**
 * One row per key (`key`: a unique column, or a function of the row): `load` finds the
 * rows of a batch of keys; each key gets its row, null for a miss.
 */
export function loaderByKey<Key, Row>(key: KeyOfRow<Row, Key>, load: (keys: Key[]) => PromiseLike<Row[]>): DataLoader<Key, Row | null> {
  const keyOf = keyFunction(key);
  return new DataLoader(async (keys) => {
    const rows = await load([...keys]);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((candidate) => byKey.get(candidate) ?? null);
  });
}

/**
 * Many rows per key (`key`: a column such as a foreign key, or a function of the row,
 * which may give several keys: a row listed under each, e.g. an array column): `load`
 * finds the rows of a batch of keys; each key gets its rows in load order, [] for none.
 */
export function loaderGroupedByKey<Key, Row>(key: KeyOfRow<Row, Key | readonly Key[]>, load: (keys: Key[]) => PromiseLike<Row[]>): DataLoader<Key, Row[]> {
  const keysOf = keyFunction(key);
  return new DataLoader(async (keys) => {
    const rows = await load([...keys]);
    const groups = new Map<Key, Row[]>(keys.map((candidate) => [candidate, []]));
    for (const row of rows) {
      const rowKeys = keysOf(row);
      for (const rowKey of Array.isArray(rowKeys) ? (rowKeys as readonly Key[]) : [rowKeys as Key]) groups.get(rowKey)?.push(row);
    }
    return keys.map((candidate) => groups.get(candidate) ?? []);
  });
}

/** The part of a Prisma model (delegate) that finds rows by a where input, ordered. */
export interface FindableTable<Row, Where> {
  findMany(args: { where: Where; orderBy?: { code: "asc" } }): Promise<Row[]>;
}

/** A table's rows by their unique code. */
export function loaderByCode<Row extends { code: string }>(table: FindableTable<Row, { code: { in: string[] } }>): DataLoader<string, Row | null> {
  return loaderByKey("code", (codes: string[]) => table.findMany({ where: { code: { in: codes } } }));
}

/** A table's rows grouped by the objectives they list (an objectiveNumbers array column), ordered by code. */
function loaderByObjectives<Row extends { objectiveNumbers: number[] }>(table: FindableTable<Row, { objectiveNumbers: { hasSome: number[] } }>): DataLoader<number, Row[]> {
  return loaderGroupedByKey("objectiveNumbers", (numbers: number[]) => table.findMany({ where: { objectiveNumbers: { hasSome: numbers } }, orderBy: { code: "asc" } }));
}

/** A table's rows grouped by the plan initiative they detail (an initiativeCode column), ordered by code. */
export function loaderByInitiative<Row extends { initiativeCode: string | null }>(
  table: FindableTable<Row, { initiativeCode: { in: string[] } }>,
): DataLoader<string, Row[]> {
  return loaderGroupedByKey((row: Row) => row.initiativeCode ?? "", (codes: string[]) => table.findMany({ where: { initiativeCode: { in: codes } }, orderBy: { code: "asc" } }));
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
