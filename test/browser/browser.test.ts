// The hub in a real browser (Debian's Chromium, offline): GraphiQL builds a query with the
// explorer and runs it, runs each golden tab, an edited golden tab, an anonymous query and
// one of several operations, finds schema items by description, shows every tab and the
// glossary, downloads a CSV that matches the GraphQL result; the dashboard shows the
// report's values with their qualifiers, periods and source quotes, on a desktop and a
// phone, and names a department that is down. axe-core finds no WCAG 2.1 AA violation on
// the dashboard, the country page and GraphiQL; the Content-Security-Policy blocks nothing
// the pages need. No request leaves the machine, and no page throws.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { goldenOperations } from "../support/goldenOperations.js";
import { startTestHub, type TestHub } from "../support/testHub.js";
import { axeViolations, cspViolations, launchOfflineBrowser, pageErrors, type OfflineBrowser } from "./browser.js";

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

/** A page that ran cleanly: no uncaught error, nothing the Content-Security-Policy blocked. */
async function expectClean(page: Page): Promise<void> {
  expect(pageErrors(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
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

describe("GraphiQL runs what an analyst types", () => {
  it("runs an anonymous query typed in the first tab", async () => {
    const page = await openGraphiQL();
    await typeQuery(page, "{ objectives { number title } }");
    const answer = await run(page);
    expect(answer.errors).toBeUndefined();
    expect((answer.data?.objectives as unknown[]).length).toBe(23);
    const pane = await resultPane(page);
    expect(pane).toContain('"objectives"');
    expect(pane).not.toMatch(/TypeError|reading 'value'/);
    await expectClean(page);
    await page.close();
  });

  it("runs the operation chosen among several in one tab", async () => {
    const page = await openGraphiQL();
    await typeQuery(page, "query Pillars { pillars { number } }\nquery Objectives { objectives { number } }");
    // GraphiQL has read both operations once its run button offers a menu of them.
    await page.locator('.graphiql-execute-button[aria-haspopup="menu"]').waitFor();
    const answer = page.waitForResponse((response) => response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes('"operationName":"Objectives"'));
    await page.locator(".graphiql-execute-button").click();
    // GraphiQL asks which operation to run.
    await page.getByRole("menuitem", { name: "Objectives" }).click();
    const body = (await (await answer).json()) as { data?: { objectives?: unknown[]; pillars?: unknown } };
    expect(body.data?.objectives).toHaveLength(23);
    expect(body.data?.pillars).toBeUndefined();
    await page.waitForFunction(() => (document.querySelector(".graphiql-response")?.textContent ?? "").includes('"objectives"'));
    await expectClean(page);
    await page.close();
  });

  it("runs a golden tab after an edit to it", async () => {
    const page = await openGraphiQL();
    const golden = goldenOperations();
    const index = golden.findIndex((operation) => operation.name === "PlanOverview");
    await page.getByRole("button", { name: "PlanOverview", exact: true }).click();
    await typeQuery(page, golden[index]!.document.replace("query PlanOverview {", "query PlanOverview {\n  analystsField: __typename"));
    const answer = await run(page);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.analystsField).toBe("Query");
    expect(answer.data?.pillars).toBeTruthy();
    await expectClean(page);
    await page.close();
  });

  it("shows every golden tab from 1280 px, PlanOverview included", async () => {
    for (const width of [1280, 1440]) {
      const page = await browser.page(width);
      await page.addInitScript(() => window.localStorage.clear());
      await page.goto(`${base}/graphql`);
      await page.locator(".graphiql-tab").nth(goldenOperations().length - 1).waitFor();
      for (const operation of goldenOperations()) {
        const tab = page.getByRole("button", { name: operation.name, exact: true });
        const box = (await tab.boundingBox())!;
        expect(box.x, operation.name).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, operation.name).toBeLessThanOrEqual(width);
        // Nothing covers it: the point at its centre is the tab's own button.
        const onTop = await page.evaluate(({ x, y }) => (document.elementFromPoint(x, y) as HTMLElement | null)?.closest(".graphiql-tab-button")?.textContent, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
        expect(onTop, operation.name).toBe(operation.name);
      }
      if (width === 1280) await browser.screenshot(page, "graphiql-tabs");
      await page.close();
    }
  });

  it("finds schema items by their description: SEF, border, people", async () => {
    const page = await openGraphiQL();
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const search = page.getByTestId("schema-search");
    for (const word of ["SEF", "border", "people"]) {
      await search.fill(word);
      const results = page.locator(".hub-search-results li");
      await results.first().waitFor();
      const texts = await results.allInnerTexts();
      expect(texts.length, word).toBeGreaterThan(0);
      // Found by what it means: some match only in the description, not the name.
      expect(texts.some((text) => !text.split("\n")[0]!.toLowerCase().includes(word.toLowerCase())), word).toBe(true);
      for (const text of texts) expect(text.toLowerCase(), word).toContain(word.toLowerCase());
    }
    await search.fill("SEF");
    await browser.screenshot(page, "graphiql-docs-search");
    // Choosing a match opens it in the documentation explorer.
    const first = page.locator(".hub-search-result").first();
    // "Type", "Type.field" or "Type.field(argument)": the explorer's title is the last name.
    const name = (await first.innerText()).split(/[.()]/).filter(Boolean).at(-1)!;
    await first.click();
    await page.locator(".graphiql-doc-explorer-title", { hasText: new RegExp(`^${name}$`) }).waitFor();
    expect(await page.locator(".hub-search-results li").count()).toBe(0);
    await expectClean(page);
    await page.close();
  });

  it("has a glossary of the report's public bodies", async () => {
    const page = await openGraphiQL();
    await page.getByRole("button", { name: "Show Glossary" }).click();
    const panel = page.locator(".hub-glossary");
    for (const [acronym, expansion] of [["SEF", "Immigration and Borders Service"], ["ACM", "High Commission for Migration"], ["IEFP", "Institute of Employment and Vocational Training"], ["ISS", "Social Security Institute"]]) {
      expect(await panel.locator(".hub-glossary-entry", { has: page.locator("dt", { hasText: new RegExp(`^${acronym}$`) }) }).innerText()).toContain(expansion!);
    }
    await page.getByTestId("glossary-search").fill("border");
    expect(await panel.locator("dt").allInnerTexts()).toEqual(["SEF"]);
    await browser.screenshot(page, "graphiql-glossary");
    await page.close();
  });

  it("has no WCAG 2.1 AA violation (axe-core) and no CSP violation after running a query", async () => {
    const page = await openGraphiQL();
    await typeQuery(page, "{ pillars { number title } }");
    await run(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.getByTestId("schema-search").fill("SEF");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Show Glossary" }).click();
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(page);
    await page.close();
  });
});

describe("security headers in the browser", () => {
  it("the policy is in force: an inline script injected into the dashboard does not run, and is reported", async () => {
    const page = await browser.page();
    const response = await page.goto(`${base}/`);
    expect(response!.headers()["content-security-policy"]).toContain("script-src 'self'");
    expect(response!.headers()["x-content-type-options"]).toBe("nosniff");
    await page.locator("#chart-objectives canvas").waitFor();
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.hubInjected = true";
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { hubInjected?: boolean }).hubInjected ?? false;
    });
    expect(ran).toBe(false);
    expect((await cspViolations(page)).join("\n")).toMatch(/script-src-elem blocked inline/);
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

  it("draws every value on a log scale with its qualifier and period, a table under each chart, and each value leads to its source quote by keyboard", async () => {
    const { body } = await hub.query<{ objectives: { number: number; borderFigures: { id: string; label: string; value: number; unit: string; qualifier: string; statedPeriod: { label: string } | null; source: { quote: string } }[] }[] }>(
      "{ objectives { number borderFigures { id label value unit qualifier statedPeriod { label } source { quote } } } }",
    );
    const bound = body.data!.objectives.flatMap((objective) => objective.borderFigures).find((figure) => figure.unit === "people" && figure.qualifier === "MORE_THAN")!;
    expect(bound).toBeDefined();
    const page = await browser.page(1280);
    await page.goto(`${base}/`);
    await page.locator("#unit-picker").selectOption("people");
    const canvas = page.locator("#chart-values canvas");
    await page.waitForFunction(() => (document.querySelector("#chart-values canvas") as HTMLElement | null)?.dataset.bars?.includes("people"));
    const bars = JSON.parse((await canvas.getAttribute("data-bars"))!) as { label: string[]; length: number }[];
    const values = bars.map((bar) => bar.label[1]!);
    // The report's 500 and 534 beside 500,000: on a log scale each bar is long enough to see.
    expect(values.some((value) => value.startsWith("500,000 people"))).toBe(true);
    expect(values.some((value) => value.startsWith("534 people"))).toBe(true);
    for (const bar of bars) expect(bar.length, bar.label.join(" ")).toBeGreaterThanOrEqual(40);
    // Qualifier and period on the chart itself, under the bar's name.
    expect(values).toContain(`more than ${bound.value} people · ${bound.statedPeriod?.label ?? "no period given"}`);
    expect(await page.locator("#chart-values .chart-note").innerText()).toMatch(/log scale.*not exact counts/s);
    // Every chart has a table of its data.
    const charts = page.locator(".chart");
    expect(await charts.count()).toBe(4);
    for (const chart of await charts.all()) expect(await chart.locator("details.chart-data table tbody tr").count()).toBeGreaterThan(0);
    await page.locator("#chart-values").scrollIntoViewIfNeeded();
    await browser.screenshot(page, "dashboard-values");
    // By keyboard: open the value chart's table, follow the value to its row and quote.
    await page.locator("#chart-values details.chart-data summary").focus();
    await page.keyboard.press("Enter");
    const link = page.locator("#chart-values a.value-link", { hasText: `more than ${bound.value} people` });
    await link.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => window.location.hash === `#/figure/${encodeURIComponent(id)}`, bound.id);
    const row = page.locator(`[id="figure-${bound.id}"]`);
    await page.waitForFunction((id) => document.getElementById(`figure-${id}`)?.querySelector("details")?.open === true, bound.id);
    expect(await row.locator("blockquote").innerText()).toBe(bound.source.quote);
    expect(await row.evaluate((element) => document.activeElement === element)).toBe(true);
    await browser.screenshot(page, "dashboard-source-quote");
    await expectClean(page);
    await page.close();
    // The figure's address opens it directly too (a link someone shared).
    const shared = await browser.page(390);
    await shared.goto(`${base}/#/figure/${encodeURIComponent(bound.id)}`);
    await shared.waitForFunction((id) => document.getElementById(`figure-${id}`)?.querySelector("details")?.open === true, bound.id);
    expect(await shared.locator(`[id="figure-${bound.id}"] blockquote`).innerText()).toBe(bound.source.quote);
    await expectClean(shared);
    await shared.close();
  });

  it("downloads every published figure as XLSX from the dashboard, the same rows as the figures sheet's CSV", async () => {
    const page = await browser.page();
    await page.goto(`${base}/`);
    const link = page.getByTestId("figures-xlsx");
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe(`${base}/export/figures.xlsx`);
    expect(await page.getByTestId("figures-csv-semicolon").getAttribute("href")).toBe(`${base}/export/figures.csv?delimiter=%3B`);
    const download = page.waitForEvent("download");
    await link.click();
    const [figures] = await readXlsxFile(fs.readFileSync(await (await download).path()));
    const csv = parseCsv((await (await fetch(`${base}/export/figures.csv`)).text()).replace(/^\uFEFF/, ""));
    expect(figures!.sheet).toBe("figures");
    expect(figures!.data[0]).toEqual(csv[0]);
    // Numbers are numbers in the workbook; the CSV holds their text.
    expect(figures!.data.slice(1).map((row) => row.map((cell) => (cell === null ? "" : String(cell))))).toEqual(csv.slice(1));
    expect(figures!.data.length).toBeGreaterThan(30);
    await page.close();
  });

  it("words counts and units with their plurals: 1 centre, not 1 centres", async () => {
    const page = await browser.page(1280);
    await page.goto(`${base}/`);
    await page.locator("#chart-objectives canvas").waitFor();
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/\b1 centre\b/);
    expect(text).not.toMatch(/(^|[^\d.,])1 (centres|figures|objectives|people|countries|projects|plans)\b/m);
    await page.close();
  });

  it("has no WCAG 2.1 AA violation (axe-core) on the dashboard, the glossary and the country page, and no CSP violation", async () => {
    for (const width of [1280, 390]) {
      const page = await browser.page(width);
      await page.goto(`${base}/`);
      await page.locator("#chart-values canvas").waitFor();
      for (const details of await page.locator("details").all()) await details.evaluate((element) => element.setAttribute("open", ""));
      expect(await axeViolations(page), `dashboard at ${width}px`).toEqual([]);
      // Its tables open, the page still fits the screen: wide tables scroll in their own box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.getByRole("link", { name: "Glossary" }).click();
      await page.locator("#glossary").waitFor();
      expect(await page.locator("#glossary-SEF").innerText()).toContain("Immigration and Borders Service");
      expect(await axeViolations(page), `glossary at ${width}px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.goto(`${base}/#/country/CV`);
      await page.locator("#country h2").waitFor();
      expect(await axeViolations(page), `country page at ${width}px`).toEqual([]);
      await expectClean(page);
      await page.close();
    }
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
