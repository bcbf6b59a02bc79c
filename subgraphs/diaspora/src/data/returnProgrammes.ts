import type { DiasporaPrisma } from "../prisma.js";

/** Return programmes, ordered by code; with a department, only those it promotes or refers cases to. */
export function findReturnProgrammes(prisma: DiasporaPrisma, department: string | null | undefined) {
  const where = department == null ? {} : { OR: [{ promoterCode: department }, { referralPartnerCodes: { has: department } }] };
  return prisma.returnProgramme.findMany({ where, orderBy: { code: "asc" } });
}
