// The pages the gateway serves besides GraphiQL: the dashboard at `/`, and the bundled
// scripts and style sheets of both under /assets/. Nothing on them loads from elsewhere,
// and every response says so (SECURITY_HEADERS): scripts only from this origin, never
// inline, styles from this origin or carrying the page's nonce, never framed, never sniffed.
import { randomBytes } from "node:crypto";
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
 * The Content-Security-Policy of every response: the bundles from this origin and nothing
 * inline for scripts (the settings element is JSON, a data block no browser runs); style
 * sheets from this origin, and on a page the <style> elements its script adds with the
 * response's nonce (GraphiQL's menus and dialogs add some; see withStyleNonce); fonts and
 * icons are data: URLs inside the bundles; requests go to this origin only; no framing.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    styleNonce ? `style-src 'self' 'nonce-${styleNonce}'` : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Set on every response the gateway sends (pages, bundles, GraphQL answers, exports); a page's policy adds its nonce. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": contentSecurityPolicy(),
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

/** Where a page's script element takes the response's nonce, which its script passes on to the styles it adds. */
export const NONCE_SLOT = "hub-nonce-slot";

/** The page with a fresh nonce in its slot, and the policy that allows styles carrying it. */
async function withStyleNonce(response: Response): Promise<Response> {
  const nonce = randomBytes(18).toString("base64");
  const html = (await response.text()).replaceAll(`nonce="${NONCE_SLOT}"`, `nonce="${nonce}"`);
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.set("content-security-policy", contentSecurityPolicy(nonce));
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

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
<script nonce="${NONCE_SLOT}" src="${ASSETS_PATH}${options.bundle}.js"></script>
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
    onResponse({ response, setResponse }) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
      // Pages (the dashboard here, GraphiQL from the runtime) get their own nonce; every
      // other answer goes on synchronously, with no extra await on the GraphQL path.
      if (response.headers.get("content-type")?.startsWith("text/html")) return withStyleNonce(response).then(setResponse);
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
