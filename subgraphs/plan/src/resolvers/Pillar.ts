import type { Pillar as PillarRow } from "../generated/prisma/client.js";
import { reportSource } from "@gcm-hub/kit";

const NUMERALS = ["I", "II", "III", "IV", "V"];

export const Pillar = {
  numeral: (pillar: PillarRow) => NUMERALS[pillar.number - 1],
  source: (pillar: PillarRow) => reportSource(pillar.sourceRef, pillar.sourceQuote),
};
