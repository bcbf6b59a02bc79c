// The gateway as production runs it: bundled by `npm run build` and started with
// plain Node in production mode, in front of the hub's subgraphs. It serves trusted
// documents by hash, the same data as the in-process gateway, and nothing else.
import fs from "node:fs";
import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJwks } from "./support/jwks.js";
import { startChild, type Child } from "./support/processes.js";
import { buildGateway, GATEWAY_BUNDLE, PRODUCTION_NODE_FLAGS } from "@gcm-hub/runtime/productionBundles";
import { goldenOperations } from "./support/goldenOperations.js";
import { startSlowProxy } from "./support/slowProxy.js";
import { PRODUCTION_GATEWAY_ENV, startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
let jwks: Awaited<ReturnType<typeof startJwks>>;
let gateway: Child;
let url: string;
const manifest = JSON.parse(fs.readFileSync("schema/generated/persisted-documents.json", "utf8")) as Record<string, string>;

beforeAll(async () => {
  hub = await startTestHub();
  jwks = await startJwks();
  await buildGateway();
  gateway = await startBundledGateway("bundled gateway");
  url = urlOf(gateway);
}, 120_000);

/** The production bundle as a process in front of the hub's subgraphs (some elsewhere, by `subgraphUrls`). */
function startBundledGateway(name: string, subgraphUrls: Record<string, string> = {}): Promise<Child> {
  const hubUrls = Object.fromEntries(hub.hub.subgraphs.map((subgraph) => [`SUBGRAPH_URL_${subgraph.name.toUpperCase()}`, subgraph.url]));
  const env = { ...hubUrls, ...subgraphUrls, NODE_ENV: "production", PORT: "0", LOG_LEVEL: "error", ...PRODUCTION_GATEWAY_ENV, JWT_JWKS_URL: jwks.url };
  return startChild(name, GATEWAY_BUNDLE, env, { nodeFlags: PRODUCTION_NODE_FLAGS });
}
const urlOf = (child: Child) => /(http:\/\/[^\s"]+)/.exec(child.readyLine)![1]!;
afterAll(async () => {
  await gateway?.stop();
  await jwks?.stop();
  await hub?.close();
});

const post = async (body: unknown, bearer?: string) => {
  const headers = { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) };
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string }[] } };
};

describe("the production gateway bundle", () => {
  it("is plain JavaScript that Node runs without a TypeScript loader", () => {
    expect(GATEWAY_BUNDLE.endsWith(".mjs")).toBe(true);
    expect(fs.readFileSync(GATEWAY_BUNDLE, "utf8")).not.toMatch(/from "@gcm-hub\//);
  });

  it.each(goldenOperations().map((operation) => [operation.name, operation.document]))("serves %s by hash with the in-process gateway's data", async (name, document) => {
    const hash = Object.keys(manifest).find((key) => new RegExp(`(^|\\s)query ${name}\\b`).test(manifest[key]!))!;
    const bundled = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, "") } } });
    const inProcess = await hub.query(document);
    expect(bundled.body.errors).toBeUndefined();
    expect(bundled.body.data).toEqual(inProcess.body.data);
  });

  it("is what `npm run start:gateway:production` runs, with the production Node flags", () => {
    const scripts = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts["start:gateway:production"]).toBe(`node ${PRODUCTION_NODE_FLAGS.join(" ")} ${GATEWAY_BUNDLE}`);
  });

  it("serves the dashboard from the bundles `npm run build` wrote, and runs its trusted queries by hash", async () => {
    const origin = new URL(url).origin;
    const page = await fetch(`${origin}/`);
    // The page's script carries the nonce its Content-Security-Policy allows styles with.
    const nonce = /<script nonce="([^"]+)" src="\/assets\/dashboard.js">/.exec(await page.text())?.[1];
    expect(nonce).toBeDefined();
    expect(page.headers.get("content-security-policy")).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const script = await fetch(`${origin}/assets/dashboard.js`);
    expect(script.status).toBe(200);
    expect(Buffer.from(await script.arrayBuffer()).equals(fs.readFileSync("gateway/dist/web/dashboard.js"))).toBe(true);
    const hash = Object.keys(manifest).find((key) => /^query CountryProfile\(/.test(manifest[key]!))!;
    const country = await post({ variables: { iso: "CV" }, extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, "") } } });
    expect(country.body.errors).toBeUndefined();
    expect(country.body.data).toMatchObject({ country: { iso: "CV", name: "Cabo Verde" } });
  });

  it("takes a department's write by hash, its trusted document in the department's package, and not as text", async () => {
    expect(fs.existsSync("subgraphs/labour/operations/RecordLabourFigure.graphql")).toBe(true);
    const hash = Object.keys(manifest).find((key) => /^mutation RecordLabourFigure\(/.test(manifest[key]!))!;
    const labour = await jwks.sign({ subgraph: "labour", scopes: ["write"] });
    const input = { label: "Agreements signed through the production gateway", value: 3, unit: "agreements", objective: 5, source: { document: "IEFP note", reference: "p. 1", quote: "3 agreements" } };
    const byHash = await post({ variables: { input }, extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, "") } } }, labour);
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data).toMatchObject({ recordLabourFigure: { status: "DRAFT", value: 3, qualifier: "EXACT" } });
    const asText = await post({ query: manifest[hash], variables: { input } }, labour);
    expect(asText.body.data ?? null).toBeNull();
    expect(asText.body.errors?.[0]?.message).toMatch(/persisted|trusted/i);
  });

  it("refuses an operation that is not a trusted document", async () => {
    const refused = await post({ query: "{ objectives { number } }" });
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors?.[0]?.message).toMatch(/persisted|trusted/i);
  });

  it("exports the figures sheet as XLSX and a golden list as CSV in its written column order (the XLSX writer and the typed documents are in the bundle)", async () => {
    const base = url.replace(/\/graphql$/, "");
    const xlsx = await fetch(`${base}/export/figures.xlsx`);
    expect(xlsx.status).toBe(200);
    const sheets = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(["figures", "sources"]);
    const inProcess = await fetch(`${hub.hub.gatewayUrl.replace(/\/graphql$/, "")}/export/figures.xlsx`);
    expect(sheets).toEqual(await readXlsxFile(Buffer.from(await inProcess.arrayBuffer())));
    const csv = await (await fetch(`${base}/export/PandemicResponse.csv?list=borderFigures`)).text();
    // Response.text() drops the byte order mark.
    expect(csv.split("\r\n")[0]).toBe("label,value,unit,qualifier,statedPeriod.kind,statedPeriod.start,statedPeriod.end,statedPeriod.label,source.reference,source.quote");
  });

  it("on SIGTERM, finishes the request in flight before it stops (Hive's runtime does not abort it)", async () => {
    const proxy = await startSlowProxy(800);
    proxy.target = new URL(hub.hub.subgraphs.find((subgraph) => subgraph.name === "plan")!.url).origin;
    const draining = await startBundledGateway("draining gateway", { SUBGRAPH_URL_PLAN: proxy.url });
    try {
      const drainingUrl = urlOf(draining);
      const hash = Object.keys(manifest).find((key) => /^query PlanOverview\b/.test(manifest[key]!))!.replace(/^sha256:/, "");
      const inFlight = fetch(drainingUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const exited = new Promise<number | null>((resolve) => draining.process.once("exit", resolve));
      draining.process.kill("SIGTERM");
      const answer = (await (await inFlight).json()) as { data?: { pillars: unknown[] }; errors?: unknown[] };
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.pillars).toHaveLength(5);
      expect(await exited).toBe(0);
    } finally {
      await draining.stop();
      await proxy.close();
    }
  });
});
