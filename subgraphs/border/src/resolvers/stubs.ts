// References to entities the plan subgraph owns: only their keys, which the
// gateway completes from plan. A stub is never a guess at the entity's data.

export const objectiveStubs = (numbers: number[]) => numbers.map((number) => ({ number }));

export const initiativeStub = (code: string | null) => (code === null ? null : { code });

export const departmentStub = (code: string | null) => (code === null ? null : { code });

export const countryStub = (iso: string | null) => (iso === null ? null : { iso });
