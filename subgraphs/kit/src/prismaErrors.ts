// The two Prisma errors a department's writes turn into answers a client can act on,
// recognised the same way in every department (each has its own generated client, so
// by Prisma's error code rather than by class).
import type { GraphQLError } from "graphql";
import { badUserInput } from "./errors.js";

/** Prisma: a unique constraint was violated (another write took the key first). */
export const UNIQUE_VIOLATION = "P2002";
/** Prisma: the row to update was not found (its guard no longer held). */
export const RECORD_NOT_FOUND = "P2025";

function prismaCode(error: unknown): string | undefined {
  const candidate = error as { name?: unknown; code?: unknown } | null;
  return candidate?.name === "PrismaClientKnownRequestError" && typeof candidate.code === "string" ? candidate.code : undefined;
}

/** The unique constraint's columns as Prisma names them, when `error` is a violation. */
function violatedColumns(error: unknown): string | undefined {
  if (prismaCode(error) !== UNIQUE_VIOLATION) return undefined;
  return JSON.stringify((error as { meta?: unknown }).meta ?? {});
}

/**
 * Runs an insert; if a concurrent write took a unique key between the checks and the
 * insert, answers `taken(columns)` (the violated constraint's description) instead.
 */
export async function insertUnlessTaken<T>(insert: () => PromiseLike<T>, taken: (columns: string) => GraphQLError): Promise<T> {
  try {
    return await insert();
  } catch (error) {
    const columns = violatedColumns(error);
    if (columns !== undefined) throw taken(columns);
    throw error;
  }
}

/**
 * Runs an update guarded by the state read before it (`where: { code, status }`); if
 * another write changed the row meanwhile, refuses naming `argument` and `what`.
 */
export async function updateIfUnchanged<T>(argument: string, what: string, update: () => PromiseLike<T>): Promise<T> {
  try {
    return await update();
  } catch (error) {
    if (prismaCode(error) === RECORD_NOT_FOUND) throw badUserInput(argument, `${what} was changed by another write meanwhile; read it again`);
    throw error;
  }
}
