// A new initiative as the plan department sends it, checked field by field before
// any database work: a clear BAD_USER_INPUT naming the first bad field. Checks that
// need the catalogue (a known body, a known country, a new code) run in the write's
// transaction, in initiativeWrites.ts.
import { assertObjectiveNumber, badUserInput, CODE_MAX, codeArgument, type Columns, countryIso, requiredText, sourceColumns } from "@gcm-hub/kit";
import type { InitiativeInput } from "../generated/graphql.js";
import type { Prisma } from "../generated/prisma/client.js";

/**
 * An initiative as a write takes it, from the seed or from a valid InitiativeInput: the
 * columns of its row (Prisma's create input, the kit's Columns), its objectives, the
 * bodies taking part (plan's department codes, with their part in it) and its countries
 * (a role in the report's words).
 */
export type InitiativeColumns = Columns<Prisma.InitiativeCreateManyInput> & {
  objectives: number[];
  participants: Omit<Prisma.InitiativeDepartmentCreateManyInput, "initiativeCode">[];
  countries: Omit<Prisma.InitiativeCountryCreateManyInput, "initiativeCode">[];
};

/** A role in the report's words: party, negotiating party, project location... */
const COUNTRY_ROLE = /^[a-z]+(?:[ -][a-z]+)*$/;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** Throws naming `argument(index)` when a key repeats in a list that must hold each once. */
function once<Item>(items: readonly Item[], keyOf: (item: Item) => string | number, argument: (index: number) => string, what: string): void {
  const seen = new Set<string | number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) throw badUserInput(argument(index), `repeats ${what} ${key}; give each once`);
    seen.add(key);
  });
}

/** Checks an InitiativeInput field by field; throws BAD_USER_INPUT naming the first bad field. */
export function initiativeColumns(input: InitiativeInput, argument = "input"): InitiativeColumns {
  codeArgument(`${argument}.code`, input.code, "LMA_INDIA");
  const name = requiredText(`${argument}.name`, input.name, 300);
  const description = requiredText(`${argument}.description`, input.description, 4000);
  if (input.startYear != null && (!Number.isInteger(input.startYear) || input.startYear < FIRST_YEAR || input.startYear > LAST_YEAR)) {
    throw badUserInput(`${argument}.startYear`, `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}, got ${input.startYear}`);
  }

  const objectives = [...(input.objectives ?? [])];
  objectives.forEach((number, index) => assertObjectiveNumber(`${argument}.objectives[${index}]`, number));
  once(objectives, (number) => number, (index) => `${argument}.objectives[${index}]`, "objective");

  const participants = (input.participants ?? []).map(({ department, role }, index) => ({
    departmentCode: requiredText(`${argument}.participants[${index}].department`, department, CODE_MAX),
    role,
  }));
  once(participants, (participant) => participant.departmentCode, (index) => `${argument}.participants[${index}].department`, "body");

  const countries = (input.countries ?? []).map(({ country, role }, index) => {
    const roleArgument = `${argument}.countries[${index}].role`;
    const roleWord = requiredText(roleArgument, role, 40);
    if (!COUNTRY_ROLE.test(roleWord)) {
      throw badUserInput(roleArgument, `must be a role in lower-case words, for example party, partner or beneficiary, got "${roleWord}"`);
    }
    return { countryIso: countryIso(`${argument}.countries[${index}].country`, country), role: roleWord };
  });
  once(countries, (country) => country.countryIso, (index) => `${argument}.countries[${index}].country`, "country");

  return {
    code: input.code,
    name,
    description,
    status: input.status,
    startYear: input.startYear ?? null,
    ...sourceColumns(`${argument}.source`, input.source),
    objectives,
    participants,
    countries,
  };
}
