import { reportSource } from "@gcm-hub/kit";
import type { PillarResolvers } from "../generated/graphql.js";

const NUMERALS = ["I", "II", "III", "IV", "V"];

export const Pillar: PillarResolvers = {
  numeral: (pillar) => NUMERALS[pillar.number - 1] ?? String(pillar.number),
  source: (pillar) => reportSource(pillar.sourceRef, pillar.sourceQuote),
};
