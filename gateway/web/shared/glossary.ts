// The acronyms the report uses for public bodies, networks, programmes and plans, each
// expanded in the report's own words, with the passage that pairs them (verbatim, checked
// against the report by test/glossary.test.ts). An acronym the report uses without
// expanding it, or that the hub's pages add, says its expansion comes from outside.
// Shown by the dashboard (#/glossary) and by GraphiQL (the Glossary panel).

export type GlossaryKind = "public body" | "support network" | "international body" | "plan or programme" | "other";

export interface GlossaryEntry {
  acronym: string;
  expansion: string;
  kind: GlossaryKind;
  /** The report's passage that uses the acronym (markdown links reduced to their text); none when the report does not use it. */
  quote?: string;
  /** Set when the expansion is not the report's: where it comes from instead. */
  outside?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { acronym: "ACM", expansion: "High Commission for Migration", kind: "public body", quote: "High Commission for Migration (ACM)" },
  { acronym: "ACT", expansion: "Authority for Working Conditions", kind: "public body", quote: "the Authority for Working Conditions (ACT)" },
  { acronym: "AMIF", expansion: "Asylum, Migration and Integration Fund", kind: "plan or programme", quote: "the European Union's Asylum, Migration and Integration Fund (AMIF)" },
  { acronym: "ANQEP", expansion: "National Agency for Qualification and Vocational Education and Training", kind: "public body", quote: "National Agency for Qualification and Vocational Education and Training (ANQEP)" },
  { acronym: "ARVoRe VII", expansion: "Voluntary Return and Reintegration Support Programme", kind: "plan or programme", quote: "Voluntary Return and Reintegration Support Programme (ARVoRe VII)" },
  {
    acronym: "CLAIM",
    expansion: "local centres to support the integration of migrants",
    kind: "support network",
    quote: "national and local centres to support the integration of migrants (CNAIM and CLAIM)",
  },
  {
    acronym: "CNAIM",
    expansion: "national centres to support the integration of migrants",
    kind: "support network",
    quote: "national and local centres to support the integration of migrants (CNAIM and CLAIM)",
  },
  { acronym: "CPLP", expansion: "Community of Portuguese Speaking Countries", kind: "international body", quote: "Community of Portuguese Speaking Countries (CPLP)" },
  { acronym: "EES", expansion: "European Entry-Exit System", kind: "plan or programme", quote: "the European Entry-Exit System (EES)" },
  { acronym: "EUROPOL", expansion: "European Union's Law Enforcement Agency", kind: "international body", quote: "the European Union's Law Enforcement Agency (EUROPOL)" },
  { acronym: "GAE", expansion: "Emigrant Support Offices", kind: "support network", quote: "the network of Emigrant Support Offices (GAE)" },
  { acronym: "GCM", expansion: "Global Compact for Migration", kind: "plan or programme", quote: "Portugal's Global Compact for Migration (GCM)" },
  { acronym: "GIP", expansion: "Occupational Insertion Offices", kind: "support network", quote: "Occupational Insertion Offices (GIP)" },
  { acronym: "IEFP", expansion: "Institute of Employment and Vocational Training", kind: "public body", quote: "Institute of Employment and Vocational Training (IEFP)" },
  { acronym: "IHRU", expansion: "Institute for Housing and Urban Rehabilitation", kind: "public body", quote: "the Institute for Housing and Urban Rehabilitation (IHRU)" },
  { acronym: "IMRF", expansion: "International Migration Review Forum", kind: "other", quote: "the International Migration Review Forum (IMRF)" },
  { acronym: "INA", expansion: "National Institute of Public Administration", kind: "public body", quote: "the National Institute of Public Administration (INA)" },
  { acronym: "IOM", expansion: "International Organisation for Migration", kind: "international body", quote: "the International Organisation for Migration (IOM)" },
  { acronym: "ISS", expansion: "Social Security Institute", kind: "public body", quote: "the Social Security Institute (ISS)" },
  { acronym: "MGI", expansion: "Migration Governance Index", kind: "plan or programme", quote: "Migration Governance Index (MGI)" },
  {
    acronym: "MNE",
    expansion: "Ministry of Foreign Affairs (Ministério dos Negócios Estrangeiros)",
    kind: "public body",
    outside: "The report does not use MNE: the hub's pages use it for the ministry of the Secretary of State for Portuguese Communities (the diaspora department).",
  },
  { acronym: "NHS", expansion: "National Health Service", kind: "public body", quote: "citizens without an NHS number", outside: "The report writes only 'NHS number'; the expansion is the usual one, not the report's." },
  { acronym: "OTSH", expansion: "Portuguese Observatory on Human Trafficking", kind: "public body", quote: "Portuguese Observatory on Human Trafficking (OTSH)" },
  { acronym: "PLA", expansion: "Portuguese Host Language (courses)", kind: "plan or programme", quote: "the Portuguese Host Language (PLA) courses" },
  { acronym: "PMIM", expansion: "Municipal Plans for the Integration of Migrants", kind: "plan or programme", quote: "Municipal Plans for the Integration of Migrants (PMIM)" },
  { acronym: "PNIPGM", expansion: "National Implementation Plan of the Global Compact for Migration", kind: "plan or programme", quote: "National Implementation Plan of the Global Compact for Migration (PNIPGM)" },
  { acronym: "PPUE", expansion: "Presidency of the Council of the European Union", kind: "other", quote: "Presidency of the Council of the European Union (PPUE)" },
  { acronym: "RIMM", expansion: "Reinforcement of Integrated Migration Management (project)", kind: "plan or programme", quote: "the Reinforcement of Integrated Migration Management (RIMM) project" },
  { acronym: "SDGs", expansion: "Sustainable Development Goals", kind: "other", quote: "a tool within the scope of the SDGs", outside: "The report uses SDGs without expanding it; the expansion is the United Nations' name." },
  { acronym: "SEF", expansion: "Immigration and Borders Service", kind: "public body", quote: "Immigration and Borders Service (SEF)" },
  { acronym: "STT", expansion: "Telephone Translation Service", kind: "support network", quote: "Telephone Translation Service (STT)" },
];

/** Entries whose acronym, expansion or kind contains the text (any case); all for empty text. */
export function searchGlossary(text: string, entries: readonly GlossaryEntry[] = GLOSSARY): GlossaryEntry[] {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return [...entries];
  return entries.filter((entry) => [entry.acronym, entry.expansion, entry.kind].some((field) => field.toLowerCase().includes(wanted)));
}
