import { reportSource } from "@gcm-hub/kit";
import type { FundedProjectPortfolio as PortfolioRow } from "../generated/prisma/client.js";
import type { LabourContext } from "../context.js";
import { initiativeRef, objectiveRef } from "./references.js";

export const FundedProjectPortfolio = {
  projectsFinanced: (portfolio: PortfolioRow, _: unknown, { loaders }: LabourContext) => loaders.figure.load(portfolio.projectsFigureCode),

  objective: (portfolio: PortfolioRow) => objectiveRef(portfolio.objectiveNumber),

  initiative: (portfolio: PortfolioRow) => initiativeRef(portfolio.initiativeCode),

  source: (portfolio: PortfolioRow) => reportSource(portfolio.sourceRef, portfolio.sourceQuote),
};
