// One subgraph failure can surface once per entity the gateway asked it for; the
// client needs to hear it once. Drops errors repeating an earlier one's message,
// path and code.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { GraphQLError } from "graphql";

function keyOf(error: GraphQLError): string {
  return JSON.stringify([error.message, error.path ?? null, error.extensions?.code ?? null]);
}

export function useDistinctErrors(): GatewayPlugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors || result.errors.length < 2) return;
          const seen = new Set<string>();
          const errors = result.errors.filter((error) => {
            const key = keyOf(error);
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          });
          if (errors.length < result.errors.length) setResult({ ...result, errors });
        },
      };
    },
  };
}
