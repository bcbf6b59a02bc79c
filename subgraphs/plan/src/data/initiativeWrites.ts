// The plan department's writes to its catalogue: add an initiative, set an
// initiative's status. Each is authorized here, where the data lives, and runs
// through the kit's auditedWrite: one transaction with its audit entry and
// idempotency key. Plan-level figures come from the report and are not written.
import { badUserInput, insertUnlessTaken, statusTransition } from "@gcm-hub/kit";
import type { Initiative } from "../generated/prisma/client.js";
import type { InitiativeStatus } from "../generated/prisma/enums.js";
import type { PlanTransaction as Tx } from "../prisma.js";
import { department, type WriteContext } from "../department.js";
import { initiativeColumns, type InitiativeColumns, type InitiativeInput } from "./initiativeColumns.js";

const ENTITY = "Initiative";

export function updateInitiativeStatus(context: WriteContext, code: string, status: InitiativeStatus, idempotencyKey?: string | null): Promise<Initiative> {
  const write = { scope: "write" as const, action: "updateInitiativeStatus", entity: ENTITY, idempotencyKey };
  return department.write(context, write, (tx) =>
    statusTransition({
      noun: "initiative",
      code,
      status,
      find: () => tx.initiative.findUnique({ where: { code } }),
      update: (before) => tx.initiative.update({ where: { code, status: before.status }, data: { status } }),
    }),
  );
}

export function createInitiative(context: WriteContext, input: InitiativeInput, idempotencyKey?: string | null): Promise<Initiative> {
  const columns = initiativeColumns(input);
  const write = { scope: "write" as const, action: "createInitiative", entity: ENTITY, idempotencyKey };
  return department.write(context, write, async (tx) => {
    await assertKnownToCatalogue(tx, columns);
    const { code } = columns.initiative;
    // A concurrent create of the same code may commit after our check.
    const created = await insertUnlessTaken(
      () =>
        tx.initiative.create({
          data: {
            ...columns.initiative,
            objectives: { create: columns.objectives.map((objectiveNumber) => ({ objectiveNumber })) },
            departments: { create: columns.participants },
            countries: { create: columns.countries },
          },
        }),
      () => duplicateCode(code),
    );
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
