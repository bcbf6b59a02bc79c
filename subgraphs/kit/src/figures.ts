// The figures every department exposes as `<department>Figures(filter, first, after)`:
// the FigureFilter input turned into a condition on the observation table.
import type { Caller } from "./context.js";
import type { FigureFilter, FigureInput, PeriodInput, SourceInput } from "./generated/contract.js";
import { objectiveArgument, objectiveNumbersArgument } from "./inputRules.js";

// The SDL's inputs, as codegen writes them from the kit's shared contract.
export type { FigureFilter, FigureInput, PeriodInput, SourceInput };

/** Columns of the observation table the filter constrains (a Prisma where input). */
export interface FigureWhere {
  objectiveNumber?: number | { in: number[] };
  pandemicResponse?: boolean;
  /** Always set: the report's figures unless the filter asks for the synthetic volume. */
  synthetic: boolean;
}

export function figureWhere(filter: FigureFilter | null | undefined): FigureWhere {
  const where: FigureWhere = { synthetic: filter?.synthetic ?? false };
  if (filter?.objective != null) where.objectiveNumber = objectiveArgument("filter.objective", filter.objective);
  if (filter?.objectives != null) {
    // With `objective` too, both hold: the one objective, if it is among them.
    const numbers = objectiveNumbersArgument("filter.objectives", filter.objectives, { optional: true });
    where.objectiveNumber = { in: filter.objective != null ? numbers.filter((number) => number === filter.objective) : numbers };
  }
  if (filter?.pandemicResponse != null) where.pandemicResponse = filter.pandemicResponse;
  return where;
}

/**
 * The figures a caller sees through loaders (objective dashboards, the figures of a
 * record, one figure by id): the report's, never the synthetic benchmark volume; drafts
 * only for the department that recorded them, published figures for everyone else.
 * A figure page lets its filter decide `synthetic` by spreading figureWhere after this.
 */
export function visibleFigures(caller: Caller | null, department: string): { synthetic: false; status?: "PUBLISHED" } {
  return caller?.subgraph === department ? { synthetic: false } : { synthetic: false, status: "PUBLISHED" };
}
