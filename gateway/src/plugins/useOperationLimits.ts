// Refuses abusive operations before any subgraph is called, with graphql-armor's
// validation rules: depth, aliases, cost, tokens and directives. Each refusal is a
// GRAPHQL_VALIDATION_FAILED error that names the limit and what was found.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";

export interface OperationLimits {
  /** Deepest field nesting, fragments flattened; default 10. */
  depth: number;
  /** Aliases in one operation; default 15. */
  aliases: number;
  /** Estimated cost (1 per scalar, 2 per object, x1.5 per level); default 5000. */
  cost: number;
  /** Lexical tokens in the document; default 2000. */
  tokens: number;
  /** Directives in one operation; default 20. */
  directives: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = Object.freeze({
  depth: 10,
  aliases: 15,
  cost: 5000,
  tokens: 2000,
  directives: 20,
});

export function useOperationLimits(limits: OperationLimits = DEFAULT_OPERATION_LIMITS): GatewayPlugin {
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(maxTokensPlugin({ n: limits.tokens, exposeLimits: true }));
      addPlugin(maxDepthPlugin({ n: limits.depth, exposeLimits: true, flattenFragments: true, ignoreIntrospection: true }));
      addPlugin(maxAliasesPlugin({ n: limits.aliases, exposeLimits: true }));
      addPlugin(maxDirectivesPlugin({ n: limits.directives, exposeLimits: true }));
      addPlugin(costLimitPlugin({ maxCost: limits.cost, exposeLimits: true, ignoreIntrospection: true }));
    },
  };
}
