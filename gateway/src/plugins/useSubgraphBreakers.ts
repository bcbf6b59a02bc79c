// The subgraph circuit breakers (../subgraphBreakers.ts) around every subgraph fetch: a
// fetch to a subgraph whose circuit is open answers at once with the outage's error; every
// other fetch's outcome, after its timeout and retry, is told to the breakers. Registered
// after the runtime's own timeout and retry, so it wraps them.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError, type ExecutionResult } from "graphql";
import { isTransportFailure, SUBGRAPH_UNAVAILABLE, unavailableMessage } from "../errors.js";
import type { SubgraphBreakers } from "../subgraphBreakers.js";

/** What a fetch refused by an open circuit answers: what the subgraph's outage answers. */
function refusal(subgraph: string): { errors: GraphQLError[] } {
  return { errors: [new GraphQLError(unavailableMessage(subgraph), { extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph } })] };
}

function failedInTransport(result: unknown): boolean {
  const errors = (result as ExecutionResult | undefined)?.errors;
  return Array.isArray(errors) && errors.some((error) => error instanceof GraphQLError && isTransportFailure(error));
}

export function useSubgraphBreakers(breakers: SubgraphBreakers): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      setExecutor((request) => {
        if (!breakers.admits(subgraphName)) return refusal(subgraphName);
        // A client that went away is no failure of the subgraph's.
        const asked = () => !request.signal?.aborted;
        const answered = <T>(result: T) => {
          if (asked()) (failedInTransport(result) ? breakers.failed : breakers.answered)(subgraphName);
          return result;
        };
        const failed = (error: unknown): never => {
          if (asked() && (!(error instanceof GraphQLError) || isTransportFailure(error))) breakers.failed(subgraphName);
          throw error;
        };
        // Called now, not on a later tick: Hive's fetch reads this request back from the
        // operation's shared `info`, which the next subgraph's request overwrites (deferred,
        // plan's fetch went out with a credential made for social).
        let pending;
        try {
          pending = executor(request);
        } catch (error) {
          return failed(error);
        }
        return Promise.resolve(pending).then(answered, failed);
      });
    },
  };
}
