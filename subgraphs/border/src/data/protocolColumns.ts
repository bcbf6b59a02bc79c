// A cooperation protocol as the border department adds it, checked field by field
// before any SQL runs: the first bad field is refused with BAD_USER_INPUT naming it.
// Objectives, departments, countries and initiatives are plan's; only their keys'
// shapes can be checked here (a subgraph never calls another).
import { assignedCountryIso, badUserInput, codeArgument, type Columns, initiativeAndSourceColumns, objectiveNumbersArgument, requiredText } from "@gcm-hub/kit";
import type { Prisma } from "../generated/prisma/client.js";
import type { BorderProtocolInput } from "../generated/graphql.js";

/**
 * A protocol as a write takes it, from the seed or from a valid input: the columns of its
 * row (Prisma's create input, the kit's Columns) and its parties in the order the text names them (their
 * position), a Portuguese body by department code, a foreign one by country.
 */
export type BorderProtocolColumns = Columns<Prisma.BorderProtocolCreateManyInput> & {
  parties: Omit<Prisma.BorderProtocolPartyCreateManyInput, "protocolCode" | "position">[];
};

const SIGNED_ON = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;
/** Portugal: its bodies sign by department code, and are never listed under Portugal as a country. */
const HOME_COUNTRY = "PT";

function signedOn(argument: string, value: string, today: Date): { signedYear: number; signedMonth: number | null } {
  const match = SIGNED_ON.exec(value);
  if (!match) throw badUserInput(argument, `must be a year or a month as YYYY or YYYY-MM, got "${value}"`);
  const signedYear = Number(match[1]);
  const signedMonth = match[2] === undefined ? null : Number(match[2]);
  const thisYear = today.getUTCFullYear();
  if (signedYear > thisYear || (signedYear === thisYear && signedMonth !== null && signedMonth > today.getUTCMonth() + 1)) {
    throw badUserInput(argument, `must not be in the future, got ${value}`);
  }
  return { signedYear, signedMonth };
}

function country(argument: string, value: string): string {
  const iso = assignedCountryIso(argument, value);
  if (iso === HOME_COUNTRY) throw badUserInput(argument, "a Portuguese body signs by its department code (or neither), not as country PT");
  return iso;
}

function parties(argument: string, input: BorderProtocolInput["parties"]): BorderProtocolColumns["parties"] {
  if (input.length === 0) throw badUserInput(argument, "must name at least one signatory");
  const departments = new Set<string>();
  return input.map((party, position) => {
    const at = `${argument}[${position}]`;
    const name = requiredText(`${at}.name`, party.name, 300);
    if (party.department != null && party.country != null) {
      throw badUserInput(`${at}.country`, "give the department for a Portuguese body or the country for a foreign one, not both");
    }
    const departmentCode = party.department == null ? null : codeArgument(`${at}.department`, party.department, "OTSH");
    if (departmentCode !== null) {
      if (departments.has(departmentCode)) throw badUserInput(`${at}.department`, `names ${departmentCode} a second time; each body signs once`);
      departments.add(departmentCode);
    }
    return { name, departmentCode, countryIso: party.country == null ? null : country(`${at}.country`, party.country) };
  });
}

/** Checks a BorderProtocolInput field by field, in the SDL's order; `today` bounds signedOn. */
export function protocolColumns(input: BorderProtocolInput, argument = "input", today = new Date()): BorderProtocolColumns {
  const columns = {
    code: codeArgument(`${argument}.code`, input.code, "OTSH_MOZAMBIQUE_PROTOCOL"),
    name: requiredText(`${argument}.name`, input.name, 300),
    description: requiredText(`${argument}.description`, input.description, 4000),
    ...signedOn(`${argument}.signedOn`, input.signedOn, today),
  };
  if (input.purposes.length === 0) throw badUserInput(`${argument}.purposes`, "must name at least one purpose");
  const purposes = input.purposes.map((purpose, index) => requiredText(`${argument}.purposes[${index}]`, purpose, 1000));
  return {
    ...columns,
    purposes,
    beneficiaries: input.beneficiaries == null ? null : requiredText(`${argument}.beneficiaries`, input.beneficiaries, 1000),
    status: input.status ?? "SIGNED",
    parties: parties(`${argument}.parties`, input.parties),
    objectiveNumbers: objectiveNumbersArgument(`${argument}.objectives`, input.objectives),
    ...initiativeAndSourceColumns(argument, input, "OTSH_CABO_VERDE_PROTOCOL"),
  };
}
