// The plan department's writes to its catalogue: add an initiative, set an
// initiative's status. Each is authorized here, where the data lives, and runs
// through the kit's auditedWrite: one transaction with its audit entry and
// idempotency key. Plan-level figures come from the report and are not written.
import { badUserInput, type DepartmentRecord } from "@gcm-hub/kit";
import type { Initiative } from "../generated/prisma/client.js";
import type { PlanTransaction as Tx } from "../prisma.js";
import { department, type WriteContext } from "../department.js";
import { initiativeColumns, type InitiativeColumns } from "./initiativeColumns.js";
import type { InitiativeInput } from "../generated/graphql.js";

// The records the department writes: how the audit trail and errors name them, and their table.
export const INITIATIVES: DepartmentRecord<Tx, Initiative> = { entity: "Initiative", noun: "initiative", table: (tx) => tx.initiative };

export function createInitiative(context: WriteContext, input: InitiativeInput, idempotencyKey?: string | null): Promise<Initiative> {
  const columns = initiativeColumns(input);
  const { objectives, participants, countries, ...initiative } = columns;
  return department.create(context, "createInitiative", INITIATIVES, { code: initiative.code, idempotencyKey }, async (tx) => {
    await assertKnownToCatalogue(tx, columns);
    const created = await tx.initiative.create({
      data: {
        ...initiative,
        objectives: { create: objectives.map((objectiveNumber) => ({ objectiveNumber })) },
        departments: { create: participants },
        countries: { create: countries },
      },
    });
    const audited = {
      ...created,
      objectives,
      participants: participants.map(({ departmentCode, role }) => ({ department: departmentCode, role })),
      countries: countries.map(({ countryIso, role }) => ({ country: countryIso, role })),
    };
    return { created, audited };
  });
}

/** Every body and country is one the catalogue knows. */
async function assertKnownToCatalogue(tx: Tx, columns: InitiativeColumns): Promise<void> {
  const departmentCodes = columns.participants.map((participant) => participant.departmentCode);
  const isos = columns.countries.map((country) => country.countryIso);
  const [departments, countries] = await Promise.all([
    tx.department.findMany({ where: { code: { in: departmentCodes } }, select: { code: true } }),
    tx.country.findMany({ where: { iso: { in: isos } }, select: { iso: true } }),
  ]);
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
