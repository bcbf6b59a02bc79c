// A cooperation agreement as the diaspora department adds it, checked field by field
// before any SQL runs: the first bad field is refused with BAD_USER_INPUT naming it.
// Objectives, countries and initiatives are plan's; only their keys' shapes can be
// checked here (a subgraph never calls another).
import { assignedCountryIso, badUserInput, codeArgument, type Columns, initiativeAndSourceColumns, objectiveNumbersArgument, requiredText } from "@gcm-hub/kit";
import type { CooperationAgreementInput } from "../generated/graphql.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { CooperationAgreementKind } from "../generated/prisma/enums.js";

/**
 * An agreement as a write takes it, from the seed or from a valid input: the columns of
 * its row (Prisma's create input, the kit's Columns) and its partner countries with their roles.
 */
export type CooperationAgreementColumns = Columns<Prisma.CooperationAgreementCreateManyInput> & {
  countries: Omit<Prisma.CooperationAgreementCountryCreateManyInput, "agreementCode">[];
};

/** Portugal is party to every agreement of its development cooperation, never its partner. */
const HOME_COUNTRY = "PT";

function countries(
  argument: string,
  kind: CooperationAgreementKind,
  input: CooperationAgreementInput["countries"],
): CooperationAgreementColumns["countries"] {
  const seen = new Set<string>();
  return input.map((partner, index) => {
    const at = `${argument}[${index}]`;
    const iso = assignedCountryIso(`${at}.country`, partner.country);
    if (iso === HOME_COUNTRY) throw badUserInput(`${at}.country`, "Portugal is party to every agreement; list only its partner countries");
    if (seen.has(iso)) throw badUserInput(`${at}.country`, `names ${iso} a second time; each country has one role in an agreement`);
    seen.add(iso);
    // The role says Portugal has a triangular memorandum with the country.
    if (partner.role === "TRIANGULAR_COOPERATION_PARTNER" && kind !== "TRIANGULAR_COOPERATION_MEMORANDUM") {
      throw badUserInput(`${at}.role`, `TRIANGULAR_COOPERATION_PARTNER is a role in a TRIANGULAR_COOPERATION_MEMORANDUM, not in a ${kind}`);
    }
    return { countryIso: iso, role: partner.role };
  });
}

/** Checks a CooperationAgreementInput field by field, in the SDL's order. */
export function cooperationAgreementColumns(input: CooperationAgreementInput, argument = "input"): CooperationAgreementColumns {
  const columns = {
    code: codeArgument(`${argument}.code`, input.code, "TRIANGULAR_COOPERATION_MEMORANDUM_PARAGUAY"),
    name: requiredText(`${argument}.name`, input.name, 300),
    kind: input.kind,
    status: input.status ?? "ACTIVE",
    purpose: requiredText(`${argument}.purpose`, input.purpose, 1000),
    description: requiredText(`${argument}.description`, input.description, 4000),
  };
  return {
    ...columns,
    countries: countries(`${argument}.countries`, columns.kind, input.countries),
    objectiveNumbers: objectiveNumbersArgument(`${argument}.objectives`, input.objectives),
    ...initiativeAndSourceColumns(argument, input, "TRIANGULAR_COOPERATION_MOUS"),
  };
}
