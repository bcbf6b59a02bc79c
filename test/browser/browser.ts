// Debian's Chromium driven by playwright-core (no browser download), offline: every
// request that is not for this machine is aborted and counted, and tests assert the
// count is zero. Screenshots go to test-results/screenshots (kept by CI, git-ignored).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS_DIR = path.resolve("test-results/screenshots");

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

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
