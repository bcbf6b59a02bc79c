// Errors a client can act on carry a standard code and say what was wrong.
// Anything else is masked by the server (see maskInternalError) and logged.
import { GraphQLError } from "graphql";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

/** An argument a client sent is unacceptable; `argument` names it. */
export function badUserInput(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${reason}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
  });
}

/** Prisma's errors for a database it cannot reach (connection refused, timed out, closed). */
const UNREACHABLE_DATABASE_CODES = new Set([
  "P1001", "P1002", "P1017", "P2024",
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN",
  "57P01", "57P03", // PostgreSQL: admin shutdown, cannot connect now (starting up)
]);
const UNREACHABLE_DATABASE_MESSAGE = /connection terminated|timeout exceeded when trying to connect|Can't reach database/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const { code, name } = current as { code?: unknown; name?: unknown };
    if (typeof code === "string" && UNREACHABLE_DATABASE_CODES.has(code)) return true;
    if (name === "PrismaClientInitializationError") return true;
    if (UNREACHABLE_DATABASE_MESSAGE.test(String((current as Error).message))) return true;
    if (name === "DriverAdapterError" && /connect|terminat|closed/i.test(String((current as Error).message))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * `value`, which the schema makes non-null; throws naming `what` when the database
 * holds null anyway (broken data, never a client's mistake: the server logs it and
 * masks the message) rather than hand GraphQL a null for a non-null field.
 */
export function storedNonNull<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is null, but the schema makes it non-null`);
  return value;
}
