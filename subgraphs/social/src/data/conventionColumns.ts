// A social security convention as the social department adds it, checked field by
// field before any SQL runs: the first bad field is refused with BAD_USER_INPUT naming
// it. Objectives, countries and initiatives are plan's; only their keys' shapes can be
// checked here (a subgraph never calls another). A new code is checked in the write's
// transaction (conventionWrites.ts).
import { assertObjectiveNumber, assignedCountryIso, badUserInput, codeArgument, type Columns, initiativeAndSourceColumns, requiredText } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { ConventionCountryRole, ConventionKind, ConventionStatus } from "../generated/prisma/enums.js";
import type { SocialSecurityConventionInput } from "../generated/graphql.js";

/**
 * A convention as a write takes it, from the seed or from a valid input: the columns of
 * its row (Prisma's create input, the kit's Columns) and its countries with their roles.
 */
export type SocialSecurityConventionColumns = Columns<Prisma.SocialSecurityConventionCreateManyInput> & {
  countries: Omit<Prisma.ConventionCountryCreateManyInput, "conventionCode">[];
};

/** The report puts every social security convention under Objective 22 (portability of social protection). */
export const CONVENTION_OBJECTIVE = 22;

/**
 * The stages a convention goes through, in order, and the role a country has at each:
 * covered by a convention in force, negotiating one under negotiation, a foreseen party
 * while negotiations are only foreseen. A country is never further along than its
 * convention (no one is covered by a convention still being negotiated), though it may
 * lag behind (a country negotiating its accession to a multilateral convention in force).
 */
const STAGES: readonly { status: ConventionStatus; role: ConventionCountryRole }[] = [
  { status: "NEGOTIATION_FORESEEN", role: "FORESEEN_PARTY" },
  { status: "UNDER_NEGOTIATION", role: "NEGOTIATING_PARTY" },
  { status: "IN_FORCE", role: "COVERED" },
];

function statusStage(status: ConventionStatus): number {
  return STAGES.findIndex((stage) => stage.status === status);
}

function roleStage(role: ConventionCountryRole): number {
  return STAGES.findIndex((stage) => stage.role === role);
}

/** The role of a country at the stage of a convention with `status`. */
export function roleAt(status: ConventionStatus): ConventionCountryRole {
  return STAGES[statusStage(status)]!.role;
}

/**
 * A country's role once its convention moves from `from` to `to`. Moving forward, the
 * countries at the old stage move with the convention (UNDER_NEGOTIATION to IN_FORCE:
 * NEGOTIATING_PARTY becomes COVERED) and the others keep their role; moving back, a
 * country further along than the new status allows comes back to it.
 */
export function roleAfterStatusChange(role: ConventionCountryRole, from: ConventionStatus, to: ConventionStatus): ConventionCountryRole {
  if (statusStage(to) > statusStage(from)) return role === roleAt(from) ? roleAt(to) : role;
  return roleStage(role) > statusStage(to) ? roleAt(to) : role;
}

/** Portugal is the other party of every bilateral convention, so it is never listed among its countries. */
const HOME_COUNTRY = "PT";

function country(argument: string, value: string, kind: ConventionKind): string {
  const iso = assignedCountryIso(argument, value);
  if (iso === HOME_COUNTRY && kind === "BILATERAL") {
    throw badUserInput(argument, "Portugal is the other party of every bilateral convention and is not listed among its countries");
  }
  return iso;
}

function countries(argument: string, input: SocialSecurityConventionInput): SocialSecurityConventionColumns["countries"] {
  const seen = new Set<string>();
  const links = input.countries.map(({ country: iso, role }, index) => {
    const at = `${argument}[${index}]`;
    const countryIsoCode = country(`${at}.country`, iso, input.kind);
    if (seen.has(countryIsoCode)) throw badUserInput(`${at}.country`, `repeats country ${countryIsoCode}; give each once`);
    seen.add(countryIsoCode);
    if (roleStage(role) > statusStage(input.status)) {
      throw badUserInput(`${at}.role`, `a country cannot be ${role} in a convention that is ${input.status}; at most ${roleAt(input.status)}`);
    }
    return { countryIso: countryIsoCode, role };
  });
  if (input.kind === "BILATERAL" && links.length !== 1) {
    throw badUserInput(argument, `a bilateral convention lists exactly one country (Portugal's counterpart), got ${links.length}`);
  }
  if (input.kind === "MULTILATERAL" && links.length < 2) {
    throw badUserInput(argument, `a multilateral convention binds several countries; list at least two, got ${links.length}`);
  }
  const stageRole = roleAt(input.status);
  if (!links.some((link) => link.role === stageRole)) {
    throw badUserInput(argument, `a convention that is ${input.status} has at least one ${stageRole} country`);
  }
  return links.sort((a, b) => a.countryIso.localeCompare(b.countryIso));
}

/** Checks a SocialSecurityConventionInput field by field, in the SDL's order. */
export function conventionColumns(input: SocialSecurityConventionInput, argument = "input"): SocialSecurityConventionColumns {
  const head = {
    code: codeArgument(`${argument}.code`, input.code, "BILATERAL_MOROCCO"),
    name: requiredText(`${argument}.name`, input.name, 300),
    kind: input.kind,
    status: input.status,
    description: requiredText(`${argument}.description`, input.description, 4000),
  };
  const objectiveNumber = input.objective ?? CONVENTION_OBJECTIVE;
  assertObjectiveNumber(`${argument}.objective`, objectiveNumber);
  const links = countries(`${argument}.countries`, input);
  return {
    ...head,
    objectiveNumber,
    ...initiativeAndSourceColumns(argument, input, "SSC_ALGERIA"),
    countries: links,
  };
}
