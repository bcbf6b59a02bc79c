import { initiativeReference, reportSource, requiredObjectiveReference } from "@gcm-hub/kit";
import { referencedFigure } from "../data/figures.js";
import type { FundedProjectPortfolioResolvers } from "../generated/graphql.js";

export const FundedProjectPortfolio: FundedProjectPortfolioResolvers = {
  projectsFinanced: (portfolio, _, { loaders }) => referencedFigure(loaders, portfolio.projectsFigureCode),

  objective: (portfolio) => requiredObjectiveReference(portfolio.objectiveNumber),

  initiative: (portfolio) => initiativeReference(portfolio.initiativeCode),

  source: (portfolio) => reportSource(portfolio.sourceRef, portfolio.sourceQuote),
};
