// The pages the gateway serves besides GraphiQL: the dashboard at `/`, and the bundled
// scripts and style sheets of both under /assets/. Nothing on them loads from elsewhere,
// and every response says so (SECURITY_HEADERS): scripts only from this origin, never
// inline, never framed, never sniffed.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { WebAssets } from "../webAssets.js";

export interface WebPagesOptions {
  /** The bundles (see webAssets.ts), loaded on the first request that needs them. */
  assets(): Promise<WebAssets>;
  /** The page's title; default DEFAULT_DASHBOARD_TITLE. */
  title?: string;
}

export const DEFAULT_DASHBOARD_TITLE = "GCM Hub: Portugal's plan for the Global Compact for Migration";
/** Where the bundles are served. */
export const ASSETS_PATH = "/assets/";

/**
 * The Content-Security-Policy of every page: the bundles from this origin and nothing
 * inline for scripts (the settings element is JSON, a data block no browser runs); styles
 * may be inline because GraphiQL's menus and editor set them from script; fonts and icons
 * are data: URLs inside the bundles; requests go to this origin only; no page may be framed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Set on every response the gateway sends (pages, bundles, GraphQL answers, exports). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

/** A page that loads one bundle (its script and style sheet) with its settings as JSON. */
export function pageHtml(options: { title: string; bundle: string; settings: unknown }): string {
  // "<" escaped: a string in the settings can never close the script element.
  const settings = JSON.stringify(options.settings).replaceAll("<", "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSETS_PATH}${options.bundle}.css">
</head>
<body>
<div id="root"></div>
<script id="settings" type="application/json">${settings}</script>
<script src="${ASSETS_PATH}${options.bundle}.js"></script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

export function useWebPages(options: WebPagesOptions): GatewayPlugin {
  const title = options.title ?? DEFAULT_DASHBOARD_TITLE;
  return {
    onResponse({ response }) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
    },
    onRequest({ request, url, endResponse }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      if (url.pathname === "/" || url.pathname === "/index.html") {
        endResponse(new Response(pageHtml({ title, bundle: "dashboard", settings: { graphqlEndpoint: "/graphql" } }), { headers: { "content-type": "text/html; charset=utf-8" } }));
        return;
      }
      if (!url.pathname.startsWith(ASSETS_PATH)) return;
      const name = url.pathname.slice(ASSETS_PATH.length);
      return options.assets().then((assets) => {
        const asset = assets.get(name);
        endResponse(
          asset
            ? new Response(Buffer.from(asset.body), { headers: { "content-type": asset.contentType, "cache-control": "no-cache" } })
            : new Response(`No asset ${name}; the assets are: ${[...assets.keys()].sort().join(", ")}\n`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } }),
        );
      });
    },
  };
}
