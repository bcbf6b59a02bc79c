// The social department's writes to its social security conventions: how far one has
// come (a negotiation ends and the convention comes into force, its countries with it),
// and new conventions. Seeded conventions keep their report provenance; a created one
// carries the document the department names.
import { badUserInput, updateIfUnchanged, type DepartmentRecord, type StatusChange } from "@gcm-hub/kit";
import type { SocialSecurityConvention } from "../generated/prisma/client.js";
import type { ConventionCountryRole, ConventionStatus } from "../generated/prisma/enums.js";
import type { SocialTransaction as Tx } from "../prisma.js";
import { conventionColumns, roleAfterStatusChange } from "./conventionColumns.js";
import type { SocialSecurityConventionInput } from "../generated/graphql.js";
import { department, type WriteContext } from "../department.js";

const ENTITY = "SocialSecurityConvention";
const CONVENTIONS: DepartmentRecord<Tx, SocialSecurityConvention> = { entity: ENTITY, noun: "social security convention", table: (tx) => tx.socialSecurityConvention };
const ROLES: readonly ConventionCountryRole[] = ["COVERED", "NEGOTIATING_PARTY", "FORESEEN_PARTY"];

/** The convention as the audit trail keeps it: its row and its countries with their roles, by ISO code. */
async function auditedConvention(tx: Tx, code: string) {
  const found = await tx.socialSecurityConvention.findUnique({ where: { code }, include: { countries: { orderBy: { countryIso: "asc" } } } });
  if (!found) return null;
  const { countries, ...convention } = found;
  return { convention, snapshot: { ...convention, countries: countries.map(({ countryIso, role }) => ({ countryIso, role })) } };
}

/**
 * Sets a convention's status and, in the same transaction, its countries' roles (see
 * roleAfterStatusChange): UNDER_NEGOTIATION to IN_FORCE makes its negotiating parties covered.
 */
export function updateConventionStatus(context: WriteContext, { code, status, idempotencyKey }: StatusChange<ConventionStatus>): Promise<SocialSecurityConvention> {
  const write = { scope: "write" as const, action: "updateConventionStatus", entity: ENTITY, idempotencyKey };
  return department.write(context, write, async (tx) => {
    const before = await auditedConvention(tx, code);
    if (!before) throw badUserInput("code", `no social security convention has code "${code}"`);
    const from = before.convention.status;
    if (from === status) throw badUserInput("status", `social security convention "${code}" is already ${status}`);
    // Only while the status is still the one read above, so two concurrent updates
    // never both audit the same transition; the row lock it takes also serialises
    // the role changes below.
    await updateIfUnchanged("status", `social security convention "${code}"`, () =>
      tx.socialSecurityConvention.update({ where: { code, status: from }, data: { status } }),
    );
    for (const role of ROLES) {
      const next = roleAfterStatusChange(role, from, status);
      if (next !== role) await tx.conventionCountry.updateMany({ where: { conventionCode: code, role }, data: { role: next } });
    }
    const after = (await auditedConvention(tx, code))!;
    return { result: after.convention, entityId: code, before: before.snapshot, after: after.snapshot };
  });
}

/** Adds a convention with its countries, visible to everyone at once. */
export function createConvention(context: WriteContext, input: SocialSecurityConventionInput, idempotencyKey?: string | null): Promise<SocialSecurityConvention> {
  const { countries, ...convention } = conventionColumns(input);
  return department.create(context, "createConvention", CONVENTIONS, { code: convention.code, idempotencyKey }, async (tx) => {
    const { countries: links, ...created } = await tx.socialSecurityConvention.create({
      data: { ...convention, countries: { create: countries } },
      include: { countries: { orderBy: { countryIso: "asc" } } },
    });
    return { created, audited: { ...created, countries: links.map(({ countryIso, role }) => ({ countryIso, role })) } };
  });
}
