// The example app (examples/front-end-app), as a front-end team would run it: built with
// esbuild, served from its own origin, against a trusted-only gateway that allows that
// origin (CORS_ORIGINS) and reads client manifests from OPERATIONS_DIR. Refused before its
// manifest is published, it runs once `npm run operations:publish` has published it: the
// three departments' answer equals a direct query, the initiatives page by cursor to the
// end, and with border's subgraph stopped the page shows the rest and names border.
// In Chromium, offline.
import { execFile } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import esbuild from "esbuild";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "../support/testHub.js";
import { launchOfflineBrowser, type OfflineBrowser } from "./browser.js";

const APP_DIR = path.resolve("examples/front-end-app");
const MANIFEST = path.join(APP_DIR, "src/gql/persisted-documents.json");
const CLIENT = "front-end-app-example";
// As in examples/front-end-app/src/main.ts: objectives on which border (9, 12) or
// integration (7, 16) give figures in the report.
const OBJECTIVES = [7, 9, 12, 16];
const PAGE_SIZE = 5;

let hub: TestHub;
let browser: OfflineBrowser;
let app: { origin: string; close(): Promise<void> };
let gateway: { url: string; stop(): Promise<void> };
let workDir: string;
/** Every answer the gateway gave the app's pages, by method and status. */
const gatewayResponses: { method: string; status: number }[] = [];
/** Console errors of the app's pages (a CORS refusal shows here). */
const consoleErrors: string[] = [];

/** The app's build, as its package.json's `build` script makes it, into `dir`. */
async function buildApp(dir: string): Promise<void> {
  await esbuild.build({ entryPoints: [path.join(APP_DIR, "src/main.ts")], bundle: true, format: "esm", target: "es2022", outfile: path.join(dir, "dist/main.js"), logLevel: "silent" });
  fs.copyFileSync(path.join(APP_DIR, "index.html"), path.join(dir, "index.html"));
}

/** A static file server on its own port: another origin than the gateway's. */
async function serveStatic(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://app").pathname;
    const file = path.join(dir, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file)) return void response.writeHead(404).end("not found");
    response.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The document of one of the app's operations, from the manifest its codegen wrote. */
function appDocument(name: string): { hash: string; text: string } {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as Record<string, string>;
  const entry = Object.entries(manifest).find(([, text]) => new RegExp(`\\bquery ${name}\\b`).test(text));
  if (!entry) throw new Error(`${MANIFEST} has no operation ${name}: run npm run codegen`);
  return { hash: entry[0].replace(/^sha256:/, ""), text: entry[1] };
}

