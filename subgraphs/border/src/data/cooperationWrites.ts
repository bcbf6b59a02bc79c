// The border department's writes to its cooperation records: how far a project or
// protocol has come, and new protocols. Seeded records keep their report provenance;
// a created protocol carries the document the department names.
import { badUserInput, insertUnlessTaken, statusTransition } from "@gcm-hub/kit";
import type { BorderProject, BorderProtocol } from "../generated/prisma/client.js";
import type { BorderCooperationStatus } from "../generated/prisma/enums.js";
import { department, type WriteContext } from "../department.js";
import { protocolColumns, type BorderProtocolInput } from "./protocolColumns.js";

export function updateProjectStatus(
  context: WriteContext,
  code: string,
  status: BorderCooperationStatus,
  idempotencyKey?: string | null,
): Promise<BorderProject> {
  const write = { scope: "write" as const, action: "updateProjectStatus", entity: "BorderProject", idempotencyKey };
  return department.write(context, write, (tx) =>
    statusTransition({
      noun: "border project",
      code,
      status,
      find: () => tx.borderProject.findUnique({ where: { code } }),
      update: (before) => tx.borderProject.update({ where: { code, status: before.status }, data: { status } }),
    }),
  );
}

export function updateProtocolStatus(
  context: WriteContext,
  code: string,
  status: BorderCooperationStatus,
  idempotencyKey?: string | null,
): Promise<BorderProtocol> {
  const write = { scope: "write" as const, action: "updateProtocolStatus", entity: "BorderProtocol", idempotencyKey };
  return department.write(context, write, (tx) =>
    statusTransition({
      noun: "border protocol",
      code,
      status,
      find: () => tx.borderProtocol.findUnique({ where: { code } }),
      update: (before) => tx.borderProtocol.update({ where: { code, status: before.status }, data: { status } }),
    }),
  );
}

export function createProtocol(context: WriteContext, input: BorderProtocolInput, idempotencyKey?: string | null): Promise<BorderProtocol> {
  const { parties, ...columns } = protocolColumns(input);
  const duplicate = () => badUserInput("input.code", `a border protocol with code "${columns.code}" already exists`);
  const write = { scope: "write" as const, action: "createProtocol", entity: "BorderProtocol", idempotencyKey };
  return department.write(context, write, async (tx) => {
    if (await tx.borderProtocol.findUnique({ where: { code: columns.code }, select: { code: true } })) throw duplicate();
    // Another request may create the same code between the check and the insert.
    const { parties: signatories, ...created } = await insertUnlessTaken(
      () => tx.borderProtocol.create({ data: { ...columns, parties: { create: parties } }, include: { parties: { orderBy: { position: "asc" } } } }),
      duplicate,
    );
    return { result: created, entityId: created.code, before: null, after: { ...created, parties: signatories } };
  });
}
