// What the editor holds right now: its operations and the one a run should execute.
// GraphiQL remembers the operation name of the text it last analysed, which lags behind a
// fresh edit; the hub's fetcher decides from the text being sent instead.
import { Kind, parse, type OperationDefinitionNode } from "graphql";

export type OperationChoice = { ok: true; operationName: string | undefined; operation: OperationDefinitionNode } | { ok: false; message: string };

/** The operation of `query` to run: the named one when the text has it, else the only one. */
export function chooseOperation(query: string, requested: string | null | undefined): OperationChoice {
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  } catch (error) {
    return { ok: false, message: `The query does not parse: ${(error as Error).message}` };
  }
  if (operations.length === 0) return { ok: false, message: "The editor holds no operation to run." };
  // Only a name matches a name: an anonymous operation has none to compare with.
  const named = requested ? operations.find((operation) => operation.name?.value === requested) : undefined;
  if (named) return { ok: true, operationName: requested!, operation: named };
  if (operations.length === 1) return { ok: true, operationName: operations[0]!.name?.value, operation: operations[0]! };
  const names = operations.map((operation) => operation.name?.value ?? "(anonymous)").join(", ");
  return { ok: false, message: `The editor holds several operations (${names}): put the cursor inside the one to run, or pick it from the run button's menu.` };
}

/** The name of the operation the editor's text declares first (for the exporter and CSV). */
export function operationNameOf(query: string): string | undefined {
  const choice = chooseOperation(query, undefined);
  if (choice.ok) return choice.operationName;
  try {
    const first = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    return first?.name?.value;
  } catch {
    return undefined;
  }
}
