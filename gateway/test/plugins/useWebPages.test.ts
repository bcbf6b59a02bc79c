// useWebPages alone: the dashboard page at / loads its own bundle with its settings,
// escaped; /assets/ serves each bundle with its content type and no-cache, and a 404
// listing the bundles for an unknown one; other methods and paths go on to GraphQL.
import { afterAll, describe, expect, it, vi } from "vitest";
import type { WebAssets } from "../../src/webAssets.js";
import { ASSETS_PATH, DEFAULT_DASHBOARD_TITLE, SECURITY_HEADERS, contentSecurityPolicy, pageHtml, useWebPages } from "../../src/plugins/useWebPages.js";
import { createPluginHarness } from "./harness.js";

const assets: WebAssets = new Map([
  ["dashboard.js", { contentType: "text/javascript; charset=utf-8", body: new TextEncoder().encode("console.log('dashboard')") }],
  ["dashboard.css", { contentType: "text/css; charset=utf-8", body: new TextEncoder().encode("body { margin: 0 }") }],
]);
const load = vi.fn(async () => assets);
const gateway = createPluginHarness({ plugins: () => [useWebPages({ assets: load })] });
afterAll(() => gateway[Symbol.asyncDispose]());

describe("useWebPages", () => {
  it("serves the dashboard at / and /index.html, loading its own bundle and no other host's, without loading the bundles", async () => {
    for (const path of ["/", "/index.html"]) {
      const page = await gateway.fetch(path);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const html = await page.text();
      expect(html).toContain(`<title>${DEFAULT_DASHBOARD_TITLE}</title>`);
      expect([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]).sort()).toEqual(["/assets/dashboard.css", "/assets/dashboard.js"]);
      expect(html).not.toMatch(/(?:src|href)\s*=\s*["'](https?:)?\/\//);
      expect(html).toContain('<script id="settings" type="application/json">{"graphqlEndpoint":"/graphql"}</script>');
    }
    expect(load).not.toHaveBeenCalled();
  });

  it("serves each bundle with its content type and no-cache", async () => {
    const script = await gateway.fetch(`${ASSETS_PATH}dashboard.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toBe("no-cache");
    expect(await script.text()).toBe("console.log('dashboard')");
    const style = await gateway.fetch(`${ASSETS_PATH}dashboard.css`, { method: "HEAD" });
    expect(style.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("answers an unknown bundle with a 404 that lists the bundles", async () => {
    const missing = await gateway.fetch(`${ASSETS_PATH}nothing.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("No asset nothing.js; the assets are: dashboard.css, dashboard.js\n");
  });

  it("leaves other methods and paths to the rest of the gateway", async () => {
    expect((await gateway.fetch("/", { method: "POST" })).headers.get("content-type")).not.toBe("text/html; charset=utf-8");
    expect((await gateway.query("{ pillars { numeral } }")).status).toBe(200);
  });
});

describe("pageHtml", () => {
  it("escapes the title, and a '<' in the settings so a string can never close the script", () => {
    const html = pageHtml({ title: 'Plan "A" & <B>', bundle: "dashboard", settings: { note: "</script><script>alert(1)</script>" } });
    expect(html).toContain("<title>Plan &quot;A&quot; &amp; &lt;B&gt;</title>");
    expect(html).not.toContain("</script><script>alert(1)");
    expect(JSON.parse(/<script id="settings" type="application\/json">(.*)<\/script>/.exec(html)![1]!)).toEqual({ note: "</script><script>alert(1)</script>" });
  });
});

describe("security headers", () => {
  const expectSecured = (response: { headers: Headers }, what: string) => {
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy, what).toContain("frame-ancestors 'none'");
    expect(policy, what).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy, what).not.toMatch(/'unsafe-(inline|eval|hashes)'/);
    expect(response.headers.get("x-content-type-options"), what).toBe("nosniff");
    expect(response.headers.get("x-frame-options"), what).toBe("DENY");
    expect(response.headers.get("referrer-policy"), what).toBe("no-referrer");
  };

  it("are on the dashboard, a bundle, a missing bundle, a GraphQL answer and GraphiQL", async () => {
    expectSecured(await gateway.fetch("/"), "dashboard");
    expectSecured(await gateway.fetch(`${ASSETS_PATH}dashboard.js`), "bundle");
    expectSecured(await gateway.fetch(`${ASSETS_PATH}nothing.js`), "404");
    expectSecured(await gateway.query("{ pillars { numeral } }"), "GraphQL answer");
    expectSecured(await gateway.fetch("/graphql", { headers: { accept: "text/html" } }), "GraphiQL");
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (name !== "content-security-policy") expect((await gateway.fetch("/")).headers.get(name)).toBe(value);
    expect((await gateway.fetch(`${ASSETS_PATH}dashboard.js`)).headers.get("content-security-policy")).toBe(contentSecurityPolicy());
  });

  it("gives each page a fresh nonce, on its script element and in its policy's style-src only", async () => {
    const nonces: string[] = [];
    for (let page = 0; page < 2; page++) {
      const response = await gateway.fetch("/");
      const html = await response.text();
      const nonce = /<script nonce="([^"]+)" src="\/assets\/dashboard.js">/.exec(html)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
      expect(response.headers.get("content-security-policy")).toBe(contentSecurityPolicy(nonce));
      expect(contentSecurityPolicy(nonce)).toContain(`style-src 'self' 'nonce-${nonce}'`);
      expect(contentSecurityPolicy(nonce)).toMatch(/script-src 'self';/);
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
