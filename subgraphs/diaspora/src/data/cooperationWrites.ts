// The diaspora department's writes to its development cooperation records: how far
// a project or agreement has come, and new agreements. Seeded records keep their
// report provenance; a created agreement carries the document the department names.
import { badUserInput } from "@gcm-hub/kit";
import type { CooperationAgreementInput } from "../generated/graphql.js";
import { Prisma, type CooperationAgreement, type DevelopmentProject } from "../generated/prisma/client.js";
import type { DiasporaMeasureStatus } from "../generated/prisma/enums.js";
import { cooperationAgreementColumns } from "./agreementColumns.js";
import { departmentWrite, type WriteContext } from "./departmentWrite.js";

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

export function updateDevelopmentProjectStatus(
  context: WriteContext,
  code: string,
  status: DiasporaMeasureStatus,
  idempotencyKey?: string | null,
): Promise<DevelopmentProject> {
  const write = { scope: "write" as const, action: "updateDevelopmentProjectStatus", entity: "DevelopmentProject", idempotencyKey };
  return departmentWrite(context, write, async (tx) => {
    const before = await tx.developmentProject.findUnique({ where: { code } });
    if (!before) throw badUserInput("code", `no development project has code "${code}"`);
    if (before.status === status) throw badUserInput("status", `development project "${code}" is already ${status}`);
    const after = await changedMeanwhile(
      `development project "${code}"`,
      tx.developmentProject.update({ where: { code, status: before.status }, data: { status } }),
    );
    return { result: after, entityId: code, before, after };
  });
}

export function updateCooperationAgreementStatus(
  context: WriteContext,
  code: string,
  status: DiasporaMeasureStatus,
  idempotencyKey?: string | null,
): Promise<CooperationAgreement> {
  const write = { scope: "write" as const, action: "updateCooperationAgreementStatus", entity: "CooperationAgreement", idempotencyKey };
  return departmentWrite(context, write, async (tx) => {
    const before = await tx.cooperationAgreement.findUnique({ where: { code } });
    if (!before) throw badUserInput("code", `no cooperation agreement has code "${code}"`);
    if (before.status === status) throw badUserInput("status", `cooperation agreement "${code}" is already ${status}`);
    const after = await changedMeanwhile(
      `cooperation agreement "${code}"`,
      tx.cooperationAgreement.update({ where: { code, status: before.status }, data: { status } }),
    );
    return { result: after, entityId: code, before, after };
  });
}

export function createCooperationAgreement(
  context: WriteContext,
  input: CooperationAgreementInput,
  idempotencyKey?: string | null,
): Promise<CooperationAgreement> {
  const { countries, ...columns } = cooperationAgreementColumns(input);
  const duplicate = () => badUserInput("input.code", `a cooperation agreement with code "${columns.code}" already exists`);
  const write = { scope: "write" as const, action: "createCooperationAgreement", entity: "CooperationAgreement", idempotencyKey };
  return departmentWrite(context, write, async (tx) => {
    if (await tx.cooperationAgreement.findUnique({ where: { code: columns.code }, select: { code: true } })) throw duplicate();
    try {
      const { countries: partners, ...created } = await tx.cooperationAgreement.create({
        data: { ...columns, countries: { create: countries } },
        include: { countries: { orderBy: { countryIso: "asc" } } },
      });
      return { result: created, entityId: created.code, before: null, after: { ...created, countries: partners } };
    } catch (error) {
      // Another request created the same code between the check and the insert.
      if (isPrismaError(error, UNIQUE_VIOLATION)) throw duplicate();
      throw error;
    }
  });
}
