// The border department's writes to its cooperation records: how far a project or
// protocol has come, and new protocols. Seeded records keep their report provenance;
// a created protocol carries the document the department names.
import { type DepartmentRecord, insertedWithChildren } from "@gcm-hub/kit";
import type { BorderProject, BorderProtocol } from "../generated/prisma/client.js";
import { department, type WriteContext } from "../department.js";
import type { BorderTransaction as Tx } from "../prisma.js";
import { protocolColumns } from "./protocolColumns.js";
import type { BorderProtocolInput } from "../generated/graphql.js";

// The records the department writes: how the audit trail and errors name them, and their table.
export const PROJECTS: DepartmentRecord<Tx, BorderProject> = { entity: "BorderProject", noun: "border project", table: (tx) => tx.borderProject };
export const PROTOCOLS: DepartmentRecord<Tx, BorderProtocol> = { entity: "BorderProtocol", noun: "border protocol", table: (tx) => tx.borderProtocol };

export function createProtocol(context: WriteContext, input: BorderProtocolInput, idempotencyKey?: string | null): Promise<BorderProtocol> {
  const { parties, ...columns } = protocolColumns(input);
  return department.create(context, "createProtocol", PROTOCOLS, { code: columns.code, idempotencyKey }, async (tx) =>
    insertedWithChildren(await tx.borderProtocol.create({ data: { ...columns, parties: { create: parties.map((party, position) => ({ position, ...party })) } }, include: { parties: { orderBy: { position: "asc" } } } }), "parties"),
  );
}
