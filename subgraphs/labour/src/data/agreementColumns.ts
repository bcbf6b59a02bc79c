// A labour mobility agreement as the labour department adds it, and the month one is
// signed or concluded, checked field by field before any SQL runs: the first bad
// field is refused with BAD_USER_INPUT naming it. Objectives, countries and
// initiatives are plan's; only their keys' shapes can be checked here (a subgraph
// never calls another). A new code and a free initiative are checked in the write's
// transaction (agreementWrites.ts).
import { assignedCountryIso, badUserInput, codeArgument, type Columns, initiativeAndSourceColumns, objectiveNumbersArgument, requiredText } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { LabourMobilityAgreementStatus } from "../generated/prisma/enums.js";
import type { LabourMobilityAgreementInput } from "../generated/graphql.js";

/**
 * An agreement as a write takes it, from the seed or from a valid input: the columns of
 * its row (Prisma's create input, the kit's Columns) and its links, the countries and the objectives.
 */
export type LabourMobilityAgreementColumns = Columns<Prisma.LabourMobilityAgreementCreateManyInput> & {
  countries: Omit<Prisma.AgreementCountryCreateManyInput, "agreementCode">[];
  objectives: number[];
};

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const PILLAR_COUNT = 5;
/** Portugal is a party to every agreement here, so it is never listed among the countries. */
const HOME_COUNTRY = "PT";

function optionalText(argument: string, value: string | null | undefined, max: number): string | null {
  return value == null ? null : requiredText(argument, value, max);
}

/**
 * The month an agreement was signed or concluded, as YYYY-MM, not after `today`'s
 * month; null (and refused when given) while it is under negotiation.
 */
export function signedInMonth(argument: string, value: string | null | undefined, status: LabourMobilityAgreementStatus, today: Date): string | null {
  if (value == null) return null;
  if (status === "UNDER_NEGOTIATION") throw badUserInput(argument, "must be omitted while the agreement is under negotiation (it has not been signed or concluded)");
  const match = MONTH.exec(value);
  if (!match) throw badUserInput(argument, `must be a month as YYYY-MM, got "${value}"`);
  const thisMonth = `${today.getUTCFullYear()}-${String(today.getUTCMonth() + 1).padStart(2, "0")}`;
  if (value > thisMonth) throw badUserInput(argument, `must not be in the future, got ${value}`);
  return value;
}

function country(argument: string, value: string): string {
  const iso = assignedCountryIso(argument, value);
  if (iso === HOME_COUNTRY) throw badUserInput(argument, "Portugal is a party to every labour mobility agreement and is not listed among its countries");
  return iso;
}

function countries(argument: string, input: LabourMobilityAgreementInput): LabourMobilityAgreementColumns["countries"] {
  const seen = new Set<string>();
  const links = input.countries.map(({ country: iso, role }, index) => {
    const at = `${argument}[${index}]`;
    const countryIsoCode = country(`${at}.country`, iso);
    if (seen.has(countryIsoCode)) throw badUserInput(`${at}.country`, `repeats country ${countryIsoCode}; give each once`);
    seen.add(countryIsoCode);
    if (role === "PARTNER_COUNTRY" && input.kind === "MULTILATERAL") {
      throw badUserInput(`${at}.role`, "a multilateral agreement has no partner country: its parties are the community's Member States");
    }
    return { countryIso: countryIsoCode, role };
  });
  const hosts = links.filter((link) => link.role === "HOST_COUNTRY");
  if (hosts.length > 1) throw badUserInput(argument, `names ${hosts.length} host countries; an agreement is signed in one place`);
  const partners = links.filter((link) => link.role === "PARTNER_COUNTRY").length;
  if (input.kind === "BILATERAL" && partners !== 1) {
    throw badUserInput(argument, `a bilateral agreement names exactly one partner country (Portugal's counterpart), got ${partners}`);
  }
  return links.sort((a, b) => a.countryIso.localeCompare(b.countryIso));
}

/** Checks a LabourMobilityAgreementInput field by field, in the SDL's order; `today` bounds signedIn. */
export function agreementColumns(input: LabourMobilityAgreementInput, argument = "input", today = new Date()): LabourMobilityAgreementColumns {
  const head = {
    code: codeArgument(`${argument}.code`, input.code, "LMA_CAPE_VERDE"),
    name: requiredText(`${argument}.name`, input.name, 300),
    kind: input.kind,
    status: input.status,
  };
  const beingOperationalised = input.beingOperationalised ?? false;
  if (beingOperationalised && input.status === "UNDER_NEGOTIATION") {
    throw badUserInput(`${argument}.beingOperationalised`, "only a concluded or signed agreement can be put into operation");
  }
  const signedIn = signedInMonth(`${argument}.signedIn`, input.signedIn, input.status, today);
  const signingPlace = optionalText(`${argument}.signingPlace`, input.signingPlace, 200);
  const signingOccasion = optionalText(`${argument}.signingOccasion`, input.signingOccasion, 300);
  const community = optionalText(`${argument}.community`, input.community, 300);
  if (input.kind === "MULTILATERAL" && community === null) {
    throw badUserInput(`${argument}.community`, "a multilateral agreement names the community whose Member States are its parties");
  }
  if (input.kind === "BILATERAL" && community !== null) {
    throw badUserInput(`${argument}.community`, "only a multilateral agreement has a community; a bilateral one has a partner country");
  }
  const purpose = optionalText(`${argument}.purpose`, input.purpose, 1000);
  const description = requiredText(`${argument}.description`, input.description, 4000);
  if (!Number.isInteger(input.pillar) || input.pillar < 1 || input.pillar > PILLAR_COUNT) {
    throw badUserInput(`${argument}.pillar`, `must be a plan pillar from 1 to ${PILLAR_COUNT}, got ${input.pillar}`);
  }
  const links = countries(`${argument}.countries`, input);
  const objectiveNumbers = objectiveNumbersArgument(`${argument}.objectives`, input.objectives ?? [], { optional: true });
  return {
    ...head,
    beingOperationalised,
    signedIn,
    signingPlace,
    signingOccasion,
    community,
    purpose,
    description,
    pillarNumber: input.pillar,
    ...initiativeAndSourceColumns(argument, input, "LMA_INDIA"),
    countries: links,
    objectives: objectiveNumbers,
  };
}
