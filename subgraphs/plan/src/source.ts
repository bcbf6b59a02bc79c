/** The document every record of the plan catalogue comes from. */
export const REPORT =
  "Voluntary national report on the implementation of the Global Compact for Safe, Orderly and Regular Migration in Portugal (2022)";

export const GLOBAL_COMPACT = "Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195)";

export function reportSource(reference: string, quote: string) {
  return { document: REPORT, reference, quote };
}