async function openApp(): Promise<Page> {
  const page = await browser.page();
  page.on("response", (response) => {
    if (response.url() === gateway.url) gatewayResponses.push({ method: response.request().method(), status: response.status() });
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.goto(`${app.origin}/?hub=${encodeURIComponent(gateway.url)}`);
  await page.locator("body[data-ready=true]").waitFor();
  return page;
}

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-example-app-"));
  await buildApp(path.join(workDir, "site"));
  app = await serveStatic(path.join(workDir, "site"));
  hub = await startTestHub();
  // No response cache: each page load asks the departments, so the page sees border stop.
  gateway = await hub.startGateway({
    TRUSTED_OPERATIONS_ONLY: "true",
    CORS_ORIGINS: app.origin,
    OPERATIONS_DIR: path.join(workDir, "operations"),
    SUPERGRAPH_POLL_MS: "200",
    RESPONSE_CACHE_TTL_MS: "0",
  });
  browser = await launchOfflineBrowser();
});
afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await hub?.close();
  await app?.close();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe("the example app against a trusted-only gateway", () => {
  it("is refused before its manifest is published, with the command that publishes it", async () => {
    const page = await openApp();
    const refusal = page.locator('#figures [role=alert][data-code="PERSISTED_QUERY_NOT_FOUND"]');
    expect(await refusal.innerText()).toContain("npm run operations:publish");
    expect(await page.locator("#figures .objective").count()).toBe(0);
    await page.close();
  });

  it("publishes its manifest with npm run operations:publish, as a team does", async () => {
    const { stdout } = await promisify(execFile)("npm", ["run", "-s", "operations:publish", "--", "--client", CLIENT, "--version", "1.0.0", MANIFEST], {
      env: { ...process.env, OPERATIONS_DIR: path.join(workDir, "operations") },
    });
    expect(stdout).toContain(`Published ${CLIENT} 1.0.0: 2 operation(s) (InitiativesPage, ObjectiveFigures)`);
    // The gateway re-reads OPERATIONS_DIR every SUPERGRAPH_POLL_MS.
    const { hash } = appDocument("ObjectiveFigures");
    await expect
      .poll(async () => {
        const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ variables: { numbers: OBJECTIVES }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }) });
        return response.status;
      }, { timeout: 10_000 })
      .toBe(200);
  });

  it("renders the three departments' answer with the values of a direct query", async () => {
    type Figure = { id: string; value: number };
    const direct = await hub.query<{ objectives: { number: number; title: string; borderFigures: Figure[]; integrationFigures: Figure[] }[] }>(appDocument("ObjectiveFigures").text, { numbers: OBJECTIVES });
    expect(direct.body.errors).toBeUndefined();
    const objectives = direct.body.data!.objectives;
    expect(objectives.map((objective) => objective.number)).toEqual(OBJECTIVES);
    const page = await openApp();
    expect(await page.locator("#figures .missing").count()).toBe(0);
    expect(await page.locator("#figures [role=alert]").count()).toBe(0);
    for (const objective of objectives) {
      const article = page.locator(`.objective[data-number="${objective.number}"]`);
      expect(await article.locator("h3").innerText()).toBe(`Objective ${objective.number}: ${objective.title}`);
      for (const [subgraph, field] of [["border", "borderFigures"], ["integration", "integrationFigures"]] as const) {
        const shown = await article.locator(`.department[data-subgraph="${subgraph}"] li`).evaluateAll((items) => items.map((item) => [item.getAttribute("data-figure"), Number(item.getAttribute("data-value"))]));
        expect(shown, `${subgraph} on objective ${objective.number}`).toEqual(objective[field].map((figure) => [figure.id, figure.value]));
      }
    }
    // Each department has figures on the page: the answer spans all three.
    expect(await page.locator('.department[data-subgraph="border"] li').count()).toBeGreaterThan(0);
    expect(await page.locator('.department[data-subgraph="integration"] li').count()).toBeGreaterThan(0);
    await browser.screenshot(page, "example-app");
    await page.close();
  });

  it("pages through the initiatives with each page's end cursor, to the last page", async () => {
    const direct = await hub.query<{ initiatives: { totalCount: number; edges: { node: { code: string } }[] } }>("{ initiatives(first: 100) { totalCount edges { node { code } } } }");
    const allCodes = direct.body.data!.initiatives.edges.map((edge) => edge.node.code);
    expect(allCodes.length).toBe(direct.body.data!.initiatives.totalCount);
    expect(allCodes.length).toBeGreaterThan(PAGE_SIZE * 2);
    const page = await openApp();
    const afters: (string | null)[] = [];
    page.on("request", (request) => {
      if (request.url() === gateway.url && request.method() === "POST") {
        const body = JSON.parse(request.postData() ?? "{}") as { variables?: { first?: number; after?: string | null } };
        if (body.variables?.first === PAGE_SIZE) afters.push(body.variables.after ?? null);
      }
    });
    const shownCodes: string[] = [];
    const next = page.getByRole("button", { name: "Next page" });
    for (;;) {
      const codes = await page.locator("#initiatives li").evaluateAll((items) => items.map((item) => item.getAttribute("data-code")!));
      expect(codes.length).toBeGreaterThan(0);
      shownCodes.push(...codes);
      expect(await page.locator("#initiatives .range").innerText()).toBe(`Initiatives ${shownCodes.length - codes.length + 1} to ${shownCodes.length} of ${allCodes.length}`);
      if (await next.isDisabled()) break;
      const endCursor = await lastCursor(codes.at(-1)!);
      const answered = page.waitForResponse((response) => response.url() === gateway.url && response.request().method() === "POST");
      await next.click();
      await answered;
      await page.locator(`#initiatives li[data-code="${codes[0]}"]`).waitFor({ state: "detached" });
      expect(afters.at(-1)).toBe(endCursor);
    }
    expect(shownCodes).toEqual(allCodes);
    expect(afters.length).toBe(Math.ceil(allCodes.length / PAGE_SIZE) - 1);
    await page.close();
  });

  it("refuses an operation that was not published, even with its text", async () => {
    const page = await openApp();
    const text = "query NotPublished { objectives { number } }";
    const answer = await page.evaluate(async ({ url, text }) => {
      const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
      const sha256Hash = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json" }, body: JSON.stringify({ query: text, extensions: { persistedQuery: { version: 1, sha256Hash } } }) });
      return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
    }, { url: gateway.url, text });
    expect(answer.status).toBe(404);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(answer.body.data ?? null).toBeNull();
    await page.close();
  });

  it("with border's subgraph stopped, shows plan's and integration's parts and names border", async () => {
    await hub.hub.subgraphs.find((subgraph) => subgraph.name === "border")!.running.stop();
    const page = await openApp();
    const missing = page.locator("#figures .missing");
    expect(await missing.getAttribute("data-subgraphs")).toBe("border");
    expect(await missing.innerText()).toContain("Borders and residence (SEF) is unavailable");
    expect(await page.locator('.department[data-subgraph="border"] .unavailable').count()).toBe(OBJECTIVES.length);
    expect(await page.locator('.department[data-subgraph="integration"] li').count()).toBeGreaterThan(0);
    expect(await page.locator(".objective h3").allInnerTexts()).toEqual(OBJECTIVES.map((number) => expect.stringMatching(new RegExp(`^Objective ${number}: \\S`))));
    expect(await page.locator("#initiatives li").count()).toBe(PAGE_SIZE);
    await browser.screenshot(page, "example-app-border-down");
    await page.close();
  });

  it("met no CORS or CSRF refusal, and sent no request off the machine", async () => {
    // The browser's preflight, as Chromium sends it for the app's JSON POST.
    const preflight = await fetch(gateway.url, { method: "OPTIONS", headers: { origin: app.origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(app.origin);
    expect(gatewayResponses.filter((response) => response.method === "POST").length).toBeGreaterThan(10);
    expect(gatewayResponses.filter((response) => response.status === 403)).toEqual([]);
    expect(consoleErrors.filter((text) => /CORS|blocked/i.test(text))).toEqual([]);
    expect(browser.offMachine).toEqual([]);
  });
});

/** The cursor of an initiative in the full list, from a direct query. */
async function lastCursor(code: string): Promise<string> {
  const direct = await hub.query<{ initiatives: { edges: { cursor: string; node: { code: string } }[] } }>("{ initiatives(first: 100) { edges { cursor node { code } } } }");
  const edge = direct.body.data!.initiatives.edges.find((candidate) => candidate.node.code === code);
  if (!edge) throw new Error(`no initiative ${code}`);
  return edge.cursor;
}
