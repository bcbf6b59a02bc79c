// The plan department's writes to its catalogue: add an initiative, set an
// initiative's status. Each is authorized here, where the data lives, and runs
// through the kit's auditedWrite: one transaction with its audit entry and
// idempotency key. Plan-level figures come from the report and are not written.
import { auditedWrite, authorize, badUserInput, type Caller, type WriteOutcome } from "@gcm-hub/kit";
import { Prisma, type Initiative } from "../generated/prisma/client.js";
import type { InitiativeStatus } from "../generated/prisma/enums.js";
import type { PlanPrisma, PlanTransaction as Tx } from "../prisma.js";
import { initiativeColumns, type InitiativeColumns, type InitiativeInput } from "./initiativeColumns.js";

export const DEPARTMENT = "plan";
const ENTITY = "Initiative";
const TRANSACTION = { timeout: 15_000, maxWait: 15_000 };

export interface WriteContext {
  prisma: PlanPrisma;
  caller: Caller | null;
  requestId: string;
}

function write<Result>(context: WriteContext, caller: Caller, action: string, idempotencyKey: string | null | undefined, perform: (tx: Tx) => Promise<WriteOutcome<Result>>) {
  return auditedWrite<Tx, Result>((work) => context.prisma.$transaction(work, TRANSACTION), {
    schema: DEPARTMENT,
    caller,
    requestId: context.requestId,
    action,
    entity: ENTITY,
    idempotencyKey,
    perform,
  });
}

export function updateInitiativeStatus(context: WriteContext, code: string, status: InitiativeStatus, idempotencyKey?: string | null): Promise<Initiative> {
  const caller = authorize(context.caller, DEPARTMENT, "write");
  return write(context, caller, "updateInitiativeStatus", idempotencyKey, async (tx) => {
    // Lock the row first, so two concurrent updates audit the status each really replaced.
    await tx.$queryRaw`SELECT code FROM "plan"."initiative" WHERE code = ${code} FOR UPDATE`;
    const before = await tx.initiative.findUnique({ where: { code } });
    if (!before) throw badUserInput("code", `no initiative has code "${code}"`);
    if (before.status === status) throw badUserInput("status", `initiative "${code}" is already ${status}`);
    const after = await tx.initiative.update({ where: { code }, data: { status } });
    return { result: after, entityId: code, before, after };
  });
}

export function createInitiative(context: WriteContext, input: InitiativeInput, idempotencyKey?: string | null): Promise<Initiative> {
  const caller = authorize(context.caller, DEPARTMENT, "write");
  const columns = initiativeColumns(input);
  return write(context, caller, "createInitiative", idempotencyKey, async (tx) => {
    await assertKnownToCatalogue(tx, columns);
    const { code } = columns.initiative;
    const created = await tx.initiative
      .create({
        data: {
          ...columns.initiative,
          objectives: { create: columns.objectives.map((objectiveNumber) => ({ objectiveNumber })) },
          departments: { create: columns.participants },
          countries: { create: columns.countries },
        },
      })
      .catch((error: unknown) => {
        // A concurrent create of the same code committed after our check.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicateCode(code);
        throw error;
      });
    const after = {
      ...created,
      objectives: columns.objectives,
      participants: columns.participants.map(({ departmentCode, role }) => ({ department: departmentCode, role })),
      countries: columns.countries.map(({ countryIso, role }) => ({ country: countryIso, role })),
    };
    return { result: created, entityId: code, before: null, after };
  });
}

function duplicateCode(code: string) {
  return badUserInput("input.code", `an initiative with code "${code}" already exists; choose a new code or update that one`);
}

/** The code is new, and every body and country is one the catalogue knows. */
async function assertKnownToCatalogue(tx: Tx, columns: InitiativeColumns): Promise<void> {
  const departmentCodes = columns.participants.map((participant) => participant.departmentCode);
  const isos = columns.countries.map((country) => country.countryIso);
  const [existing, departments, countries] = await Promise.all([
    tx.initiative.findUnique({ where: { code: columns.initiative.code }, select: { code: true } }),
    tx.department.findMany({ where: { code: { in: departmentCodes } }, select: { code: true } }),
    tx.country.findMany({ where: { iso: { in: isos } }, select: { iso: true } }),
  ]);
  if (existing) throw duplicateCode(columns.initiative.code);
  const knownDepartments = new Set(departments.map((department) => department.code));
  const unknownDepartment = departmentCodes.findIndex((code) => !knownDepartments.has(code));
  if (unknownDepartment >= 0) {
    throw badUserInput(`input.participants[${unknownDepartment}].department`, `no body in the catalogue has code "${departmentCodes[unknownDepartment]}" (see Query.departments)`);
  }
  const knownCountries = new Set(countries.map((country) => country.iso));
  const unknownCountry = isos.findIndex((iso) => !knownCountries.has(iso));
  if (unknownCountry >= 0) {
    throw badUserInput(`input.countries[${unknownCountry}].country`, `the catalogue knows no country "${isos[unknownCountry]}" (see Query.countries)`);
  }
}
