/**
 * The trial place dragged in Chromium: "Probeer hier een plek" started, then its pin dragged in
 * 120 mouse steps, on the demo or on an imported city. Per run: how many drag events and
 * coverage redraws the page saw, frames per second during the drag, the main thread's cost of a
 * drag step, and the latency from a drag event to the next redraw of the streets.
 *
 * The page marks `coverage:drag` in the pin's drag handler and `coverage:edges-applied` once a
 * step's street colours are on the map. The latency is read from those marks. Their cost is
 * read from Chromium's own trace: the `mousemove` dispatch that holds a drag mark (MapLibre's
 * move, the handler, the store update and the request to the worker, microtasks included) and
 * the whole main-thread task that holds a redraw mark (the worker's answer taken in, the store
 * updated, feature states set, the panel re-rendered). Marks alone cannot bound that task: it
 * starts before the app's code and ends after its last microtask. A step costs its drag event
 * plus the redraws it led to (the worker coalesces moves, so not every event gets one).
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { waitForMapIdle } from "../tests/browser/app-page.ts";
import { openBenchPage } from "./browser-page.ts";

export const DRAG_STEPS = 120;

export interface DragScenario {
  name: string;
  /** An OpenStreetMap file imported instead of the demo; none: the demo as it opens. */
  file?: string;
  /** Where the pin goes, in CSS pixels from where it starts. */
  dx: number;
  dy: number;
  runs: number;
}

export interface DragRun {
  drags: number;
  redraws: number;
  framesPerSecond: number;
  dragMs: number;
  /** Main-thread milliseconds per drag event: its handler plus the redraws it led to. */
  stepMs: number[];
  handlerMs: number[];
  redrawMs: number[];
  latencyMs: number[];
  gained: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "toplevel"];

const ready = (page: Page) => page.waitForSelector('.coverage[data-status="ready"] [data-testid="within-reach"]', { timeout: 120_000 });

async function importCity(page: Page, file: string): Promise<void> {
  await page.getByRole("button", { name: /Demo weghalen/ }).click();
  await page.waitForFunction(() => window.__ontmoetingskaartStore!.getState().coverage.status === "idle");
  await page.getByTestId("import-file-input").setInputFiles(file);
  await page.waitForFunction(
    (name) => {
      const c = window.__ontmoetingskaartStore!.getState().coverage;
      return c.status === "ready" && !!c.shortlist && (c.sources ?? []).some((x) => x.name === name);
    },
    path.basename(file),
    { timeout: 300_000, polling: 200 },
  );
}

/** The outermost event of `candidates` on the mark's thread that spans the mark's time. */
function enclosing(mark: TraceEvent, candidates: TraceEvent[]): TraceEvent | undefined {
  let best: TraceEvent | undefined;
  for (const e of candidates) {
    if (e.pid !== mark.pid || e.tid !== mark.tid || e.ts > mark.ts || e.ts + e.dur! < mark.ts) continue;
    if (!best || e.dur! > best.dur!) best = e;
  }
  return best;
}

/** Cost per drag event from the trace, in milliseconds. */
function costsFromTrace(trace: Buffer): Pick<DragRun, "stepMs" | "handlerMs" | "redrawMs"> {
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const marks = (name: string) => events.filter((e) => e.name === name && e.cat.includes("user_timing")).sort((a, b) => a.ts - b.ts);
  const drags = marks("coverage:drag");
  const redraws = marks("coverage:edges-applied");
  const dispatches = events.filter((e) => e.name === "EventDispatch" && e.ph === "X" && e.args?.data?.type === "mousemove");
  const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X");
  const handlerMs = drags.map((d) => (enclosing(d, dispatches)?.dur ?? NaN) / 1000);
  const stepMs = [...handlerMs];
  const redrawMs: number[] = [];
  for (const r of redraws) {
    const task = enclosing(r, tasks);
    const ms = (task?.dur ?? NaN) / 1000;
    redrawMs.push(ms);
    let i = drags.length - 1;
    while (i >= 0 && drags[i]!.ts > r.ts) i--;
    if (i >= 0) stepMs[i] = stepMs[i]! + ms;
  }
  if ([...handlerMs, ...redrawMs].some((x) => !Number.isFinite(x))) {
    throw new Error(`the trace holds no enclosing dispatch or task for some marks (${drags.length} drags, ${redraws.length} redraws): the cost would be wrong`);
  }
  return { stepMs, handlerMs, redrawMs };
}

export async function timeTrialDrag(browser: Browser, baseUrl: string, scenario: DragScenario): Promise<DragRun> {
  const { context, page, errors } = await openBenchPage(browser, baseUrl);
  try {
    if (scenario.file) await importCity(page, scenario.file);
    await ready(page);
    await waitForMapIdle(page);
    await page.getByRole("button", { name: "Probeer hier een plek" }).click();
    const marker = page.locator(".try-place-marker");
    await marker.waitFor();
    await page.getByTestId("try-gain").filter({ hasText: /\+\d/ }).waitFor({ timeout: 60_000 });
    await waitForMapIdle(page);

    const box = (await marker.boundingBox())!;
    const from = { x: box.x + box.width / 2, y: box.y + box.height - 4 };
    await page.evaluate(() => {
      performance.clearMarks();
      // No named function in here: the bench's loader would wrap it in a helper the page lacks.
      const w = window as unknown as { __frames: number; __run: boolean; __tick: () => void };
      w.__frames = 0;
      w.__run = true;
      w.__tick = () => {
        w.__frames++;
        if (w.__run) requestAnimationFrame(w.__tick);
      };
      requestAnimationFrame(w.__tick);
    });
    await browser.startTracing(page, { categories: CATEGORIES });
    const t0 = Date.now();
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + scenario.dx, from.y + scenario.dy, { steps: DRAG_STEPS });
    await page.mouse.up();
    const dragMs = Date.now() - t0;
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number; __run: boolean };
      w.__run = false;
      return w.__frames;
    });
    await waitForMapIdle(page);
    const trace = await browser.stopTracing();

    const seen = await page.evaluate(() => {
      const drags = performance.getEntriesByName("coverage:drag").map((e) => e.startTime);
      const applied = performance.getEntriesByName("coverage:edges-applied").map((e) => e.startTime);
      // From each drag event to the next time changed streets reached the map.
      const latency = drags.map((d) => (applied.find((a) => a >= d) ?? NaN) - d).filter(Number.isFinite);
      return { drags: drags.length, redraws: applied.length, latency, gained: window.__ontmoetingskaartStore!.getState().tryPlace?.gained ?? NaN };
    });
    if (errors.length) throw new Error(`the page reported errors during the drag (${scenario.name}): ${errors.join(" | ")}`);
    if (seen.drags < DRAG_STEPS / 2 || seen.redraws === 0) {
      throw new Error(`the drag did not take (${scenario.name}): ${seen.drags} drag events, ${seen.redraws} redraws for ${DRAG_STEPS} mouse steps`);
    }
    return {
      drags: seen.drags,
      redraws: seen.redraws,
      framesPerSecond: (frames * 1000) / dragMs,
      dragMs,
      latencyMs: seen.latency,
      gained: seen.gained,
      ...costsFromTrace(trace),
    };
  } finally {
    await context.close();
  }
}
