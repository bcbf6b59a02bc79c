// GraphiQL for the hub, bundled by the gateway (gateway/src/webAssets.ts): the golden
// operations as tabs, the query explorer, the documentation explorer and history (GraphiQL's
// own, the docs searchable by description too), the hub's code exporter, headers guide, CSV download
// and glossary.
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { ToolbarButton } from "@graphiql/react";
import { GraphiQL } from "graphiql";
import { setNonce } from "get-nonce";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "./style.css";
import { repairAccessibility } from "./accessibility.js";
import { codeExporterPlugin } from "./CodeExporter.js";
import { glossaryPlugin } from "./Glossary.js";
import { headersGuidePlugin } from "./HeadersGuide.js";
import { createHubFetcher } from "./hubFetcher.js";
import { docsPlugin } from "./SchemaSearch.js";
import { readSettings } from "./settings.js";

// The <style> elements GraphiQL's menus and dialogs add carry the page's nonce, which
// the gateway's Content-Security-Policy requires of inline styles.
setNonce(document.currentScript?.nonce ?? "");
const settings = readSettings();
const endpoint = new URL(settings.graphqlEndpoint, window.location.href).href;
const trustedNames = settings.trustedOperations.map((operation) => operation.name).sort();
const fetcher = createHubFetcher(endpoint);
const plugins = [explorerPlugin({ showAttribution: false }), codeExporterPlugin(endpoint, trustedNames), headersGuidePlugin, glossaryPlugin];

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

const root = document.getElementById("root")!;
repairAccessibility(root);
createRoot(root).render(
  <GraphiQL fetcher={fetcher as never} referencePlugin={docsPlugin} defaultTabs={settings.defaultTabs} plugins={plugins} defaultEditorToolsVisibility="variables" isHeadersEditorEnabled shouldPersistHeaders={false}>
    <GraphiQL.Logo>GCM Hub</GraphiQL.Logo>
    <Toolbar />
  </GraphiQL>,
);
