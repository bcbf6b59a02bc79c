import type { BorderContext } from "../context.js";
import type { BorderProtocol as BorderProtocolRow } from "../generated/prisma/client.js";
import { objectiveRecordFields } from "./recordFields.js";

export const BorderProtocol = {
  ...objectiveRecordFields,
  signedOn: (protocol: BorderProtocolRow) =>
    protocol.signedMonth === null ? String(protocol.signedYear) : `${protocol.signedYear}-${String(protocol.signedMonth).padStart(2, "0")}`,
  parties: (protocol: BorderProtocolRow, _: unknown, { loaders }: BorderContext) => loaders.partiesByProtocol.load(protocol.code),
};
