// Statements prepared once per text, on both databases. PGlite's own `query` parses,
// analyses and plans every statement afresh (an unnamed statement) and crosses into its
// WebAssembly six times (parse, describe, bind, describe, execute, sync); node-postgres
// sends a parse with every unnamed statement too. The kit's reads are a few hundred
// statement texts run again and again, so here a text is parsed once into a named
// statement (planned per run still, until PostgreSQL's plan cache settles on a generic
// plan) and each run binds and executes it: on PGlite in one message, which is what
// cuts the time (docs/performance.md, point 6). Queries inside a transaction still go
// through PGlite's own path (the transaction's client).
import { parse, protocol, type PGlite, type QueryOptions, type Results } from "@electric-sql/pglite";

/** Statement texts kept prepared; past it, a new text runs unprepared (Prisma's IN lists make one text per list length). */
export const PREPARED_STATEMENTS_LIMIT = 2000;

interface PreparedStatement {
  name: string;
  /** The parameters' type OIDs, as the database inferred them: how each value is written. */
  parameterTypes: number[];
}

/** What PGlite keeps to itself and this module needs: its locks, value serializers and row parsers. */
interface PGliteInternals {
  _runExclusiveTransaction<T>(work: () => Promise<T>): Promise<T>;
  _runExclusiveQuery<T>(work: () => Promise<T>): Promise<T>;
  serializers: Record<number, (value: unknown) => string>;
  parsers: Parameters<typeof parse.parseResults>[1];
}

/** `pglite` as itself, except that `query` runs prepared statements. */
export function withPreparedStatements(pglite: PGlite): PGlite {
  const internals = pglite as unknown as PGliteInternals;
  const prepared = new Map<string, PreparedStatement>();

  async function prepare(text: string): Promise<PreparedStatement> {
    const known = prepared.get(text);
    if (known) return known;
    const name = `gcm_hub_${prepared.size}`;
    const { messages } = await pglite.execProtocol(
      message(protocol.serialize.parse({ name, text }), protocol.serialize.describe({ type: "S", name }), protocol.serialize.sync()),
      { syncToFs: false },
    );
    const statement = { name, parameterTypes: parse.parseDescribeStatementResults(messages) };
    prepared.set(text, statement);
    return statement;
  }

  async function query<Row>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<Row>> {
    if (prepared.size >= PREPARED_STATEMENTS_LIMIT && !prepared.has(text)) return pglite.query<Row>(text, params, options);
    // The same locks as PGlite's query: never inside another caller's transaction.
    return internals._runExclusiveTransaction(() =>
      internals._runExclusiveQuery(async () => {
        const statement = await prepare(text);
        const values = params.map((value, index) => {
          if (value === null || value === undefined) return null;
          const type = statement.parameterTypes[index]!;
          const serialize = options?.serializers?.[type] ?? internals.serializers[type];
          return serialize ? serialize(value) : String(value);
        });
        const { messages } = await pglite.execProtocol(
          message(
            protocol.serialize.bind({ statement: statement.name, values }),
            protocol.serialize.describe({ type: "P" }),
            protocol.serialize.execute({}),
            protocol.serialize.sync(),
          ),
        );
        return parse.parseResults(messages, internals.parsers, options)[0] as Results<Row>;
      }),
    );
  }

  return new Proxy(pglite, {
    get(target, key) {
      if (key === "query") return query;
      const value = Reflect.get(target, key, target) as unknown;
      // PGlite's methods use its private fields: they must run on PGlite itself.
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function message(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * Names for node-postgres's prepared statements, one per statement text: each pooled
 * connection parses a text once and runs it by name afterwards. Past
 * PREPARED_STATEMENTS_LIMIT texts a new one gets "", which node-postgres runs unnamed.
 */
export function statementNames(): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined) {
      if (names.size >= PREPARED_STATEMENTS_LIMIT) return "";
      name = `gcm_hub_${names.size}`;
      names.set(sql, name);
    }
    return name;
  };
}
