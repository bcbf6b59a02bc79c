// A cooperation agreement as the diaspora department adds it, checked field by field
// before any SQL runs: the first bad field is refused with BAD_USER_INPUT naming it.
// Objectives, countries and initiatives are plan's; only their keys' shapes can be
// checked here (a subgraph never calls another).
import { assertObjectiveNumber, badUserInput, countryIso, requiredText } from "@gcm-hub/kit";
import type { CooperationAgreementInput } from "../generated/graphql.js";
import type { CooperationAgreementKind, CooperationCountryRole, DiasporaMeasureStatus } from "../generated/prisma/enums.js";

export interface CooperationAgreementColumns {
  code: string;
  name: string;
  kind: CooperationAgreementKind;
  status: DiasporaMeasureStatus;
  purpose: string;
  description: string;
  objectiveNumbers: number[];
  initiativeCode: string | null;
  sourceDocument: string;
  sourceRef: string;
  sourceQuote: string;
  countries: { countryIso: string; role: CooperationCountryRole }[];
}

/** Plan's codes for records and initiatives (for example TRIANGULAR_COOPERATION_MOUS). */
const CODE = /^[A-Z][A-Z0-9_]{0,99}$/;
/** Portugal is party to every agreement of its development cooperation, never its partner. */
const HOME_COUNTRY = "PT";
// Assigned ISO 3166-1 codes are the regions ICU can name; a well-formed but unassigned code (XX) has no name.
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

function code(argument: string, value: string, example: string): string {
  if (!CODE.test(value)) {
    throw badUserInput(argument, `must be a code of at most 100 upper-case letters, digits and '_', starting with a letter (for example ${example}), got "${value}"`);
  }
  return value;
}

function countries(
  argument: string,
  kind: CooperationAgreementKind,
  input: CooperationAgreementInput["countries"],
): CooperationAgreementColumns["countries"] {
  const seen = new Set<string>();
  return input.map((partner, index) => {
    const at = `${argument}[${index}]`;
    const iso = countryIso(`${at}.country`, partner.country);
    if (regionNames.of(iso) === undefined) throw badUserInput(`${at}.country`, `is not an assigned ISO 3166-1 alpha-2 country code, got "${partner.country}"`);
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

function objectives(argument: string, numbers: number[]): number[] {
  if (numbers.length === 0) throw badUserInput(argument, "must name at least one objective (1 to 23)");
  numbers.forEach((number, index) => assertObjectiveNumber(`${argument}[${index}]`, number));
  const duplicate = numbers.find((number, index) => numbers.indexOf(number) !== index);
  if (duplicate !== undefined) throw badUserInput(argument, `names objective ${duplicate} more than once`);
  return [...numbers].sort((a, b) => a - b);
}

/** Checks a CooperationAgreementInput field by field, in the SDL's order. */
export function cooperationAgreementColumns(input: CooperationAgreementInput, argument = "input"): CooperationAgreementColumns {
  const columns = {
    code: code(`${argument}.code`, input.code, "TRIANGULAR_COOPERATION_MEMORANDUM_PARAGUAY"),
    name: requiredText(`${argument}.name`, input.name, 300),
    kind: input.kind,
    status: input.status ?? "ACTIVE",
    purpose: requiredText(`${argument}.purpose`, input.purpose, 1000),
    description: requiredText(`${argument}.description`, input.description, 4000),
  };
  return {
    ...columns,
    countries: countries(`${argument}.countries`, columns.kind, input.countries),
    objectiveNumbers: objectives(`${argument}.objectives`, input.objectives),
    initiativeCode: input.initiative == null ? null : code(`${argument}.initiative`, input.initiative, "TRIANGULAR_COOPERATION_MOUS"),
    sourceDocument: requiredText(`${argument}.source.document`, input.source.document, 300),
    sourceRef: requiredText(`${argument}.source.reference`, input.source.reference, 200),
    sourceQuote: requiredText(`${argument}.source.quote`, input.source.quote, 2000),
  };
}
