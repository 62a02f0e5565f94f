/**
 * One timed import in Chromium: a fresh page of the production build, the demo removed as a
 * planner does, the file given to the file input, and the page's own clock read from the
 * input's `change` event to the store's final figures (status ready, shortlist present, the
 * file among the sources). Long tasks come from the page's PerformanceObserver; phases are the
 * store's coverage status and progress phases as the page saw them.
 */
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface BrowserRun {
  totalMs: number;
  longestTaskMs: number;
  tasksOver200: number;
  withinReach: number;
  phases: { name: string; atMs: number }[];
}

interface PageClock {
  t0: number | null;
  done: number | null;
  withinReach: number;
  phases: { name: string; at: number }[];
  tasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    __bench?: PageClock;
  }
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  /** Errors the page reported: a run with any did not do the work it is timed for. */
  errors: string[];
}

/** A fresh page of the production build with its map loaded (the demo on it). */
export async function openBenchPage(browser: Browser, baseUrl: string): Promise<BenchPage> {
  // A Flemish browser (the app follows the browser's language; the steps click Dutch names),
  // and no service worker: its requests would bypass the loopback-only route below.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "nl-BE", serviceWorkers: "block" });
  await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  try {
    await page.goto(baseUrl);
    await page.waitForSelector('.app[data-map-ready="true"]', { timeout: 60_000 });
  } catch (error) {
    await context.close();
    throw error;
  }
  return { context, page, errors };
}

export async function timeBrowserImport(browser: Browser, baseUrl: string, file: string): Promise<BrowserRun> {
  const { context, page, errors } = await openBenchPage(browser, baseUrl);
  try {
    await page.getByRole("button", { name: /Demo weghalen/ }).click();
    await page.waitForFunction(() => (window.__ontmoetingskaartStore as unknown as { getState(): { coverage: { status: string } } }).getState().coverage.status === "idle");
    await page.evaluate((name) => {
      type Coverage = { status: string; progress?: { phase: string }; shortlist?: unknown[]; sources?: { name: string }[]; figures?: { withinReach: number } };
      type Store = { getState(): { coverage: Coverage; datasets: unknown[] }; subscribe(f: (s: { coverage: Coverage; datasets: unknown[] }) => void): void };
      const clock: PageClock = { t0: null, done: null, withinReach: 0, phases: [], tasks: [] };
      window.__bench = clock;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) clock.tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: false });
      document.addEventListener("change", () => (clock.t0 ??= performance.now()), true);
      const store = window.__ontmoetingskaartStore as unknown as Store;
      let last = "";
      let datasets = store.getState().datasets;
      store.subscribe((s) => {
        if (clock.t0 === null || clock.done !== null) return;
        const now = performance.now();
        if (s.datasets !== datasets) {
          datasets = s.datasets;
          clock.phases.push({ name: `datasets(${s.datasets.length})`, at: now });
        }
        const c = s.coverage;
        const label = c.status === "computing" ? `computing:${c.progress?.phase ?? "-"}` : c.status;
        if (label !== last) clock.phases.push({ name: label, at: now });
        last = label;
        if (c.status === "ready" && c.shortlist && (c.sources ?? []).some((x) => x.name === name)) {
          clock.done = now;
          clock.withinReach = c.figures?.withinReach ?? 0;
        }
      });
    }, path.basename(file));
    await page.getByTestId("import-file-input").setInputFiles(file);
    await page.waitForFunction(() => window.__bench?.done != null, undefined, { timeout: 300_000, polling: 100 });
    await page.waitForTimeout(500);
    if (errors.length) throw new Error(`the page reported errors while importing ${path.basename(file)}: ${errors.join(" | ")}`);
    const clock = (await page.evaluate(() => window.__bench!)) as PageClock;
    const t0 = clock.t0!;
    const during = clock.tasks.filter((t) => t.start + t.duration >= t0 && t.start <= clock.done!);
    return {
      totalMs: clock.done! - t0,
      longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
      tasksOver200: during.filter((t) => t.duration > 200).length,
      withinReach: clock.withinReach,
      phases: clock.phases.map((p) => ({ name: p.name, atMs: p.at - t0 })),
    };
  } finally {
    await context.close();
  }
}
