// The department's figures resolve as every department's do (the kit's departmentFigures).
import { figures } from "../department.js";

export const Observation = figures.resolvers.Observation;
