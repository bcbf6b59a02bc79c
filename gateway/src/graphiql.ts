// GraphiQL served by the gateway with every asset inlined, so the page loads with
// no request leaving the machine; the golden operations open as ready-to-run tabs.
import fs from "node:fs";
import path from "node:path";
import type { renderGraphiQL as render } from "@graphql-yoga/render-graphiql";

/**
 * Renders the page. The renderer holds the whole GraphiQL bundle (tens of MB once
 * loaded), so it is imported on the first page view, never in production.
 */
export async function renderGraphiQL(options: Parameters<typeof render>[0]): Promise<string> {
  const { renderGraphiQL: renderPage } = await import("@graphql-yoga/render-graphiql");
  return renderPage(options);
}

export interface ExampleTab {
  query: string;
  variables?: string;
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
