// A request whose variables do not fit the operation is the client's mistake: HTTP 400,
// as the GraphQL-over-HTTP spec asks when no execution took place. The JavaScript
// planner finds it before execution and answers 400 already; the Rust planner finds it
// while executing and would answer 200.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError, type ExecutionResult } from "graphql";

const VARIABLE_ERROR = /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/;

function isVariableFailure(result: unknown): result is ExecutionResult {
  if (!result || typeof result !== "object" || Array.isArray(result) || Symbol.asyncIterator in result) return false;
  const { data, errors } = result as ExecutionResult;
  return data == null && !!errors?.length && errors.every((error) => VARIABLE_ERROR.test(error.message));
}

export function useVariableErrorStatus(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      if (!isVariableFailure(result)) return;
      const errors = result.errors!.map(
        (error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code: "BAD_USER_INPUT", http: { status: 400 } } }),
      );
      setResult({ ...result, errors });
    },
  };
}
