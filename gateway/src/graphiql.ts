// GraphiQL served by the gateway: the hub's own build (gateway/web/graphiql) with the
// query explorer, documentation explorer, history, a code exporter, a headers guide and
// CSV download, every asset bundled (see webAssets.ts), so the page loads with no request
// leaving the machine; the golden operations open as ready-to-run tabs.
import fs from "node:fs";
import path from "node:path";
import { pageHtml } from "./plugins/useWebPages.js";

export interface ExampleTab {
  query: string;
  variables?: string;
}

/** A trusted operation GraphiQL can export as CSV (GET /export/<name>.csv). */
export interface TrustedOperationLink {
  name: string;
  /** sha256 (hex) of the trusted document's text. */
  hash: string;
}

/** What the page's script reads from its settings element. */
export interface GraphiQLSettings {
  graphqlEndpoint: string;
  defaultTabs: ExampleTab[];
  trustedOperations: TrustedOperationLink[];
}

/** The runtime's GraphiQL options this page uses. */
export interface GraphiQLPageOptions {
  title?: string;
  defaultTabs?: { query?: string | null; variables?: string | null }[];
}

/** The page: the bundle and its settings (the runtime passes its graphiql options). */
export function renderGraphiQL(options: GraphiQLPageOptions, extra: { graphqlEndpoint: string; trustedOperations: TrustedOperationLink[] }): string {
  const settings: GraphiQLSettings = {
    graphqlEndpoint: extra.graphqlEndpoint,
    defaultTabs: (options.defaultTabs ?? []).map((tab) => ({ query: tab.query ?? "", ...(tab.variables ? { variables: tab.variables } : {}) })),
    trustedOperations: extra.trustedOperations,
  };
  return pageHtml({ title: options.title ?? "GraphiQL", bundle: "graphiql", settings });
}

/** One tab per schema/operations/*.graphql file, in file-name order. */
export function exampleTabs(operationsDir: string): ExampleTab[] {
  if (!fs.existsSync(operationsDir)) return [];
  return fs
    .readdirSync(operationsDir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => ({ query: fs.readFileSync(path.join(operationsDir, file), "utf8") }));
}
