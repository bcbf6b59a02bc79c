// The figures of a department that takes them through the graph: the workflow (record,
// publish, correct, with revisions), pages with the draft rule, and the resolvers of
// the Observation and FigureRevision types every such department shares. Configured
// with the department (department.ts) whose client has the usual observation table.
import type DataLoader from "dataloader";
import type { RawTransaction } from "./auditedWrite.js";
import type { Caller } from "./context.js";
import type { AuditedClient, Department, DepartmentRequest } from "./department.js";
import { figureRevisionFields } from "./figureRevisions.js";
import { figureWhere, visibleFigures, type FigureFilter, type FigureInput } from "./figures.js";
import type { FigureColumns } from "./inputRules.js";
import { figureWorkflow, type FigureTable } from "./figureWorkflow.js";
import { figureFields, type FigureRow, type FigureStatus } from "./figureFields.js";
import { loaderByKey, loaderGroupedBy } from "./loaders.js";
import { pageOf, type PageArguments } from "./pagination.js";
import { objectiveReference } from "./references.js";

/** An observation row of a department that takes figures through the graph. */
export type DepartmentFigureRow = FigureRow & FigureColumns & { status: FigureStatus; sourceDocument: string };

type Where = Record<string, unknown>;
/** The arguments of the figure mutations (record takes input; publish takes id; correct takes both). */
type FigureWrite = { id?: string; input?: FigureInput; idempotencyKey?: string | null };

/** The observation table as the kit uses it, on the client or in a transaction. */
export interface FigureTableAccess {
  observation: {
    findUnique(args: { where: { code: string } }): PromiseLike<DepartmentFigureRow | null>;
    findMany(args: { where: Where; orderBy?: { code: "asc" }; take?: number }): Promise<DepartmentFigureRow[]>;
    count(args: { where: Where }): PromiseLike<number>;
    create(args: { data: FigureColumns & { code: string; status: "DRAFT" } }): PromiseLike<DepartmentFigureRow>;
    update(args: { where: { code: string }; data: FigureColumns }): PromiseLike<DepartmentFigureRow>;
    updateMany(args: { where: { code: string; status: "DRAFT" }; data: { status: "PUBLISHED" } }): PromiseLike<{ count: number }>;
  };
}

/**
 * The prefixes P for which the department's generated `Query` type has the figure
 * fields `${P}Figures` and `${P}FigureRevisions`: a prefix its schema does not have
 * fails the typecheck.
 */
export type FigurePrefix<Query> = {
  [Field in keyof Query]-?: Field extends `${infer Prefix}FigureRevisions` ? (`${Prefix}Figures` extends keyof Query ? Prefix : never) : never;
}[keyof Query] &
  string;

export function departmentFigures<
  Client extends AuditedClient<Tx> & FigureTableAccess & RawTransaction,
  Tx extends RawTransaction & FigureTableAccess,
  Query,
  Prefix extends FigurePrefix<Query>,
