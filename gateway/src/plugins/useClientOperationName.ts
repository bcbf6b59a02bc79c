// Every subgraph request carries the name of the client operation it serves
// (x-hub-operation), so each subgraph's metrics and logs say which client operation a
// fetch was for, whatever name the query planner gives the subgraph operation (the
// JavaScript planner reuses the client's, the Rust planner sends none).
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { getOperationAST } from "graphql";
import { createOperationLabels, OPERATION_HEADER } from "@gcm-hub/platform";

export interface ClientOperationNameOptions {
  /** Maps the client's operation name to the bounded label sent; default createOperationLabels(). */
  operationLabel?: (name: string | null | undefined) => string;
}

export function useClientOperationName({ operationLabel = createOperationLabels() }: ClientOperationNameOptions = {}): GatewayPlugin {
  return {
    onExecute({ args, extendContext }) {
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      if (name) extendContext({ clientOperation: operationLabel(name) });
    },
    onFetch({ context, options, setOptions }) {
      const name = context && "clientOperation" in context ? (context.clientOperation as string) : undefined;
      if (!name) return;
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set(OPERATION_HEADER, name);
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}
