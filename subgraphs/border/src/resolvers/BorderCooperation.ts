// Country.borderCooperation tags each project or protocol with its GraphQL type.
export const BorderCooperation = {
  __resolveType: (cooperation: { __typename: "BorderProject" | "BorderProtocol" }) => cooperation.__typename,
};
