// The hub in a real browser (Debian's Chromium, offline): GraphiQL builds a query with the
// explorer and runs it, runs each golden tab and an edited tab, downloads a CSV that matches
// the GraphQL result; the dashboard shows the report's values, on a desktop and a phone,
// and names a department that is down. No request leaves the machine.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { goldenOperations } from "../support/goldenOperations.js";
import { startTestHub, type TestHub } from "../support/testHub.js";
import { launchOfflineBrowser, type OfflineBrowser } from "./browser.js";

let hub: TestHub;
let browser: OfflineBrowser;
let base: string;

beforeAll(async () => {
  hub = await startTestHub();
  base = hub.hub.gatewayUrl.replace(/\/graphql$/, "");
  browser = await launchOfflineBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

/** RFC 4180 as a spreadsheet reads it (records end in CRLF; quoted fields may hold commas, quotes and line breaks). */
const parseCsv = (text: string): string[][] => parse(text, { record_delimiter: "\r\n" });

async function openGraphiQL(): Promise<Page> {
  const page = await browser.page();
  // Each test starts from the golden tabs: GraphiQL keeps tabs and history in local storage.
  await page.addInitScript(() => window.localStorage.clear());
  await page.goto(`${base}/graphql`);
  await page.locator(".graphiql-query-editor .CodeMirror").first().waitFor();
  // The schema is loaded once the documentation explorer lists the root types.
  await page.locator(".graphiql-tab").nth(goldenOperations().length - 1).waitFor();
  return page;
}

/** Runs the active tab and returns the GraphQL answer the page received. */
async function run(page: Page): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }> {
  const answer = page.waitForResponse((response) => response.url().endsWith("/graphql") && response.request().method() === "POST" && !(response.request().postData() ?? "").includes("IntrospectionQuery"));
  await page.locator(".graphiql-execute-button").click();
  const response = await answer;
  await page.waitForFunction(() => (document.querySelector(".graphiql-response")?.textContent ?? "").includes("{"));
  return (await response.json()) as never;
}

async function resultPane(page: Page): Promise<string> {
  return page.locator(".graphiql-response").innerText();
}

/** Replaces the query editor's text as a person would: select all, type. */
async function typeQuery(page: Page, text: string): Promise<void> {
  await page.locator(".graphiql-query-editor .CodeMirror").first().click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(text);
}

describe("GraphiQL, offline", () => {
  it("builds a query with the explorer and runs it", async () => {
    const page = await openGraphiQL();
    await page.getByRole("button", { name: "New tab" }).click();
    await typeQuery(page, "");
    await page.getByRole("button", { name: "Show GraphiQL Explorer" }).click();
    const pillars = page.locator(".graphiql-explorer-root .graphiql-explorer-pillars").first();
    await pillars.locator("span").first().click();
    // Pillars opened; tick its number and title.
    await pillars.locator(".graphiql-explorer-number span").first().click();
    await pillars.locator(".graphiql-explorer-title span").first().click();
    // CodeMirror 5 keeps its instance on the wrapper element.
    await page.waitForFunction(() => {
      const editor = document.querySelector(".graphiql-query-editor .CodeMirror") as (Element & { CodeMirror?: { getValue(): string } }) | null;
      return /pillars\s*\{\s*number\s+title\s*\}/.test(editor?.CodeMirror?.getValue() ?? "");
    });
    const answer = await run(page);
    expect(answer.errors).toBeUndefined();
    const expected = await hub.query<{ pillars: { number: number }[] }>("{ pillars { number } }");
    expect((answer.data?.pillars as { number: number; title: string }[]).map((pillar) => pillar.number)).toEqual(expected.body.data!.pillars.map((pillar) => pillar.number));
    expect(await resultPane(page)).toContain('"pillars"');
    await browser.screenshot(page, "graphiql-explorer");
    await page.close();
  });

  it("runs each golden tab with data and no errors", async () => {
    const page = await openGraphiQL();
    const golden = goldenOperations();
    for (const [index, operation] of golden.entries()) {
      await page.locator(".graphiql-tab").nth(index).locator("button").first().click();
      const answer = await run(page);
      expect(answer.errors, operation.name).toBeUndefined();
      expect(answer.data, operation.name).toBeTruthy();
    }
    await page.close();
  });

  it("runs what is in the editor right after an edit, and shows no stack trace", async () => {
    const page = await openGraphiQL();
    await typeQuery(page, "query Renamed { pillars { number } }");
    const answer = await run(page);
    expect(answer.errors).toBeUndefined();
    const pane = await resultPane(page);
    expect(pane).not.toMatch(/Cannot infer operation/);
    expect(pane).toContain('"pillars"');
    // A query that does not parse: a message, no stack.
    await typeQuery(page, "query Broken { pillars { ");
    await page.locator(".graphiql-execute-button").click();
    await page.waitForFunction(() => /does not parse/.test(document.querySelector(".graphiql-response")?.textContent ?? ""));
    expect(await resultPane(page)).not.toMatch(/\bat \S+ \(|\.js:\d+/);
    await page.close();
  });

  it("puts the token template in the headers editor, and a bad token answers as a message", async () => {
    const page = await openGraphiQL();
    await page.getByRole("button", { name: "Show Headers and tokens" }).click();
    expect(await page.locator(".hub-plugin").innerText()).toContain("npm run -s token -- --subgraph labour --scopes write,publish");
    await page.getByRole("button", { name: "Put this template in the headers editor" }).click();
    const headers = await page.evaluate(() =>
      [...document.querySelectorAll(".graphiql-editor-tool .CodeMirror")].map((element) => (element as Element & { CodeMirror?: { getValue(): string } }).CodeMirror?.getValue() ?? ""),
    );
    expect(headers).toContain('{\n  "Authorization": "Bearer PASTE-YOUR-TOKEN-HERE"\n}');
    const answer = await run(page);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.message).toMatch(/token/i);
    expect(await resultPane(page)).not.toMatch(/\bat \S+ \(|\.js:\d+/);
    await page.close();
  });

  it("downloads a trusted operation's result as CSV with the variables, matching the GraphQL result", async () => {
    const page = await openGraphiQL();
    await page.locator(".graphiql-tab").nth(0).locator("button").first().click();
    await page.getByRole("button", { name: "Show Code exporter" }).click();
    const link = page.getByTestId("csv-download");
    expect(await link.getAttribute("href")).toBe(`${base}/export/CountryProfile.csv`);
    await page.locator(".graphiql-editor-tool .CodeMirror").first().click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText('{"iso": "IN"}');
    await page.waitForFunction(() => (document.querySelector('[data-testid="csv-download"]')?.getAttribute("href") ?? "").endsWith("?iso=IN"));
    expect(await page.locator(".hub-snippet").count()).toBe(3);
    // The golden tab is registered: curl sends its hash alone, as a trusted-only gateway requires.
    const curl = (await page.locator('.hub-snippet[aria-label="curl"] code').textContent()) ?? "";
    expect(curl).toMatch(/"sha256Hash":"[0-9a-f]{64}"/);
    expect(curl).not.toContain("query CountryProfile");
    await browser.screenshot(page, "graphiql-code-exporter");
    const download = page.waitForEvent("download");
    await link.click();
    const file = await (await download).path();
    const text = fs.readFileSync(file, "utf8");
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
    expect(header).toEqual(["code", "name", "status"]);
    const graph = await hub.query<{ country: { initiatives: { code: string; name: string; status: string }[] } }>(goldenOperations().find((operation) => operation.name === "CountryProfile")!.document, { iso: "IN" });
    expect(rows).toEqual(graph.body.data!.country.initiatives.map((initiative) => [initiative.code, initiative.name, initiative.status]));
    expect(rows.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe("dashboard", () => {
  it("shows every department's published figures per objective, with charts, on a desktop and a phone", async () => {
    const graph = await hub.query<{ objectives: { number: number; labourFigures: { label: string }[]; borderFigures: { label: string }[] }[] }>(
      "{ objectives { number labourFigures { label } borderFigures { label } } }",
    );
    const figureLists = await hub.query<{ objectives: Record<string, { unit: string }[] | null>[] }>(
      "{ objectives { planFigures { unit } borderFigures { unit } integrationFigures { unit } diasporaFigures { unit } labourFigures { unit } socialProtectionFigures { unit } } }",
    );
    const unitCounts = new Map<string, number>();
    for (const objective of figureLists.body.data!.objectives) for (const list of Object.values(objective)) for (const { unit } of list ?? []) unitCounts.set(unit, (unitCounts.get(unit) ?? 0) + 1);
    const commonestUnit = [...unitCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const labour = graph.body.data!.objectives.flatMap((objective) => objective.labourFigures.map((figure) => ({ number: objective.number, label: figure.label })));
    expect(labour.length).toBeGreaterThan(0);
    for (const width of [1280, 390]) {
      const page = await browser.page(width);
      await page.goto(`${base}/`);
      await page.locator("#chart-objectives canvas").waitFor();
      const card = page.locator(`#objective-${labour[0]!.number}`);
      expect(await card.innerText()).toContain(labour[0]!.label);
      expect(await page.locator(".problems").count()).toBe(0);
      expect(await page.locator(".chart canvas").count()).toBe(4);
      // The value chart starts on the unit most figures share.
      expect(await page.locator("#unit-picker").inputValue()).toBe(commonestUnit);
      await browser.screenshot(page, width < 600 ? "dashboard-phone" : "dashboard-desktop");
      await page.locator("#chart-values").scrollIntoViewIfNeeded();
      await browser.screenshot(page, width < 600 ? "dashboard-phone-values" : "dashboard-desktop-values");
      await card.scrollIntoViewIfNeeded();
      await browser.screenshot(page, width < 600 ? "dashboard-phone-figures" : "dashboard-desktop-figures");
      await page.close();
    }
  });

  it("words each value with its qualifier, and says where the report gives no period", async () => {
    const { body } = await hub.query<{ objectives: { number: number; borderFigures: { label: string; qualifier: string; statedPeriod: { label: string } | null }[] }[] }>(
      "{ objectives(numbers: [12]) { number borderFigures { label qualifier statedPeriod { label } } } }",
    );
    const figure = body.data!.objectives[0]!.borderFigures.find((candidate) => candidate.qualifier === "MORE_THAN");
    expect(figure).toBeDefined();
    const page = await browser.page(1280);
    await page.goto(`${base}/`);
    const row = page.locator("#objective-12 tr", { hasText: figure!.label });
    expect(await row.locator("td.value").innerText()).toMatch(/^more than \d/);
    expect(await row.innerText()).toContain(figure!.statedPeriod?.label ?? "no period given");
    await page.close();
  });

  it("shows Cabo Verde's country profile with the report's agreements and conventions", async () => {
    const graph = await hub.query<{ country: { name: string; labourMobilityAgreements: { name: string }[]; socialSecurityConventions: { name: string }[]; initiatives: { name: string }[] } }>(
      '{ country(iso: "CV") { name labourMobilityAgreements { name } socialSecurityConventions { name } initiatives { name } } }',
    );
    const country = graph.body.data!.country;
    const page = await browser.page(390);
    await page.goto(`${base}/#/country/CV`);
    await page.locator("#country h2").waitFor();
    expect(await page.locator("#country h2").innerText()).toBe(`${country.name} (CV)`);
    const text = await page.locator("#country").innerText();
    const names = [...country.labourMobilityAgreements, ...country.socialSecurityConventions, ...country.initiatives].map((item) => item.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(text).toContain(name);
    await browser.screenshot(page, "dashboard-country-phone");
    await page.close();
  });

  it("names a department that is down and shows the rest", async () => {
    // A gateway whose labour subgraph is a closed port.
    const gateway = await hub.startGateway({ SUBGRAPH_URL_LABOUR: "http://127.0.0.1:9/graphql" });
    try {
      const page = await browser.page();
      await page.goto(gateway.url.replace(/\/graphql$/, "/"));
      await page.locator(".problems").waitFor();
      const missing = page.locator('.missing-department[data-subgraph="labour"]');
      expect(await missing.innerText()).toMatch(/^Labour \(IEFP, ACT\) is unavailable/);
      expect(await page.locator(".objective").count()).toBeGreaterThan(0);
      expect(await page.locator(".objective .unavailable").first().innerText()).toContain("Labour");
      await page.goto(gateway.url.replace(/\/graphql$/, "/#/country/CV"));
      await page.locator('[data-field="labourMobilityAgreements"] .unavailable').waitFor();
      expect(await page.locator('[data-field="initiatives"] li').count()).toBeGreaterThan(0);
      await browser.screenshot(page, "dashboard-department-down");
      await page.close();
    } finally {
      await gateway.stop();
    }
  });

  it("with plan down, the country page still shows every other department's part", async () => {
    const gateway = await hub.startGateway({ SUBGRAPH_URL_PLAN: "http://127.0.0.1:9/graphql" });
    try {
      const page = await browser.page();
      await page.goto(gateway.url.replace(/\/graphql$/, "/#/country/CV"));
      await page.locator('[data-field="initiatives"] .unavailable').waitFor();
      expect(await page.locator("#country h2").innerText()).toBe("CV (CV)");
      expect(await page.locator('[data-field="borderProjects"] li').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-field="developmentProjects"] li').count()).toBeGreaterThan(0);
      await page.close();
    } finally {
      await gateway.stop();
    }
  });
});

describe("offline", () => {
  it("sent no request off the machine", () => {
    expect(browser.offMachine).toEqual([]);
  });
});
