// Partial answers a client typed from the schema can parse: when a subgraph fails, the
// executor's result is completed as the GraphQL spec requires (`data` present, nulls
// propagated to the nearest nullable parent, every nulled position reachable from an
// error that names the subgraph, list indices in paths). See ../partialAnswer.ts.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { buildASTSchema, parse, type ExecutionResult, type GraphQLSchema } from "graphql";
import { completeAnswer } from "../partialAnswer.js";
import { currentOwnership } from "../subgraphOwnership.js";

export interface PartialAnswersOptions {
  /** The supergraph SDL being served (which subgraph resolves which field). */
  supergraph: () => string;
}

export function usePartialAnswers({ supergraph }: PartialAnswersOptions): GatewayPlugin {
  const ownership = currentOwnership(supergraph);
  let schema: { sdl: string; schema: GraphQLSchema } | undefined;
  const supergraphSchema = () => {
    const sdl = supergraph();
    if (schema?.sdl !== sdl) schema = { sdl, schema: buildASTSchema(parse(sdl), { assumeValid: true, assumeValidSDL: true }) };
    return schema.schema;
  };
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          // Only a failure needs completing: an answer without errors costs one check.
          if (!("errors" in result) || !result.errors?.length) return;
          const completed = completeAnswer(result as ExecutionResult, {
            schema: args.schema,
            document: args.document,
            operationName: args.operationName,
            variables: args.variableValues,
            ownership: ownership(),
            supergraph: supergraphSchema(),
          });
          if (completed !== result) setResult(completed);
        },
      };
    },
  };
}
