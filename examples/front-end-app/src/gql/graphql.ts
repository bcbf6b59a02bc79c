/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How the report qualifies a figure's value, in the words of its sentence. */
export type FigureQualifier =
  /** Just under the value ('almost', 'nearly'). */
  | 'ALMOST'
  /** About the value, either side of it ('around', 'about', 'approximately'). */
  | 'APPROXIMATELY'
  /** At least the value: a lower bound the value itself may meet ('at least', 'no fewer than'). */
  | 'AT_LEAST'
  /** The value as given, plainly: '453 migrants'. */
  | 'EXACT'
  /** More than the value: a lower bound ('over', 'more than', 'exceeding'). */
  | 'MORE_THAN';

/** How far an initiative has come, judged from the report's wording. */
export type InitiativeStatus =
  /** Done: approved, published, held or concluded. */
  | 'COMPLETED'
  /** A draft has been prepared; the report says no more (not that it awaits approval). */
  | 'DRAFTED'
  /** Launched, signed or running, and continuing. */
  | 'IN_PROGRESS'
  /** Foreseen, not yet started. */
  | 'PLANNED'
  /** Drafted and awaiting approval. */
  | 'UNDER_APPROVAL'
  /** Being negotiated with other parties. */
  | 'UNDER_NEGOTIATION';

export type InitiativesPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type InitiativesPageQuery = { initiatives: { totalCount: number, edges: Array<{ cursor: string, node: { code: string, name: string | null, status: InitiativeStatus | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type ObjectiveFiguresQueryVariables = Exact<{
  numbers: Array<number> | number;
}>;


export type ObjectiveFiguresQuery = { objectives: Array<{ number: number, title: string | null, borderFigures: Array<{ id: string, label: string, value: number, unit: string, qualifier: FigureQualifier }> | null, integrationFigures: Array<{ id: string, label: string, value: number, unit: string, qualifier: FigureQualifier }> | null }> | null };

export type ExampleFigureFragment = { id: string, label: string, value: number, unit: string, qualifier: FigureQualifier };

export const ExampleFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExampleFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}}]} as unknown as DocumentNode<ExampleFigureFragment, unknown>;
export const InitiativesPageDocument = {"__meta__":{"hash":"sha256:7b77906410041da3c1bb1ba952a978796f5ca63210be5ea335580de1fe80b9f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<InitiativesPageQuery, InitiativesPageQueryVariables>;
export const ObjectiveFiguresDocument = {"__meta__":{"hash":"sha256:abb5be083b6e6c7a1ed8edf6d838d720ad315fb1c001f674c7c6fb8df6fbf75b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectiveFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"borderFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExampleFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExampleFigure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExampleFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}}]} as unknown as DocumentNode<ObjectiveFiguresQuery, ObjectiveFiguresQueryVariables>;