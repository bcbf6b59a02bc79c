// The labour department's writes to its labour mobility agreements: how far one has
// come (an agreement under negotiation is concluded or signed), and new agreements.
// Seeded agreements keep their report provenance; a created one carries the document
// the department names.
import type { GraphQLError } from "graphql";
import { badUserInput, type DepartmentRecord, type StatusChange } from "@gcm-hub/kit";
import type { LabourMobilityAgreement, Prisma } from "../generated/prisma/client.js";
import type { LabourMobilityAgreementStatus } from "../generated/prisma/enums.js";
import { agreementColumns, signedInMonth } from "./agreementColumns.js";
import type { LabourMobilityAgreementInput } from "../generated/graphql.js";
import { department, type WriteContext } from "../department.js";
import type { LabourTransaction as Tx } from "../prisma.js";

const AGREEMENTS: DepartmentRecord<Tx, LabourMobilityAgreement, Prisma.LabourMobilityAgreementUpdateInput> = {
  entity: "LabourMobilityAgreement",
  noun: "labour mobility agreement",
  table: (tx) => tx.labourMobilityAgreement,
};

/**
 * Sets an agreement's status. A month given with CONCLUDED or SIGNED becomes its
 * signedIn (omitted, the recorded month stays); back to UNDER_NEGOTIATION, the month
 * and the operationalisation flag are cleared, as the schema says of such agreements.
 */
export function updateAgreementStatus(
  context: WriteContext,
  change: StatusChange<LabourMobilityAgreementStatus> & { signedIn?: string | null },
  today = new Date(),
): Promise<LabourMobilityAgreement> {
  const { status, signedIn } = change;
  const month = signedInMonth("signedIn", signedIn, status, today);
  const data: Prisma.LabourMobilityAgreementUpdateInput =
    status === "UNDER_NEGOTIATION" ? { status, signedIn: null, beingOperationalised: false } : { status, ...(month === null ? {} : { signedIn: month }) };
  return department.changeStatus(context, "updateAgreementStatus", AGREEMENTS, change, data);
}

/** Adds an agreement with its countries and objectives, visible to everyone at once; an initiative has at most one agreement. */
export function createAgreement(context: WriteContext, input: LabourMobilityAgreementInput, idempotencyKey?: string | null): Promise<LabourMobilityAgreement> {
  const { countries, objectives, ...agreement } = agreementColumns(input);
  const takenInitiative = (holder?: string) =>
    badUserInput("input.initiative", `initiative "${agreement.initiativeCode}" already has an agreement${holder ? ` (${holder})` : ""}; an initiative has at most one`);
  const creation = { code: agreement.code, idempotencyKey };
  const taken = (columns: string, duplicateCode: () => GraphQLError) => (columns.includes("initiative") ? takenInitiative() : duplicateCode());
  return department.create(context, "createAgreement", AGREEMENTS, creation, async (tx) => {
    if (agreement.initiativeCode != null) {
      const holder = await tx.labourMobilityAgreement.findUnique({ where: { initiativeCode: agreement.initiativeCode }, select: { code: true } });
      if (holder) throw takenInitiative(holder.code);
    }
    const { countries: links, objectives: cited, ...created } = await tx.labourMobilityAgreement.create({
      data: { ...agreement, countries: { create: countries }, objectives: { create: objectives.map((objectiveNumber) => ({ objectiveNumber })) } },
      include: { countries: { orderBy: { countryIso: "asc" } }, objectives: { orderBy: { objectiveNumber: "asc" } } },
    });
    const audited = {
      ...created,
      countries: links.map(({ countryIso, role }) => ({ countryIso, role })),
      objectives: cited.map(({ objectiveNumber }) => objectiveNumber),
    };
    return { created, audited };
  }, taken);
}
