// The integration department's writes to its programmes: how far a programme of any
// kind has come, and new plans. Seeded programmes keep their report provenance; a
// created plan carries the document the department names.
import { badUserInput, insertUnlessTaken, statusTransition } from "@gcm-hub/kit";
import type { IntegrationPlanInput } from "../generated/graphql.js";
import type { Programme } from "../generated/prisma/client.js";
import type { IntegrationStatus } from "../generated/prisma/enums.js";
import { department, type WriteContext } from "../department.js";
import { integrationPlanColumns } from "./integrationPlanColumns.js";

/** Sets a programme's status, whatever its kind. */
export function updateProgrammeStatus(
  context: WriteContext,
  code: string,
  status: IntegrationStatus,
  idempotencyKey?: string | null,
): Promise<Programme> {
  const write = { scope: "write" as const, action: "updateIntegrationProgrammeStatus", entity: "IntegrationProgramme", idempotencyKey };
  return department.write(context, write, (tx) =>
    statusTransition({
      noun: "integration programme",
      code,
      status,
      find: () => tx.programme.findUnique({ where: { code } }),
      update: (before) => tx.programme.update({ where: { code, status: before.status }, data: { status } }),
    }),
  );
}

/** Adds a plan with its objectives and participants, visible to everyone at once. */
export function createPlan(context: WriteContext, input: IntegrationPlanInput, idempotencyKey?: string | null): Promise<Programme> {
  const { plan, objectives, participants } = integrationPlanColumns(input);
  // Programmes of every kind share one code space (one table).
  const duplicate = (kind?: string) =>
    badUserInput("input.code", `an integration programme with code "${plan.code}" already exists${kind ? ` (${kind})` : ""}`);
  const write = { scope: "write" as const, action: "createIntegrationPlan", entity: "IntegrationPlan", idempotencyKey };
  return department.write(context, write, async (tx) => {
    const existing = await tx.programme.findUnique({ where: { code: plan.code }, select: { kind: true } });
    if (existing) throw duplicate(existing.kind);
    // Another request may take the code between the check and the insert.
    const { objectives: cited, participants: links, ...created } = await insertUnlessTaken(
      () =>
        tx.programme.create({
          data: {
            ...plan,
            objectives: { create: objectives.map((objectiveNumber) => ({ objectiveNumber })) },
            participants: { create: participants },
          },
          include: { objectives: { orderBy: { objectiveNumber: "asc" } }, participants: { orderBy: { departmentCode: "asc" } } },
        }),
      () => duplicate(),
    );
    const after = {
      ...created,
      objectives: cited.map(({ objectiveNumber }) => objectiveNumber),
      participants: links.map(({ departmentCode, role }) => ({ departmentCode, role })),
    };
    return { result: created, entityId: created.code, before: null, after };
  });
}
