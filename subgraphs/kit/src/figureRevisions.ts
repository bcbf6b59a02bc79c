// Revisions of a department's published figures. Correcting a published figure does
// not change what the public sees: it records a DRAFT revision, which a caller with
// the publish scope then publishes (its values become the figure's, the previous
// revision is SUPERSEDED). The first correction also keeps the figure as it was
// published, as revision 1. Table "<schema>".observation_revision, declared in each
// department's Prisma schema; the kit reads and writes it in the write's transaction.
import type { RawTransaction } from "./auditedWrite.js";
import { figurePeriod, deprecatedPeriod } from "./figureFields.js";
import type { FigureColumns } from "./inputRules.js";
import type { FigureRevisionStatus } from "./generated/contract.js";

export type { FigureRevisionStatus };

/** One row of observation_revision. */
export interface FigureRevisionRow extends FigureColumns {
  figureCode: string;
  revision: number;
  status: FigureRevisionStatus;
  recordedAt: Date | null;
  recordedBy: string | null;
  publishedAt: Date | null;
  publishedBy: string | null;
}

/** What a revision is read from: a transaction, or the department's Prisma client. */
export type RawReader = Pick<RawTransaction, "$queryRawUnsafe">;

const VALUE_COLUMNS = [
  ["label", "label"],
  ["value", "value"],
  ["unit", "unit"],
  ["qualifier", "qualifier"],
  ["period_kind", "periodKind"],
  ["period_start", "periodStart"],
  ["period_end", "periodEnd"],
  ["period_label", "periodLabel"],
  ["objective_number", "objectiveNumber"],
  ["source_document", "sourceDocument"],
  ["source_ref", "sourceRef"],
  ["source_quote", "sourceQuote"],
  ["pandemic_response", "pandemicResponse"],
] as const satisfies readonly (readonly [string, keyof FigureColumns])[];

const SELECT = [
  `figure_code AS "figureCode"`,
  "revision",
  "status",
  ...VALUE_COLUMNS.map(([column, field]) => `${column} AS "${field}"`),
  `recorded_at AS "recordedAt"`,
  `recorded_by AS "recordedBy"`,
  `published_at AS "publishedAt"`,
  `published_by AS "publishedBy"`,
].join(", ");

const values = (columns: FigureColumns) => VALUE_COLUMNS.map(([, field]) => columns[field]);

/** Columns of the department's own enum types: a parameter for them is cast to the type. */
const ENUM_TYPES: Partial<Record<(typeof VALUE_COLUMNS)[number][0], string>> = { qualifier: "figure_qualifier", period_kind: "period_kind" };

/** The revisions of one department's figures, in its PostgreSQL schema. */
export function figureRevisions(schema: string) {
  const table = `"${schema}"."observation_revision"`;
  /** The placeholder of a value column: its enum type named where it has one. */
  const placeholder = (column: (typeof VALUE_COLUMNS)[number][0], position: number) =>
    ENUM_TYPES[column] ? `$${position}::"${schema}"."${ENUM_TYPES[column]}"` : `$${position}`;
  const insert = `INSERT INTO ${table} (figure_code, revision, status, recorded_at, recorded_by, ${VALUE_COLUMNS.map(([column]) => column).join(", ")})
    VALUES ($1, $2, $3, $4, $5, ${VALUE_COLUMNS.map(([column], index) => placeholder(column, index + 6)).join(", ")})`;

  async function pending(tx: RawReader, code: string): Promise<FigureRevisionRow | null> {
    const [row] = await tx.$queryRawUnsafe<FigureRevisionRow[]>(`SELECT ${SELECT} FROM ${table} WHERE figure_code = $1 AND status = 'DRAFT'`, code);
    return row ?? null;
  }

  return {
    pending,

    /** All revisions of a figure, oldest first (empty while it was never corrected). */
    list: (reader: RawReader, code: string) =>
      reader.$queryRawUnsafe<FigureRevisionRow[]>(`SELECT ${SELECT} FROM ${table} WHERE figure_code = $1 ORDER BY revision`, code),

    /**
     * Records `columns` as the figure's draft revision: the waiting one is replaced, or
     * a new one added (with the published figure kept as revision 1 the first time).
     */
    async propose(tx: RawTransaction, published: FigureColumns & { code: string }, columns: FigureColumns, subject: string): Promise<number> {
      const waiting = await pending(tx, published.code);
      if (waiting) {
        const assignments = VALUE_COLUMNS.map(([column], index) => `${column} = ${placeholder(column, index + 3)}`).join(", ");
        await tx.$executeRawUnsafe(
          `UPDATE ${table} SET recorded_at = now(), recorded_by = $2, ${assignments} WHERE figure_code = $1 AND status = 'DRAFT'`,
          published.code,
          subject,
          ...values(columns),
        );
        return waiting.revision;
      }
      const [{ latest } = { latest: 0 }] = await tx.$queryRawUnsafe<{ latest: number }[]>(
        `SELECT coalesce(max(revision), 0)::int AS latest FROM ${table} WHERE figure_code = $1`,
        published.code,
      );
      if (latest === 0) await tx.$executeRawUnsafe(insert, published.code, 1, "PUBLISHED", null, null, ...values(published));
      const revision = Math.max(latest, 1) + 1;
      await tx.$executeRawUnsafe(insert, published.code, revision, "DRAFT", new Date(), subject, ...values(columns));
      return revision;
    },

    /** Makes the waiting revision the published one; the previous one is superseded. */
    async publish(tx: RawTransaction, code: string, revision: number, subject: string): Promise<void> {
      await tx.$executeRawUnsafe(`UPDATE ${table} SET status = 'SUPERSEDED' WHERE figure_code = $1 AND status = 'PUBLISHED'`, code);
      await tx.$executeRawUnsafe(`UPDATE ${table} SET status = 'PUBLISHED', published_at = now(), published_by = $3 WHERE figure_code = $1 AND revision = $2`, code, revision, subject);
    },
  };
}

const isoTime = (time: Date | string | null) => (time === null ? null : new Date(time).toISOString());

/** Resolvers for FigureRevision's derived fields (identical SDL in every department). */
export const figureRevisionFields = {
  period: deprecatedPeriod,
  statedPeriod: figurePeriod,
  source: (row: FigureRevisionRow) => ({ document: row.sourceDocument, reference: row.sourceRef, quote: row.sourceQuote }),
  recordedAt: (row: FigureRevisionRow) => isoTime(row.recordedAt),
  publishedAt: (row: FigureRevisionRow) => isoTime(row.publishedAt),
};
