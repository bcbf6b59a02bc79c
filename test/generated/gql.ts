/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query InitiativesByObjective($objective: Int = 5, $first: Int = 20, $after: String) {\n  objective(number: $objective) {\n    number\n    title\n  }\n  initiatives(filter: {objective: $objective}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        code\n        name\n        status\n        startYear\n        participants {\n          role\n          department {\n            code\n            name\n          }\n        }\n        countries {\n          role\n          country {\n            iso\n            name\n          }\n        }\n        source {\n          reference\n          quote\n        }\n      }\n    }\n  }\n}": typeof types.InitiativesByObjectiveDocument,
    "query PlanOverview {\n  pillars {\n    numeral\n    title\n    achievement\n  }\n  planFigures {\n    label\n    value\n    unit\n    period {\n      label\n    }\n    source {\n      reference\n      quote\n    }\n  }\n  objectives {\n    number\n    title\n  }\n}": typeof types.PlanOverviewDocument,
};
const documents: Documents = {
    "query InitiativesByObjective($objective: Int = 5, $first: Int = 20, $after: String) {\n  objective(number: $objective) {\n    number\n    title\n  }\n  initiatives(filter: {objective: $objective}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        code\n        name\n        status\n        startYear\n        participants {\n          role\n          department {\n            code\n            name\n          }\n        }\n        countries {\n          role\n          country {\n            iso\n            name\n          }\n        }\n        source {\n          reference\n          quote\n        }\n      }\n    }\n  }\n}": types.InitiativesByObjectiveDocument,
    "query PlanOverview {\n  pillars {\n    numeral\n    title\n    achievement\n  }\n  planFigures {\n    label\n    value\n    unit\n    period {\n      label\n    }\n    source {\n      reference\n      quote\n    }\n  }\n  objectives {\n    number\n    title\n  }\n}": types.PlanOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InitiativesByObjective($objective: Int = 5, $first: Int = 20, $after: String) {\n  objective(number: $objective) {\n    number\n    title\n  }\n  initiatives(filter: {objective: $objective}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        code\n        name\n        status\n        startYear\n        participants {\n          role\n          department {\n            code\n            name\n          }\n        }\n        countries {\n          role\n          country {\n            iso\n            name\n          }\n        }\n        source {\n          reference\n          quote\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query InitiativesByObjective($objective: Int = 5, $first: Int = 20, $after: String) {\n  objective(number: $objective) {\n    number\n    title\n  }\n  initiatives(filter: {objective: $objective}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        code\n        name\n        status\n        startYear\n        participants {\n          role\n          department {\n            code\n            name\n          }\n        }\n        countries {\n          role\n          country {\n            iso\n            name\n          }\n        }\n        source {\n          reference\n          quote\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanOverview {\n  pillars {\n    numeral\n    title\n    achievement\n  }\n  planFigures {\n    label\n    value\n    unit\n    period {\n      label\n    }\n    source {\n      reference\n      quote\n    }\n  }\n  objectives {\n    number\n    title\n  }\n}"): (typeof documents)["query PlanOverview {\n  pillars {\n    numeral\n    title\n    achievement\n  }\n  planFigures {\n    label\n    value\n    unit\n    period {\n      label\n    }\n    source {\n      reference\n      quote\n    }\n  }\n  objectives {\n    number\n    title\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;