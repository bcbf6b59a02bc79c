// The diaspora department's writes to its development cooperation records: how far
// a project or agreement has come, and new agreements. Seeded records keep their
// report provenance; a created agreement carries the document the department names.
import { badUserInput, insertUnlessTaken, statusTransition } from "@gcm-hub/kit";
import type { CooperationAgreementInput } from "../generated/graphql.js";
import type { CooperationAgreement, DevelopmentProject } from "../generated/prisma/client.js";
import type { DiasporaMeasureStatus } from "../generated/prisma/enums.js";
import { cooperationAgreementColumns } from "./agreementColumns.js";
import { department, type WriteContext } from "../department.js";

export function updateDevelopmentProjectStatus(
  context: WriteContext,
  code: string,
  status: DiasporaMeasureStatus,
  idempotencyKey?: string | null,
): Promise<DevelopmentProject> {
  const write = { scope: "write" as const, action: "updateDevelopmentProjectStatus", entity: "DevelopmentProject", idempotencyKey };
  return department.write(context, write, (tx) =>
    statusTransition({
      noun: "development project",
      code,
      status,
      find: () => tx.developmentProject.findUnique({ where: { code } }),
      update: (before) => tx.developmentProject.update({ where: { code, status: before.status }, data: { status } }),
    }),
  );
}

export function updateCooperationAgreementStatus(
  context: WriteContext,
  code: string,
  status: DiasporaMeasureStatus,
  idempotencyKey?: string | null,
): Promise<CooperationAgreement> {
  const write = { scope: "write" as const, action: "updateCooperationAgreementStatus", entity: "CooperationAgreement", idempotencyKey };
  return department.write(context, write, (tx) =>
    statusTransition({
      noun: "cooperation agreement",
      code,
      status,
      find: () => tx.cooperationAgreement.findUnique({ where: { code } }),
      update: (before) => tx.cooperationAgreement.update({ where: { code, status: before.status }, data: { status } }),
    }),
  );
}

export function createCooperationAgreement(
  context: WriteContext,
  input: CooperationAgreementInput,
  idempotencyKey?: string | null,
): Promise<CooperationAgreement> {
  const { countries, ...columns } = cooperationAgreementColumns(input);
  const duplicate = () => badUserInput("input.code", `a cooperation agreement with code "${columns.code}" already exists`);
  const write = { scope: "write" as const, action: "createCooperationAgreement", entity: "CooperationAgreement", idempotencyKey };
  return department.write(context, write, async (tx) => {
    if (await tx.cooperationAgreement.findUnique({ where: { code: columns.code }, select: { code: true } })) throw duplicate();
    // Another request may create the same code between the check and the insert.
    const { countries: partners, ...created } = await insertUnlessTaken(
      () => tx.cooperationAgreement.create({ data: { ...columns, countries: { create: countries } }, include: { countries: { orderBy: { countryIso: "asc" } } } }),
      duplicate,
    );
    return { result: created, entityId: created.code, before: null, after: { ...created, countries: partners } };
  });
}
