// Stubs of plan's entities: this subgraph returns only their keys, and the
// gateway asks plan for the rest.
export const objectiveRef = (number: number) => ({ number });
export const countryRef = (iso: string) => ({ iso });
export const departmentRef = (code: string) => ({ code });
export const initiativeRef = (code: string | null) => (code === null ? null : { code });
