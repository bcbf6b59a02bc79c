import { figureRevisionFields } from "@gcm-hub/kit";
import type { FigureRevisionResolvers } from "../generated/graphql.js";

export const FigureRevision: FigureRevisionResolvers = figureRevisionFields;
