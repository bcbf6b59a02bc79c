// Relay cursor pagination by a unique sort key (keyset, not offset): the cursor is
// the opaque encoding of the last key on the page.
import { MAX_PAGE_SIZE } from "@gcm-hub/platform";
import { badUserInput } from "./errors.js";

export const DEFAULT_PAGE_SIZE = 20;

export interface PageRequest {
  /** Rows to return. */
  take: number;
  /** Key of the last row of the previous page; null for the first page. */
  afterKey: string | null;
}

export interface Connection<Node = unknown> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /**
   * Counted only when the query selects it (GraphQL's default resolver calls a function
   * property): a count reads every matching row, so a page that does not ask for it
   * costs the same on a table of ten thousand rows as on one of a million.
   */
  totalCount: () => Promise<number>;
}

const CURSOR_PREFIX = "k:";

export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, argument = "after"): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith(CURSOR_PREFIX) || encodeCursor(decoded.slice(CURSOR_PREFIX.length)) !== cursor) {
    throw badUserInput(argument, "is not a cursor this API issued; use pageInfo.endCursor from a previous page");
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

/** Validates `first` and `after` and turns them into a keyset page request. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const take = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE_SIZE) {
    throw badUserInput("first", `must be between 1 and ${MAX_PAGE_SIZE}, got ${take}`);
  }
  return { take, afterKey: after == null ? null : decodeCursor(after) };
}

/** Builds a connection from up to take + 1 rows (the extra row only says a next page exists). */
export function toConnection<Node>(rows: Node[], page: PageRequest, keyOf: (node: Node) => string, count: () => Promise<number>): Connection<Node> {
  const nodes = rows.slice(0, page.take);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.take, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: count,
  };
}

/**
 * One keyset page ordered by the unique code: validates `first` and `after`, loads
 * one row more than asked (to know whether a page follows); the matches are counted
 * only if the query asks for totalCount.
 */
export async function pageByCode<Row extends { code: string }>(
  first: number | null | undefined,
  after: string | null | undefined,
  load: (afterKey: string | null, take: number) => Promise<Row[]>,
  count: () => Promise<number>,
): Promise<Connection<Row>> {
  const page = pageRequest(first, after);
  const rows = await load(page.afterKey, page.take + 1);
  return toConnection(rows, page, (row) => row.code, count);
}

/** The filter's conditions, plus "code after the cursor" when there is one (a Prisma where input). */
export function afterCode<Where extends object>(where: Where, afterKey: string | null): Where | { AND: [Where, { code: { gt: string } }] } {
  return afterKey === null ? where : { AND: [where, { code: { gt: afterKey } }] };
}

/** The filter's fields that are set (neither null nor absent), as Prisma equality conditions. */
export function equalityConditions<Filter extends object, Key extends keyof Filter>(filter: Filter | null | undefined, keys: readonly Key[]): { [K in Key]?: NonNullable<Filter[K]> } {
  return Object.fromEntries(keys.flatMap((key) => (filter?.[key] == null ? [] : [[key, filter[key]]]))) as { [K in Key]?: NonNullable<Filter[K]> };
}

/** A list field's arguments: a filter, how many, and after which cursor. */
export interface PageArguments<Filter> {
  filter?: Filter | null;
  first?: number | null;
  after?: string | null;
}

/** The parts of a Prisma model (delegate) a page of its rows needs. */
export interface PageableTable<Row, Where> {
  findMany(args: { where: Where; orderBy: { code: "asc" }; take: number }): PromiseLike<Row[]>;
  count(args: { where: Where }): PromiseLike<number>;
}

/** One keyset page of `table`'s rows matching `where` (a Prisma where input), ordered by code, with the total count. */
export function pageOf<Row extends { code: string }, Where extends object>(
  table: PageableTable<Row, Where>,
  where: Where,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<Row>> {
  return pageByCode(
    first,
    after,
    // A Prisma where input takes AND, so "after the cursor" is one of the table's own conditions.
    async (afterKey, take) => table.findMany({ where: afterCode(where, afterKey) as Where, orderBy: { code: "asc" }, take }),
    async () => table.count({ where }),
  );
}
