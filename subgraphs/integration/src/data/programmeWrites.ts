// The integration department's writes to its programmes: how far a programme of any
// kind has come, and new plans. Seeded programmes keep their report provenance; a
// created plan carries the document the department names.
import type { DepartmentRecord } from "@gcm-hub/kit";
import type { IntegrationPlanInput } from "../generated/graphql.js";
import type { Programme } from "../generated/prisma/client.js";
import { department, type WriteContext } from "../department.js";
import type { IntegrationTransaction as Tx } from "../prisma.js";
import { integrationPlanColumns } from "./integrationPlanColumns.js";

// The records the department writes: programmes of every kind share one table, so one code space.
export const PROGRAMMES: DepartmentRecord<Tx, Programme> = {
  entity: "IntegrationProgramme",
  noun: "integration programme",
  table: (tx) => tx.programme,
  kindOf: (programme) => programme.kind,
};

/** Adds a plan with its objectives and participants, visible to everyone at once. */
export function createPlan(context: WriteContext, input: IntegrationPlanInput, idempotencyKey?: string | null): Promise<Programme> {
  const { objectives, participants, ...plan } = integrationPlanColumns(input);
  const PLANS = { ...PROGRAMMES, entity: "IntegrationPlan" };
  return department.create(context, "createIntegrationPlan", PLANS, { code: plan.code, idempotencyKey }, async (tx) => {
    const { objectives: cited, participants: links, ...created } = await tx.programme.create({
      data: {
        ...plan,
        objectives: { create: objectives.map((objectiveNumber) => ({ objectiveNumber })) },
        participants: { create: participants },
      },
      include: { objectives: { orderBy: { objectiveNumber: "asc" } }, participants: { orderBy: { departmentCode: "asc" } } },
    });
    const audited = {
      ...created,
      objectives: cited.map(({ objectiveNumber }) => objectiveNumber),
      participants: links.map(({ departmentCode, role }) => ({ departmentCode, role })),
    };
    return { created, audited };
  });
}
