// Resolvers for the fields that only look records up through a loader named after them
// (see loadersByCode, loadersByObjectives, loadersByInitiative): `borderProject:
// recordByCode("projects")` reads `loaders.projectsByCode`. The loader's row type is
// inferred from the subgraph's context, so the generated resolver types still check it.
import type DataLoader from "dataloader";

type LoadersWith<Name extends string, Key, Value> = { loaders: Record<Name, DataLoader<Key, Value>> };

/** A query field `(code: ID!)` answered by `loaders.<records>ByCode`. */
export function recordByCode<Records extends string>(records: Records) {
  const loader = `${records}ByCode` as const;
  return <Row>(_: unknown, { code }: { code: string }, { loaders }: LoadersWith<typeof loader, string, Row | null>) => loaders[loader].load(code);
}

/** An `Objective` list field answered by `loaders.<records>ByObjective`. */
export function recordsByObjective<Records extends string>(records: Records) {
  const loader = `${records}ByObjective` as const;
  return <Row>({ number }: { number: number }, _: unknown, { loaders }: LoadersWith<typeof loader, number, Row[]>) => loaders[loader].load(number);
}

/** An `Initiative` list field answered by `loaders.<records>ByInitiative`. */
export function recordsByInitiative<Records extends string>(records: Records) {
  const loader = `${records}ByInitiative` as const;
  return <Row>({ code }: { code: string }, _: unknown, { loaders }: LoadersWith<typeof loader, string, Row>) => loaders[loader].load(code);
}
