// The diaspora department's writes to its development cooperation records: how far
// a project or agreement has come, and new agreements. Seeded records keep their
// report provenance; a created agreement carries the document the department names.
import { type DepartmentRecord, insertedWithChildren } from "@gcm-hub/kit";
import type { CooperationAgreementInput } from "../generated/graphql.js";
import type { CooperationAgreement, DevelopmentProject } from "../generated/prisma/client.js";
import { cooperationAgreementColumns } from "./agreementColumns.js";
import { department, type WriteContext } from "../department.js";
import type { DiasporaTransaction as Tx } from "../prisma.js";

// The records the department writes: how the audit trail and errors name them, and their table.
export const PROJECTS: DepartmentRecord<Tx, DevelopmentProject> = { entity: "DevelopmentProject", noun: "development project", table: (tx) => tx.developmentProject };
export const AGREEMENTS: DepartmentRecord<Tx, CooperationAgreement> = { entity: "CooperationAgreement", noun: "cooperation agreement", table: (tx) => tx.cooperationAgreement };

export function createCooperationAgreement(context: WriteContext, input: CooperationAgreementInput, idempotencyKey?: string | null): Promise<CooperationAgreement> {
  const { countries, ...columns } = cooperationAgreementColumns(input);
  return department.create(context, "createCooperationAgreement", AGREEMENTS, { code: columns.code, idempotencyKey }, async (tx) =>
    insertedWithChildren(await tx.cooperationAgreement.create({ data: { ...columns, countries: { create: countries } }, include: { countries: { orderBy: { countryIso: "asc" } } } }), "countries"),
  );
}
