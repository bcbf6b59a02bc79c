// The integration department's writes to its programmes: how far a programme of any
// kind has come, and new plans. Seeded programmes keep their report provenance; a
// created plan carries the document the department names.
import { badUserInput } from "@gcm-hub/kit";
import type { IntegrationPlanInput } from "../generated/graphql.js";
import type { Programme } from "../generated/prisma/client.js";
import type { IntegrationStatus } from "../generated/prisma/enums.js";
import { departmentWrite, type WriteContext } from "./departmentWrite.js";
import { integrationPlanColumns } from "./planColumns.js";
import { isPrismaError, NOT_FOUND, UNIQUE_VIOLATION } from "./prismaErrors.js";

/**
 * Sets a programme's status, whatever its kind. The update only applies while the
 * programme still has the status read at the start of the write, so two concurrent
 * updates never both audit the same transition.
 */
export function updateProgrammeStatus(
  context: WriteContext,
  code: string,
  status: IntegrationStatus,
  idempotencyKey?: string | null,
): Promise<Programme> {
  const write = { scope: "write" as const, action: "updateIntegrationProgrammeStatus", entity: "IntegrationProgramme", idempotencyKey };
  return departmentWrite(context, write, async (tx) => {
    const before = await tx.programme.findUnique({ where: { code } });
    if (!before) throw badUserInput("code", `no integration programme has code "${code}"`);
    if (before.status === status) throw badUserInput("status", `integration programme "${code}" is already ${status}`);
    try {
      const after = await tx.programme.update({ where: { code, status: before.status }, data: { status } });
      return { result: after, entityId: code, before, after };
    } catch (error) {
      if (isPrismaError(error, NOT_FOUND)) throw badUserInput("status", `integration programme "${code}" was changed by another write meanwhile; read it again`);
      throw error;
    }
  });
}

/** Adds a plan with its objectives and participants, visible to everyone at once. */
export function createPlan(context: WriteContext, input: IntegrationPlanInput, idempotencyKey?: string | null): Promise<Programme> {
  const { plan, objectives, participants } = integrationPlanColumns(input);
  // Programmes of every kind share one code space (one table).
  const duplicate = (kind?: string) =>
    badUserInput("input.code", `an integration programme with code "${plan.code}" already exists${kind ? ` (${kind})` : ""}`);
  const write = { scope: "write" as const, action: "createIntegrationPlan", entity: "IntegrationPlan", idempotencyKey };
  return departmentWrite(context, write, async (tx) => {
    const existing = await tx.programme.findUnique({ where: { code: plan.code }, select: { kind: true } });
    if (existing) throw duplicate(existing.kind);
    try {
      const { objectives: cited, participants: links, ...created } = await tx.programme.create({
        data: {
          ...plan,
          objectives: { create: objectives.map((objectiveNumber) => ({ objectiveNumber })) },
          participants: { create: participants },
        },
        include: { objectives: { orderBy: { objectiveNumber: "asc" } }, participants: { orderBy: { departmentCode: "asc" } } },
      });
      const after = {
        ...created,
        objectives: cited.map(({ objectiveNumber }) => objectiveNumber),
        participants: links.map(({ departmentCode, role }) => ({ departmentCode, role })),
      };
      return { result: created, entityId: created.code, before: null, after };
    } catch (error) {
      // Another request took the code between the check and the insert.
      if (isPrismaError(error, UNIQUE_VIOLATION)) throw duplicate();
      throw error;
    }
  });
}
