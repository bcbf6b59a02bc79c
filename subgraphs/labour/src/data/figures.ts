import { storedNonNull } from "@gcm-hub/kit";
import type { Observation } from "../generated/prisma/client.js";
import type { LabourLoaders } from "../loaders.js";

/**
 * The figure a campaign or portfolio names in its NOT NULL foreign key to observation.
 * The database guarantees the row, so a miss is a broken invariant: an internal error
 * (masked for clients and logged by the kit), never null for a non-null field.
 */
export async function referencedFigure(loaders: LabourLoaders, code: string): Promise<Observation> {
  return storedNonNull(await loaders.figure.load(code), `labour observation "${code}", referenced by a foreign key,`);
}
