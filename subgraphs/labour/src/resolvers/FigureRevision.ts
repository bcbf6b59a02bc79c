// A figure's revisions resolve as every department's do (the kit's departmentFigures).
import { figures } from "../department.js";

export const FigureRevision = figures.resolvers.FigureRevision;
