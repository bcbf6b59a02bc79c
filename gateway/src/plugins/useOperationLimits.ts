// Refuses abusive operations before any subgraph is called, with validation rules:
// graphql-armor's for depth, aliases, tokens and directives, ours for cost (operationCost.ts:
// graphql-armor's cost model counts a page size passed as a variable as 1). Each refusal
// names the limit and what was found: GRAPHQL_PARSE_FAILED for tokens (counted while
// parsing), GRAPHQL_VALIDATION_FAILED for the others.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError, type DocumentNode, type ValidationContext, type ValidationRule } from "graphql";
import { maxAliasesPlugin, maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin, maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin, maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { MaxTokensParserWLexer, maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from "../config.js";
import { operationCost } from "./operationCost.js";

// Defined with the variables that set them (config.ts), so that reading the configuration
// does not load graphql-armor: npm start forks the subgraphs' process only after it.
export { DEFAULT_OPERATION_LIMITS, type OperationLimits };

/**
 * graphql-armor throws a refusal out of validation by default, which reaches clients
 * with no code and HTTP 200; reported instead, it is a validation error like any other
 * (GRAPHQL_VALIDATION_FAILED, 400 with application/graphql-response+json).
 */
const asValidationError = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };

/** graphql-armor's options for each limit: the plugin and operationLimitRules share them. */
function armorOptions(limits: OperationLimits) {
  return {
    tokens: { n: limits.tokens, exposeLimits: true },
    depth: { n: limits.depth, exposeLimits: true, flattenFragments: true, ignoreIntrospection: true, ...asValidationError },
    aliases: { n: limits.aliases, exposeLimits: true, ...asValidationError },
    directives: { n: limits.directives, exposeLimits: true, ...asValidationError },
  };
}

/**
 * Refuses an operation costlier than `limit` (see operationCost.ts), in the words of
 * graphql-armor's other limits. It reads the document alone, never the variables: a
 * validation rule runs once per document, whose result the gateway caches.
 */
function maxCostRule(limit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), operation, (name) => context.getFragment(name));
      if (cost > limit) context.reportError(new GraphQLError(`Syntax Error: Query Cost limit of ${limit} exceeded, found ${cost}.`));
    },
  });
}

export function useOperationLimits(limits: OperationLimits = DEFAULT_OPERATION_LIMITS): GatewayPlugin {
  const options = armorOptions(limits);
  return {
    onPluginInit({ addPlugin }) {
      // A token limit is a parse failure (GRAPHQL_PARSE_FAILED): there is no validation context yet.
      addPlugin(maxTokensPlugin(options.tokens));
      addPlugin(maxDepthPlugin(options.depth));
      addPlugin(maxAliasesPlugin(options.aliases));
      addPlugin(maxDirectivesPlugin(options.directives));
      const costRule = maxCostRule(limits.cost);
      addPlugin({ onValidate: ({ addValidationRule }) => addValidationRule(costRule) });
    },
  };
}

/**
 * The same limits outside a request, for checking documents before they are registered
 * (client manifests): parse with the token limit, then validate with these rules beside
 * graphql's own. The errors read as the gateway would answer them.
 */
export function parseWithTokenLimit(text: string, limits: OperationLimits = DEFAULT_OPERATION_LIMITS): DocumentNode {
  return new MaxTokensParserWLexer(text, armorOptions(limits).tokens).parseDocument();
}

export function operationLimitRules(limits: OperationLimits = DEFAULT_OPERATION_LIMITS): ValidationRule[] {
  const options = armorOptions(limits);
  return [maxDepthRule(options.depth), maxAliasesRule(options.aliases), maxDirectivesRule(options.directives), maxCostRule(limits.cost)] as ValidationRule[];
}
