// Fields every typed record of this subgraph resolves the same way: its objectives
// and initiative (references to plan's entities, from key columns), its figures
// (one batched lookup by code) and its source.
import { initiativeReference, objectiveReference, type ObjectiveReference, reportSource } from "@gcm-hub/kit";
import type { DiasporaContext } from "../context.js";

export const objectivesOf = (row: { objectiveNumbers: number[] }): ObjectiveReference[] =>
  row.objectiveNumbers.flatMap((number) => objectiveReference(number) ?? []);

export const initiativeOf = (row: { initiativeCode: string | null }) => initiativeReference(row.initiativeCode);

/** A record's source: the report, unless the record was created through the graph from another document. */
export const sourceOf = (row: { sourceRef: string; sourceQuote: string; sourceDocument?: string }) => ({
  ...reportSource(row.sourceRef, row.sourceQuote),
  ...(row.sourceDocument === undefined ? {} : { document: row.sourceDocument }),
});

export async function figuresOf(row: { figureCodes: string[] }, { loaders }: DiasporaContext) {
  const figures = await loaders.figure.loadMany([...row.figureCodes].sort());
  const failure = figures.find((figure) => figure instanceof Error);
  if (failure) throw failure;
  return figures.flatMap((figure) => (figure instanceof Error || figure === null ? [] : [figure]));
}

/** Keeps the rows whose field equals the wanted value; all rows when none is wanted. */
export function having<Row, Value>(rows: Row[], valueOf: (row: Row) => Value, wanted: Value | null | undefined): Row[] {
  return wanted == null ? rows : rows.filter((row) => valueOf(row) === wanted);
}
