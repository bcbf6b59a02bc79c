import type { LabourMeasureStatus, SkillsRecognitionMeasureKind } from "../generated/prisma/enums.js";
import type { LabourContext } from "../context.js";
import { findAgreementPage, type LabourMobilityAgreementFilter } from "../data/agreements.js";
import type { FigureFilter } from "@gcm-hub/kit";
import { findFigurePage } from "../data/figures.js";
import { findCampaignPage, type LabourInspectionCampaignFilter } from "../data/inspections.js";
import { findFundedProjectPortfolios, findSkillsRecognitionMeasures, findWorkerAttractionMeasures } from "../data/measures.js";

interface PageArguments<Filter> {
  filter?: Filter | null;
  first?: number | null;
  after?: string | null;
}

export const Query = {
  labourMobilityAgreements: (_: unknown, args: PageArguments<LabourMobilityAgreementFilter>, { prisma }: LabourContext) =>
    findAgreementPage(prisma, args.filter, args.first, args.after),

  labourMobilityAgreement: (_: unknown, { code }: { code: string }, { loaders }: LabourContext) => loaders.agreement.load(code),

  labourInspectionCampaigns: (_: unknown, args: PageArguments<LabourInspectionCampaignFilter>, { prisma }: LabourContext) =>
    findCampaignPage(prisma, args.filter, args.first, args.after),

  labourInspectionCampaign: (_: unknown, { code }: { code: string }, { loaders }: LabourContext) => loaders.campaign.load(code),

  fundedProjectPortfolios: (_: unknown, { objective }: { objective?: number | null }, { prisma }: LabourContext) =>
    findFundedProjectPortfolios(prisma, objective),

  fundedProjectPortfolio: (_: unknown, { code }: { code: string }, { loaders }: LabourContext) => loaders.portfolio.load(code),

  skillsRecognitionMeasures: (
    _: unknown,
    { kind, status }: { kind?: SkillsRecognitionMeasureKind | null; status?: LabourMeasureStatus | null },
    { prisma }: LabourContext,
  ) => findSkillsRecognitionMeasures(prisma, kind, status),

  skillsRecognitionMeasure: (_: unknown, { code }: { code: string }, { loaders }: LabourContext) => loaders.skillsMeasure.load(code),

  workerAttractionMeasures: (_: unknown, { status }: { status?: LabourMeasureStatus | null }, { prisma }: LabourContext) =>
    findWorkerAttractionMeasures(prisma, status),

  workerAttractionMeasure: (_: unknown, { code }: { code: string }, { loaders }: LabourContext) => loaders.workerMeasure.load(code),

  labourFigures: (_: unknown, args: PageArguments<FigureFilter>, { prisma }: LabourContext) =>
    findFigurePage(prisma, args.filter, args.first, args.after),
};
