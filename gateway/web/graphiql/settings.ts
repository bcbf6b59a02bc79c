// The settings the gateway writes into the page (see gateway/src/graphiql.ts).
export interface GraphiQLSettings {
  graphqlEndpoint: string;
  defaultTabs: { query: string; variables?: string }[];
  trustedOperations: { name: string; hash: string }[];
}

export function readSettings(): GraphiQLSettings {
  const element = document.getElementById("settings");
  return JSON.parse(element?.textContent ?? "{}") as GraphiQLSettings;
}
