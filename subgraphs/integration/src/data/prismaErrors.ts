// The Prisma errors the integration writes turn into answers a client can act on.
import { Prisma } from "../generated/prisma/client.js";

/** A unique constraint was violated (another write took the key first). */
export const UNIQUE_VIOLATION = "P2002";
/** The row to update was not found (its guard no longer held: another write changed it). */
export const NOT_FOUND = "P2025";

export function isPrismaError(error: unknown, code: string): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}
