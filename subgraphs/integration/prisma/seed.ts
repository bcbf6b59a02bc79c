// Seeds the integration subgraph from the report: typed, idempotent upserts in one
// short transaction (PGlite is a single session; nothing else runs inside it).
import { seedChecksum } from "@gcm-hub/kit";
import type { Prisma } from "../src/generated/prisma/client.js";
import type { IntegrationPrisma } from "../src/prisma.js";
import { observations, programmes, supportCentreTypes } from "./seed/report.js";
import type { ProgrammeSeed } from "./seed/types.js";

export const integrationSeed = { programmes, supportCentreTypes, observations };

export const integrationSeedChecksum = seedChecksum(integrationSeed);

/** Every kind-specific column, empty: a row of one kind leaves the other kinds' columns null. */
const NO_KIND_COLUMNS = {
  networkScope: null,
  partnerKinds: [],
  centreTypeCode: null,
  audience: null,
  channel: null,
  informationFormat: null,
  languages: null,
  evidenceForm: null,
  frequency: null,
  subject: null,
  topics: [],
  languageSetting: null,
  legalBasis: null,
  features: [],
  planLevel: null,
  policyArea: null,
  approvedOn: null,
  appliesTo: null,
} satisfies Partial<Prisma.ProgrammeUncheckedCreateInput>;

function programmeRow({ objectives: _objectives, participants: _participants, ...programme }: ProgrammeSeed): Prisma.ProgrammeUncheckedCreateInput {
  return { ...NO_KIND_COLUMNS, ...programme };
}

// Networks before centre types before the services offered at them: the foreign keys run both ways.
const byDependency = (programme: ProgrammeSeed) => (programme.kind === "INTEGRATION_NETWORK" ? 0 : programme.kind === "SUPPORT_SERVICE" ? 2 : 1);

export async function seedIntegration(prisma: IntegrationPrisma): Promise<string> {
  const ordered = [...programmes].sort((a, b) => byDependency(a) - byDependency(b));
  await prisma.$transaction(
    async (tx) => {
      const upsertProgramme = async (programme: ProgrammeSeed) => {
        const row = programmeRow(programme);
        await tx.programme.upsert({ where: { code: programme.code }, create: row, update: row });
        const programmeCode = programme.code;
        await tx.programmeObjective.deleteMany({ where: { programmeCode } });
        await tx.programmeParticipant.deleteMany({ where: { programmeCode } });
        await tx.programmeObjective.createMany({ data: programme.objectives.map((objectiveNumber) => ({ programmeCode, objectiveNumber })) });
        await tx.programmeParticipant.createMany({ data: programme.participants.map((participant) => ({ programmeCode, ...participant })) });
      };
      for (const programme of ordered.filter((p) => byDependency(p) === 0)) await upsertProgramme(programme);
      for (const centreType of supportCentreTypes) {
        await tx.supportCentreType.upsert({ where: { code: centreType.code }, create: centreType, update: centreType });
      }
      for (const programme of ordered.filter((p) => byDependency(p) > 0)) await upsertProgramme(programme);
      for (const observation of observations) {
        await tx.observation.upsert({ where: { code: observation.code }, create: observation, update: observation });
      }
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return `${programmes.length} programmes, ${supportCentreTypes.length} support centre types, ${observations.length} figures`;
}
