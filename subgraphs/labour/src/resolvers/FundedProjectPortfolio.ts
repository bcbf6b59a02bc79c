import { reportSource } from "@gcm-hub/kit";
import { referencedFigure } from "../data/figures.js";
import type { FundedProjectPortfolioResolvers } from "../generated/graphql.js";
import { initiativeRef, objectiveRef } from "./references.js";

export const FundedProjectPortfolio: FundedProjectPortfolioResolvers = {
  projectsFinanced: (portfolio, _, { loaders }) => referencedFigure(loaders, portfolio.projectsFigureCode),

  objective: (portfolio) => objectiveRef(portfolio.objectiveNumber),

  initiative: (portfolio) => initiativeRef(portfolio.initiativeCode),

  source: (portfolio) => reportSource(portfolio.sourceRef, portfolio.sourceQuote),
};
