// An integration plan as the integration department adds it, checked field by field
// before any SQL runs: the first bad field is refused with BAD_USER_INPUT naming it.
// Objectives, departments and initiatives are plan's; only their keys' shapes can be
// checked here (a subgraph never calls another). A new code is checked in the
// write's transaction (programmeWrites.ts).
import { badUserInput, codeArgument, type Columns, initiativeAndSourceColumns, objectiveNumbersArgument, requiredText } from "@gcm-hub/kit";
import type { IntegrationPlanInput } from "../generated/graphql.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { IntegrationPlanLevel, IntegrationPolicyArea } from "../generated/prisma/enums.js";

/**
 * A plan as a write takes it, from the seed or from a valid input: the columns of its
 * programme row (Prisma's create input, the kit's Columns), those a plan must have, and
 * its objectives and participants (plan's department codes, with their part in it).
 */
export type IntegrationPlanColumns = Columns<Prisma.ProgrammeCreateManyInput> & {
  kind: "INTEGRATION_PLAN";
  planLevel: IntegrationPlanLevel;
  policyArea: IntegrationPolicyArea;
  objectives: number[];
  participants: Omit<Prisma.ProgrammeParticipantCreateManyInput, "programmeCode">[];
};

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function year(argument: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < FIRST_YEAR || value > LAST_YEAR) throw badUserInput(argument, `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}, got ${value}`);
  return value;
}

/** An ISO 8601 date at the precision known (YYYY, YYYY-MM or YYYY-MM-DD), a real calendar date, not after `today`. */
function approvedOn(argument: string, value: string | null | undefined, today: Date): string | null {
  if (value == null) return null;
  const match = PARTIAL_DATE.exec(value);
  if (!match) throw badUserInput(argument, `must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  if (match[3] && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw badUserInput(argument, `is not a calendar date: "${value}"`);
  if (value > today.toISOString().slice(0, value.length)) throw badUserInput(argument, `must not be in the future, got ${value}`);
  return value;
}

function participants(argument: string, input: IntegrationPlanInput["participants"]): IntegrationPlanColumns["participants"] {
  const seen = new Set<string>();
  return (input ?? []).map((participant, index) => {
    const at = `${argument}[${index}].department`;
    const departmentCode = codeArgument(at, participant.department.trim().toUpperCase(), "ACM");
    if (seen.has(departmentCode)) throw badUserInput(at, `repeats department ${departmentCode}; a body has one part in a plan`);
    seen.add(departmentCode);
    return { departmentCode, role: participant.role };
  });
}

/** Checks an IntegrationPlanInput field by field, in the SDL's order; `today` bounds approvedOn. */
export function integrationPlanColumns(input: IntegrationPlanInput, argument = "input", today = new Date()): IntegrationPlanColumns {
  const head = {
    code: codeArgument(`${argument}.code`, input.code, "PMIM_LISBON_2023_2026"),
    kind: "INTEGRATION_PLAN" as const,
    name: requiredText(`${argument}.name`, input.name, 300),
    description: requiredText(`${argument}.description`, input.description, 4000),
    planLevel: input.level,
    policyArea: input.policyArea,
    status: input.status ?? "APPROVED",
  };
  const startYear = year(`${argument}.startYear`, input.startYear);
  const endYear = year(`${argument}.endYear`, input.endYear);
  if (startYear !== null && endYear !== null && endYear < startYear) {
    throw badUserInput(`${argument}.endYear`, `must not be before startYear (${startYear}), got ${endYear}`);
  }
  const approved = approvedOn(`${argument}.approvedOn`, input.approvedOn, today);
  const objectiveNumbers = objectiveNumbersArgument(`${argument}.objectives`, input.objectives ?? [], { optional: true });
  const links = participants(`${argument}.participants`, input.participants);
  return {
    ...head,
    startYear,
    endYear,
    approvedOn: approved,
    pandemicResponse: input.pandemicResponse ?? false,
    ...initiativeAndSourceColumns(argument, input, "PMIM"),
    objectives: objectiveNumbers,
    participants: links,
  };
}
