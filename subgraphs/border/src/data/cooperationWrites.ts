// The border department's writes to its cooperation records: how far a project or
// protocol has come, and new protocols. Seeded records keep their report provenance;
// a created protocol carries the document the department names.
import { badUserInput } from "@gcm-hub/kit";
import { Prisma, type BorderProject, type BorderProtocol } from "../generated/prisma/client.js";
import type { BorderCooperationStatus } from "../generated/prisma/enums.js";
import { departmentWrite, type WriteContext } from "./departmentWrite.js";
import { protocolColumns, type BorderProtocolInput } from "./protocolColumns.js";

/** Prisma's error codes: a unique constraint was violated; the row to update was not found. */
const UNIQUE_VIOLATION = "P2002";
const NOT_FOUND = "P2025";

function isPrismaError(error: unknown, code: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

/**
 * The update only applies while the record still has the status read at the start
 * of the write, so two concurrent updates never both audit the same transition.
 */
async function changedMeanwhile<Row>(what: string, update: Promise<Row>): Promise<Row> {
  try {
    return await update;
  } catch (error) {
    if (isPrismaError(error, NOT_FOUND)) throw badUserInput("status", `${what} was changed by another write meanwhile; read it again`);
    throw error;
  }
}

export function updateProjectStatus(
  context: WriteContext,
  code: string,
  status: BorderCooperationStatus,
  idempotencyKey?: string | null,
): Promise<BorderProject> {
  const write = { scope: "write" as const, action: "updateProjectStatus", entity: "BorderProject", idempotencyKey };
  return departmentWrite(context, write, async (tx) => {
    const before = await tx.borderProject.findUnique({ where: { code } });
    if (!before) throw badUserInput("code", `no border project has code "${code}"`);
    if (before.status === status) throw badUserInput("status", `project "${code}" is already ${status}`);
    const after = await changedMeanwhile(`project "${code}"`, tx.borderProject.update({ where: { code, status: before.status }, data: { status } }));
    return { result: after, entityId: code, before, after };
  });
}

export function updateProtocolStatus(
  context: WriteContext,
  code: string,
  status: BorderCooperationStatus,
  idempotencyKey?: string | null,
): Promise<BorderProtocol> {
  const write = { scope: "write" as const, action: "updateProtocolStatus", entity: "BorderProtocol", idempotencyKey };
  return departmentWrite(context, write, async (tx) => {
    const before = await tx.borderProtocol.findUnique({ where: { code } });
    if (!before) throw badUserInput("code", `no border protocol has code "${code}"`);
    if (before.status === status) throw badUserInput("status", `protocol "${code}" is already ${status}`);
    const after = await changedMeanwhile(`protocol "${code}"`, tx.borderProtocol.update({ where: { code, status: before.status }, data: { status } }));
    return { result: after, entityId: code, before, after };
  });
}

export function createProtocol(context: WriteContext, input: BorderProtocolInput, idempotencyKey?: string | null): Promise<BorderProtocol> {
  const { parties, ...columns } = protocolColumns(input);
  const duplicate = () => badUserInput("input.code", `a border protocol with code "${columns.code}" already exists`);
  const write = { scope: "write" as const, action: "createProtocol", entity: "BorderProtocol", idempotencyKey };
  return departmentWrite(context, write, async (tx) => {
    if (await tx.borderProtocol.findUnique({ where: { code: columns.code }, select: { code: true } })) throw duplicate();
    try {
      const { parties: signatories, ...created } = await tx.borderProtocol.create({
        data: { ...columns, parties: { create: parties } },
        include: { parties: { orderBy: { position: "asc" } } },
      });
      return { result: created, entityId: created.code, before: null, after: { ...created, parties: signatories } };
    } catch (error) {
      // Another request created the same code between the check and the insert.
      if (isPrismaError(error, UNIQUE_VIOLATION)) throw duplicate();
      throw error;
    }
  });
}
