// Debian's Chromium driven by playwright-core (no browser download), offline: every
// request that is not for this machine is aborted and counted, and tests assert the
// count is zero. Every page records its Content-Security-Policy violations and uncaught
// errors, and axe-core (from node_modules) checks it against WCAG 2.1 AA. Screenshots go
// to test-results/screenshots (kept by CI, git-ignored).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS_DIR = path.resolve("test-results/screenshots");

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** The WCAG 2.1 AA rules axe-core checks. */
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const AXE_SOURCE = fs.readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8");

/** One axe-core violation, in a line a failing test can print. */
export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's WCAG 2.1 AA violations on the page as it is now (optionally inside `include` only). */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol: the page's CSP (no inline script) does not apply to it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(include ? { include: [include] } : document, { runOnly: { type: "tag", values: tags } });
      return result.violations.map((violation) => ({ rule: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(" ")) }));
    },
    { tags: WCAG_21_AA, include },
  );
}

/** The Content-Security-Policy violations the page has reported since it was opened. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { hubCspViolations?: string[] }).hubCspViolations ?? []);
}

const errorsOf = new WeakMap<Page, string[]>();

/** Uncaught errors in the page's scripts since it was opened. */
export function pageErrors(page: Page): string[] {
  return errorsOf.get(page) ?? [];
}

export interface OfflineBrowser {
  /** A new page of the given width (phone: 390). */
  page(width?: number): Promise<Page>;
  /** Requests aimed off the machine, aborted: must stay empty. */
  readonly offMachine: string[];
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (Debian's package), or set CHROMIUM_PATH`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-chromium-"));
  // A persistent context on a fresh profile folder: nothing carries over between runs.
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, acceptDownloads: true });
  const offMachine: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    offMachine.push(url);
    return route.abort();
  });
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return {
    offMachine,
    async page(width = 1280) {
      const page = await context.newPage();
      const errors: string[] = [];
      errorsOf.set(page, errors);
      page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
      await page.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { hubCspViolations: string[] }).hubCspViolations = violations;
        document.addEventListener("securitypolicyviolation", (event) => violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`));
      });
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      return page;
    },
    async screenshot(page, name) {
      const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
