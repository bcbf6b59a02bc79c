// GraphiQL for the hub, bundled by the gateway (gateway/src/webAssets.ts): the golden
// operations as tabs, the query explorer, the documentation explorer and history (GraphiQL's
// own), the hub's code exporter, headers guide and CSV download.
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { ToolbarButton } from "@graphiql/react";
import { GraphiQL } from "graphiql";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "./style.css";
import { codeExporterPlugin } from "./CodeExporter.js";
import { headersGuidePlugin } from "./HeadersGuide.js";
import { createHubFetcher } from "./hubFetcher.js";
import { readSettings } from "./settings.js";

const settings = readSettings();
const endpoint = new URL(settings.graphqlEndpoint, window.location.href).href;
const trustedNames = settings.trustedOperations.map((operation) => operation.name).sort();
const fetcher = createHubFetcher(endpoint);
const plugins = [explorerPlugin({ showAttribution: false }), codeExporterPlugin(endpoint, trustedNames), headersGuidePlugin];

function Toolbar() {
  return (
    <GraphiQL.Toolbar>
      {({ prettify, merge, copy }) => (
        <>
          {prettify}
          {merge}
          {copy}
          <ToolbarButton label="Code exporter: curl, fetch, typed document, CSV" onClick={() => document.querySelector<HTMLButtonElement>('[aria-label="Show Code exporter"]')?.click()}>
            <span className="hub-toolbar-text">{"</>"}</span>
          </ToolbarButton>
        </>
      )}
    </GraphiQL.Toolbar>
  );
}

createRoot(document.getElementById("root")!).render(
  <GraphiQL fetcher={fetcher as never} defaultTabs={settings.defaultTabs} plugins={plugins} defaultEditorToolsVisibility="variables" isHeadersEditorEnabled shouldPersistHeaders={false}>
    <GraphiQL.Logo>GCM Hub</GraphiQL.Logo>
    <Toolbar />
  </GraphiQL>,
);
