// The walking skeleton end to end: the hub boots, the gateway serves the
// composed graph, bad input gets clear errors, GraphiQL needs no network.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { objectives } from "../subgraphs/plan/prisma/seed/report.js";
import { startTestHub, type TestHub } from "./support/testHub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

describe("gateway over the plan subgraph", () => {
  it("returns the 23 objectives with their official titles", async () => {
    const { status, body } = await hub.query<{ objectives: { number: number; title: string }[] }>("{ objectives { number title } }");
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.objectives).toEqual(objectives.map(({ number, title }) => ({ number, title })));
  });

  it("serves nested relations with no more SQL statements than loaders", async () => {
    hub.statements.clear();
    const { body } = await hub.query(
      "{ initiatives(first: 50) { edges { node { code objectives { number title } participants { role department { code name } } countries { country { iso name } } } } } }",
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.initiatives.edges).toHaveLength(50);
    // the page (no count: totalCount is not selected), then one statement per relation loader
    expect(hub.statements.get("plan")).toHaveLength(4);
  });

  it("counts a connection's rows only when totalCount is selected", async () => {
    hub.statements.clear();
    const { body } = await hub.query("{ initiatives(first: 5) { totalCount edges { node { code } } } }");
    expect(body.errors).toBeUndefined();
    expect(body.data!.initiatives.totalCount).toBeGreaterThan(5);
    const statements = hub.statements.get("plan")!;
    expect(statements).toHaveLength(2);
    expect(statements.filter((sql) => /count\(/i.test(sql))).toHaveLength(1);
  });

  it("answers health and readiness", async () => {
    const base = hub.hub.gatewayUrl.replace("/graphql", "");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});

describe("bad input gets a clear error and no crash", () => {
  it("malformed query", async () => {
    const { status, body } = await hub.query("{ objectives { number ");
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/Syntax Error/);
  });

  it("unknown field", async () => {
    const { status, body } = await hub.query("{ objectives { numero } }");
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/^Cannot query field "numero" on type "Objective"/);
  });

  it("wrong variable type", async () => {
    const { status, body } = await hub.query("query($n: Int!) { objective(number: $n) { title } }", { n: "seven" });
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/Variable "\$n" got invalid value "seven"; Int cannot represent non-integer value/);
  });

  it("non-JSON body", async () => {
    const response = await hub.post("{ objectives { number } }");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/POST body sent invalid JSON/);
  });

  it("argument out of range, reported by the subgraph through the gateway", async () => {
    const { body } = await hub.query("{ objective(number: 0) { title } }");
    expect(body.errors![0]!.message).toBe('Invalid argument "number": must be an objective number from 1 to 23, got 0');
    expect(body.errors![0]!.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("the gateway is still serving afterwards", async () => {
    const { body } = await hub.query("{ pillars { numeral } }");
    expect(body.data!.pillars).toHaveLength(5);
  });
});

describe("GraphiQL", () => {
  it("loads from the gateway with every asset from the gateway itself and the example operations as tabs", async () => {
    const response = await fetch(hub.hub.gatewayUrl, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>GCM Hub</title>");
    // No script, stylesheet, image or font is fetched from another host.
    const externalAssets = [...html.matchAll(/(?:src|href)\s*=\s*["'](https?:)?\/\/[^"']+["']/g)].map((match) => match[0]);
    expect(externalAssets).toEqual([]);
    expect(html).not.toMatch(/@import\s+url\(\s*["']?https?:/);
    expect(html).toContain("query PlanOverview");
    // Its script and style sheet are the gateway's own bundles (test/browser checks nothing else is fetched).
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.sort()).toEqual(["/assets/graphiql.css", "/assets/graphiql.js"]);
    for (const asset of assets) {
      const bundle = await fetch(new URL(asset, hub.hub.gatewayUrl));
      expect(bundle.status).toBe(200);
      expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
  });

  it("serves the dashboard at / from its own bundles, and a 404 that lists the bundles for an unknown one", async () => {
    const page = await fetch(new URL("/", hub.hub.gatewayUrl));
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]).sort()).toEqual(["/assets/dashboard.css", "/assets/dashboard.js"]);
    const missing = await fetch(new URL("/assets/nothing.js", hub.hub.gatewayUrl));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("No asset nothing.js; the assets are: dashboard.css, dashboard.js, graphiql.css, graphiql.js\n");
  });
});
