// The labour department's writes to its labour mobility agreements: how far one has
// come (an agreement under negotiation is concluded or signed), and new agreements.
// Seeded agreements keep their report provenance; a created one carries the document
// the department names.
import { badUserInput, insertUnlessTaken, statusTransition } from "@gcm-hub/kit";
import type { LabourMobilityAgreement, Prisma } from "../generated/prisma/client.js";
import type { LabourMobilityAgreementStatus } from "../generated/prisma/enums.js";
import { agreementColumns, signedInMonth, type LabourMobilityAgreementInput } from "./agreementColumns.js";
import { department, type WriteContext } from "../department.js";

const ENTITY = "LabourMobilityAgreement";

/**
 * Sets an agreement's status. A month given with CONCLUDED or SIGNED becomes its
 * signedIn (omitted, the recorded month stays); back to UNDER_NEGOTIATION, the month
 * and the operationalisation flag are cleared, as the schema says of such agreements.
 */
export function updateAgreementStatus(
  context: WriteContext,
  code: string,
  status: LabourMobilityAgreementStatus,
  signedIn: string | null | undefined,
  idempotencyKey?: string | null,
  today = new Date(),
): Promise<LabourMobilityAgreement> {
  const month = signedInMonth("signedIn", signedIn, status, today);
  const write = { scope: "write" as const, action: "updateAgreementStatus", entity: ENTITY, idempotencyKey };
  const data: Prisma.LabourMobilityAgreementUpdateInput =
    status === "UNDER_NEGOTIATION" ? { status, signedIn: null, beingOperationalised: false } : { status, ...(month === null ? {} : { signedIn: month }) };
  return department.write(context, write, (tx) =>
    statusTransition({
      noun: "labour mobility agreement",
      code,
      status,
      find: () => tx.labourMobilityAgreement.findUnique({ where: { code } }),
      update: (before) => tx.labourMobilityAgreement.update({ where: { code, status: before.status }, data }),
    }),
  );
}

/** Adds an agreement with its countries and objectives, visible to everyone at once. */
export function createAgreement(context: WriteContext, input: LabourMobilityAgreementInput, idempotencyKey?: string | null): Promise<LabourMobilityAgreement> {
  const { agreement, countries, objectives } = agreementColumns(input);
  const duplicateCode = () => badUserInput("input.code", `a labour mobility agreement with code "${agreement.code}" already exists`);
  const takenInitiative = (holder?: string) =>
    badUserInput("input.initiative", `initiative "${agreement.initiativeCode}" already has an agreement${holder ? ` (${holder})` : ""}; an initiative has at most one`);
  const write = { scope: "write" as const, action: "createAgreement", entity: ENTITY, idempotencyKey };
  return department.write(context, write, async (tx) => {
    if (await tx.labourMobilityAgreement.findUnique({ where: { code: agreement.code }, select: { code: true } })) throw duplicateCode();
    if (agreement.initiativeCode !== null) {
      const holder = await tx.labourMobilityAgreement.findUnique({ where: { initiativeCode: agreement.initiativeCode }, select: { code: true } });
      if (holder) throw takenInitiative(holder.code);
    }
    // Another request may take the code or the initiative between the checks and the insert.
    const { countries: links, objectives: cited, ...created } = await insertUnlessTaken(
      () =>
        tx.labourMobilityAgreement.create({
          data: {
            ...agreement,
            countries: { create: countries },
            objectives: { create: objectives.map((objectiveNumber) => ({ objectiveNumber })) },
          },
          include: { countries: { orderBy: { countryIso: "asc" } }, objectives: { orderBy: { objectiveNumber: "asc" } } },
        }),
      (columns) => (columns.includes("initiative") ? takenInitiative() : duplicateCode()),
    );
    const after = {
      ...created,
      countries: links.map(({ countryIso, role }) => ({ countryIso, role })),
      objectives: cited.map(({ objectiveNumber }) => objectiveNumber),
    };
    return { result: created, entityId: created.code, before: null, after };
  });
}
