import { mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { guardNetwork } from "./chromium";

export const RESULTS_DIR = path.resolve(import.meta.dirname, "../../test-results");

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave loopback (blocked). */
  offLoopback: string[];
  errors: string[];
}

/** Opens the app in a fresh browser context (its own storage) and waits for the map to settle. */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  options: { hash?: string; viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<OpenedApp> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, ...(options.locale ? { locale: options.locale } : {}) });
  const offLoopback = await guardNetwork(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(baseUrl + (options.hash ?? ""));
  await waitForMapIdle(page);
  return { context, page, offLoopback, errors };
}

/**
 * Waits until the map has loaded, then for one more rendered frame and the "idle" that
 * follows it: a change just made (visibility, data) is then drawn and queryable.
 */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForSelector('.app[data-map-ready="true"]', { timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__ontmoetingskaartMap as { once(e: string, f: () => void): void; triggerRepaint(): void };
        map.once("idle", () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Waits until the analysis is ready with its gaps and reach curve: the panel's figures are final. */
export async function coverageReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const c = window.__ontmoetingskaartStore?.getState().coverage;
    return c?.status === "ready" && c.gaps !== undefined && c.reachCurve !== undefined;
  }, undefined, { timeout: 90_000 });
}

/** How many features each style layer currently draws on screen. */
export function renderedCounts(page: Page, styleLayers: string[]): Promise<Record<string, number>> {
  return page.evaluate((ids) => {
    const map = window.__ontmoetingskaartMap as {
      getLayer(id: string): unknown;
      queryRenderedFeatures(o: { layers: string[] }): unknown[];
    };
    return Object.fromEntries(ids.map((id) => [id, map.getLayer(id) ? map.queryRenderedFeatures({ layers: [id] }).length : -1]));
  }, styleLayers);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Where a download's file is on this machine. The browser is shared over a connection
 * (shared-browser.ts), so Playwright keeps no local path: the file is saved to a fresh
 * temporary folder first.
 */
export async function savedDownload(download: Download): Promise<string> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "ontmoetingskaart-download-")), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}
