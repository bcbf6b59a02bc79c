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
    "query InitiativesPage($first: Int!, $after: String) {\n  initiatives(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        code\n        name\n        status\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.InitiativesPageDocument,
    "query ObjectiveFigures($numbers: [Int!]!) {\n  objectives(numbers: $numbers) {\n    number\n    title\n    borderFigures {\n      ...ExampleFigure\n    }\n    integrationFigures {\n      ...ExampleFigure\n    }\n  }\n}\n\nfragment ExampleFigure on Observation {\n  id\n  label\n  value\n  unit\n  qualifier\n}": typeof types.ObjectiveFiguresDocument,
};
const documents: Documents = {
    "query InitiativesPage($first: Int!, $after: String) {\n  initiatives(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        code\n        name\n        status\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.InitiativesPageDocument,
    "query ObjectiveFigures($numbers: [Int!]!) {\n  objectives(numbers: $numbers) {\n    number\n    title\n    borderFigures {\n      ...ExampleFigure\n    }\n    integrationFigures {\n      ...ExampleFigure\n    }\n  }\n}\n\nfragment ExampleFigure on Observation {\n  id\n  label\n  value\n  unit\n  qualifier\n}": types.ObjectiveFiguresDocument,
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
export function graphql(source: "query InitiativesPage($first: Int!, $after: String) {\n  initiatives(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        code\n        name\n        status\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query InitiativesPage($first: Int!, $after: String) {\n  initiatives(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        code\n        name\n        status\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObjectiveFigures($numbers: [Int!]!) {\n  objectives(numbers: $numbers) {\n    number\n    title\n    borderFigures {\n      ...ExampleFigure\n    }\n    integrationFigures {\n      ...ExampleFigure\n    }\n  }\n}\n\nfragment ExampleFigure on Observation {\n  id\n  label\n  value\n  unit\n  qualifier\n}"): (typeof documents)["query ObjectiveFigures($numbers: [Int!]!) {\n  objectives(numbers: $numbers) {\n    number\n    title\n    borderFigures {\n      ...ExampleFigure\n    }\n    integrationFigures {\n      ...ExampleFigure\n    }\n  }\n}\n\nfragment ExampleFigure on Observation {\n  id\n  label\n  value\n  unit\n  qualifier\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;