>(
  department: Department<Client, Tx, Query>,
  /** Prefix of the figure fields: "socialProtection" for socialProtectionFigures and recordSocialProtectionFigure. */
  prefix: Prefix,
) {
  type Request = DepartmentRequest<Client>;
  /** How errors name the figures: "socialProtection" gives "social protection figure". */
  const noun = `${prefix.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)} figure`;
  const Name = (prefix[0]!.toUpperCase() + prefix.slice(1)) as Capitalize<Prefix>;
  const find = (table: FigureTableAccess, code: string) => table.observation.findUnique({ where: { code } }) as Promise<DepartmentFigureRow | null>;
  const observations: FigureTable<Tx, DepartmentFigureRow> = {
    find,
    create: (tx, data) => tx.observation.create({ data }) as Promise<DepartmentFigureRow>,
    // Only while it is still a draft, so two concurrent publishes never both audit it.
    publish: async (tx, code) =>
      (await tx.observation.updateMany({ where: { code, status: "DRAFT" }, data: { status: "PUBLISHED" } })).count === 1 ? find(tx, code) : null,
    correct: (tx, code, data) => tx.observation.update({ where: { code }, data }) as Promise<DepartmentFigureRow>,
  };
  const workflow = figureWorkflow(department.name, noun, department.write, observations);

  /** One page of the department's figures matching the filter and visible to the caller, ordered by id. */
  function findFigurePage(request: Request, filter: FigureFilter | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    // figureWhere last: the filter decides synthetic (visibleFigures alone says the report's only).
    const where: Where = { ...visibleFigures(request.caller, department.name), ...figureWhere(filter) };
    return pageOf(request.prisma.observation, where, first, after);
  }

  /** A figure's revisions, oldest first; only the department may read them. */
  const findFigureRevisions = (request: Request, id: string) => workflow.figureRevisionList(request, request.prisma, id, (code) => find(request.prisma, code));

  // The figure fields of Query, Mutation and Objective, named after the prefix below.
  const figurePage = (_: unknown, { filter, first, after }: { filter?: FigureFilter | null } & PageArguments<unknown>, context: Request) =>
    findFigurePage(context, filter, first, after);
  const figureRevisions = (_: unknown, { id }: { id: string }, context: Request) => findFigureRevisions(context, id);
  const recordFigure = (_: unknown, { input, idempotencyKey }: FigureWrite, context: Request) => workflow.recordFigure(context, input!, idempotencyKey);
  const publishFigure = (_: unknown, { id, idempotencyKey }: FigureWrite, context: Request) => workflow.publishFigure(context, id!, idempotencyKey);
  const correctFigure = (_: unknown, { id, input, idempotencyKey }: FigureWrite, context: Request) => workflow.correctFigure(context, id!, input!, idempotencyKey);
  const objectiveFigures = ({ number }: { number: number }, _: unknown, { loaders }: { loaders: { figuresByObjective: DataLoader<number, DepartmentFigureRow[]> } }) =>
    loaders.figuresByObjective.load(number);

  return {
    recordFigure: workflow.recordFigure,
    publishFigure: workflow.publishFigure,
    correctFigure: workflow.correctFigure,

    /** A Prisma where input: drafts only for this department, never the synthetic volume. */
    visibleTo: (caller: Caller | null) => visibleFigures(caller, department.name),

    /** The figure loaders of a request, with the draft rule: by id, and by objective. */
    loaders(prisma: Client, caller: Caller | null) {
      const visible = visibleFigures(caller, department.name);
      return {
        figure: loaderByKey((ids: readonly string[]) => prisma.observation.findMany({ where: { code: { in: [...ids] }, ...visible } }), (row) => row.code),
        figuresByObjective: loaderGroupedBy("objectiveNumber", (numbers: number[]) =>
          prisma.observation.findMany({ where: { objectiveNumber: { in: numbers }, ...visible }, orderBy: { code: "asc" } }),
        ),
      };
    },

    findFigurePage,
    findFigureRevisions,

    /**
     * The figure fields of Query, Mutation and Objective, named after the prefix
     * (borderFigures, recordBorderFigure...), for the department's resolvers to spread.
     */
    fields: {
      // Computed keys read as any string to the compiler; the casts name them from the prefix.
      Query: {
        [`${prefix}Figures`]: figurePage,
        [`${prefix}FigureRevisions`]: figureRevisions,
      } as Record<`${Prefix}Figures`, typeof figurePage> & Record<`${Prefix}FigureRevisions`, typeof figureRevisions>,
      Mutation: {
        [`record${Name}Figure`]: recordFigure,
        [`publish${Name}Figure`]: publishFigure,
        [`correct${Name}Figure`]: correctFigure,
      } as Record<`record${Capitalize<Prefix>}Figure`, typeof recordFigure> &
        Record<`publish${Capitalize<Prefix>}Figure`, typeof publishFigure> &
        Record<`correct${Capitalize<Prefix>}Figure`, typeof correctFigure>,
      Objective: { [`${prefix}Figures`]: objectiveFigures } as Record<`${Prefix}Figures`, typeof objectiveFigures>,
    },

    /** Resolvers of the figure types every such department shares. */
    resolvers: {
      Observation: {
        ...figureFields,
        objective: (observation: FigureRow) => objectiveReference(observation.objectiveNumber),
      },
      FigureRevision: figureRevisionFields,
    },
  };
}
