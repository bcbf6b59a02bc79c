// A valid labour mobility agreement input, for the tests to vary.
export function agreementInput(overrides: Record<string, unknown> = {}) {
  return {
    code: "LMA_CAPE_VERDE",
    name: "Labour mobility agreement with Cape Verde",
    kind: "BILATERAL",
    status: "CONCLUDED",
    signedIn: "2022-07",
    purpose: "To ease regular labour migration between Portugal and Cape Verde.",
    description: "Labour mobility agreement between Portugal and Cape Verde, concluded in July 2022.",
    pillar: 5,
    countries: [{ country: "cv", role: "PARTNER_COUNTRY" }],
    objectives: [5, 2],
    initiative: "LMA_CAPE_VERDE",
    source: { document: "IEFP activity report 2022", reference: "Chapter 3", quote: "an agreement was concluded with Cape Verde in July 2022" },
    ...overrides,
  };
}
