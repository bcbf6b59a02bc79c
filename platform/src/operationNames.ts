// Operation names become metric labels and log fields, and clients choose them: a
// client sending a new name per request would grow every metric without bound. So a
// name is used as a label only if it is short and GraphQL-shaped, and only the first
// few distinct names (plus the trusted operations' own) get a label of their own;
// every other name is counted under OTHER_OPERATIONS.

/** The client operation a subgraph request serves (the gateway's bounded label), for the subgraph's metrics and logs. */
export const OPERATION_HEADER = "x-hub-operation";
export const OTHER_OPERATIONS = "other";
/** Longest operation name used as a label. */
export const MAX_OPERATION_NAME_LENGTH = 64;
/** Distinct labels beyond the known names; default of createOperationLabels. */
export const DEFAULT_MAX_OPERATION_LABELS = 100;

const NAME = new RegExp(`^[_A-Za-z][_0-9A-Za-z]{0,${MAX_OPERATION_NAME_LENGTH - 1}}$`);

/** The header's value if it is a short GraphQL name; undefined otherwise. */
export function boundedOperationName(value: string | null | undefined): string | undefined {
  return value && NAME.test(value) ? value : undefined;
}

export interface OperationLabelOptions {
  /** Names that always get their own label (the trusted operations); default none. */
  known?: Iterable<string>;
  /** Further distinct names given a label, first come first served; default DEFAULT_MAX_OPERATION_LABELS. */
  maxDistinct?: number;
}

/** Maps operation names to a bounded set of labels. */
export function createOperationLabels({ known = [], maxDistinct = DEFAULT_MAX_OPERATION_LABELS }: OperationLabelOptions = {}): (name: string | null | undefined) => string {
  const labels = new Set(known);
  const fixed = labels.size;
  return (name) => {
    const bounded = boundedOperationName(name);
    if (bounded === undefined) return OTHER_OPERATIONS;
    if (labels.has(bounded)) return bounded;
    if (labels.size - fixed >= maxDistinct) return OTHER_OPERATIONS;
    labels.add(bounded);
    return bounded;
  };
}
