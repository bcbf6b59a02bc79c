import type { BorderContext } from "../context.js";
import type {
  BorderFacilityStatus,
  BorderPolicyDocumentKind,
  BorderPolicyDocumentStatus,
  BorderSystemKind,
  BorderSystemStatus,
  DocumentationMeasureKind,
  RegularisationMeasureKind,
} from "../generated/prisma/enums.js";
import { findFacilities } from "../data/facilities.js";
import type { FigureFilter } from "@gcm-hub/kit";
import { findFigurePage } from "../data/figures.js";
import { findDocumentationMeasures, findReferralSystems, findRegularisationMeasures } from "../data/measures.js";
import { findPolicyDocuments } from "../data/policyDocuments.js";
import { findProjectPage, type BorderProjectFilter } from "../data/projects.js";
import { findProtocolPage, type BorderProtocolFilter } from "../data/protocols.js";
import { findSystems } from "../data/systems.js";

interface PageArguments<Filter> {
  filter?: Filter | null;
  first?: number | null;
  after?: string | null;
}

export const Query = {
  borderFigures: (_: unknown, args: PageArguments<FigureFilter>, { prisma }: BorderContext) =>
    findFigurePage(prisma, args.filter, args.first, args.after),

  borderFigure: (_: unknown, { id }: { id: string }, { loaders }: BorderContext) => loaders.figure.load(id),

  borderProjects: (_: unknown, args: PageArguments<BorderProjectFilter>, { prisma }: BorderContext) =>
    findProjectPage(prisma, args.filter, args.first, args.after),

  borderProject: (_: unknown, { code }: { code: string }, { loaders }: BorderContext) => loaders.project.load(code),

  borderProtocols: (_: unknown, args: PageArguments<BorderProtocolFilter>, { prisma }: BorderContext) =>
    findProtocolPage(prisma, args.filter, args.first, args.after),

  borderProtocol: (_: unknown, { code }: { code: string }, { loaders }: BorderContext) => loaders.protocol.load(code),

  borderSystems: (
    _: unknown,
    args: { kind?: BorderSystemKind | null; status?: BorderSystemStatus | null; objective?: number | null },
    { prisma }: BorderContext,
  ) => findSystems(prisma, args),

  borderSystem: (_: unknown, { code }: { code: string }, { loaders }: BorderContext) => loaders.system.load(code),

  borderFacilities: (_: unknown, args: { status?: BorderFacilityStatus | null; objective?: number | null }, { prisma }: BorderContext) =>
    findFacilities(prisma, args),

  borderFacility: (_: unknown, { code }: { code: string }, { loaders }: BorderContext) => loaders.facility.load(code),

  borderPolicyDocuments: (
    _: unknown,
    args: { kind?: BorderPolicyDocumentKind | null; status?: BorderPolicyDocumentStatus | null; objective?: number | null },
    { prisma }: BorderContext,
  ) => findPolicyDocuments(prisma, args),

  borderPolicyDocument: (_: unknown, { code }: { code: string }, { loaders }: BorderContext) => loaders.policyDocument.load(code),

  documentationMeasures: (_: unknown, args: { kind?: DocumentationMeasureKind | null; objective?: number | null }, { prisma }: BorderContext) =>
    findDocumentationMeasures(prisma, args),

  documentationMeasure: (_: unknown, { code }: { code: string }, { loaders }: BorderContext) => loaders.documentationMeasure.load(code),

  regularisationMeasures: (_: unknown, args: { kind?: RegularisationMeasureKind | null }, { prisma }: BorderContext) =>
    findRegularisationMeasures(prisma, args),

  regularisationMeasure: (_: unknown, { code }: { code: string }, { loaders }: BorderContext) => loaders.regularisationMeasure.load(code),

  traffickingReferralSystems: (_: unknown, args: { objective?: number | null }, { prisma }: BorderContext) => findReferralSystems(prisma, args),

  traffickingReferralSystem: (_: unknown, { code }: { code: string }, { loaders }: BorderContext) => loaders.referralSystem.load(code),
};
