/**
 * A planner's own city, end to end in Chromium, checked against the command line on the same
 * files: the demo never leaks into the figures, an OSM extract alone gives estimated residents,
 * CBS wijken give residents per wijk drawn as a choropleth, and a national file is clipped to
 * the municipalities the planner picks. The CLI's figures are computed in this process by
 * cli/coverage.ts itself (the same plan and engine path), so app and CLI must agree to the person.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { main as cli } from "../../cli/coverage";
import { openApp, renderedCounts, screenshot, waitForMapIdle } from "./app-page";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");
const root = path.resolve(import.meta.dirname, "../..");
const REALDATA = path.resolve(root, "../shared/realdata");
const MONACO = path.join(REALDATA, "osm/monaco-latest.osm.pbf");
const AMSTERDAM = path.join(REALDATA, "osm/amsterdam-centre.osm.pbf");
const CBS = path.join(REALDATA, "neighbourhoods/cbs-wijken-2022-rd28992.geojson");
const hasRealData = [MONACO, AMSTERDAM, CBS].every((f) => existsSync(f));
if (!hasRealData) console.warn(`Real data not found under ${REALDATA}: the own-city browser tests are skipped.`);

let browser: Browser;
connectSharedBrowser((b) => (browser = b));

interface CliReport {
  residentsSource: string;
  residentsTotal: number;
  withinReach: number;
  inGaps: number;
  noStreetData: number;
  places: number;
  placeLayers: string[];
  gapsWithResidents: number;
  gaps: { id: string; residents: number }[];
  areas: { id: string; name: string; residentsTotal: number; withinReach: number; noStreetData: number; share: number }[];
  shortlist: { id: string; gained: number }[];
}

/** The CLI's JSON for these arguments, run in this process. */
async function cliReport(args: string[]): Promise<CliReport> {
  let text = "";
  const code = await cli([...args, "--max-walk", "400", "--json"], undefined, (s) => (text += s));
  expect(code).toBe(0);
  return JSON.parse(text) as CliReport;
}

interface PageCoverage {
  status: string;
  residentsSource?: string;
  figures?: { residentsTotal: number; withinReach: number; inGaps: number; noStreetData: number; places: number };
  gapList?: { id: string; residents: number }[];
  areas?: { id: string; name: string; residentsTotal: number; withinReach: number; noStreetData: number; share: number }[];
  shortlist?: { id: string; layer: string; gained: number }[];
  sources?: { name: string }[];
  clips?: { groups: string[]; kept: number }[];
}

const coverage = (page: Page) =>
  page.evaluate(() => {
    const c = (window.__ontmoetingskaartStore as unknown as { getState(): { coverage: PageCoverage } }).getState().coverage;
    return JSON.parse(JSON.stringify({ status: c.status, residentsSource: c.residentsSource, figures: c.figures, gapList: c.gapList, areas: c.areas, shortlist: c.shortlist, sources: c.sources, clips: c.clips })) as PageCoverage;
  });

/** Waits until the panel shows final figures (ready, with the shortlist that comes last) that pass `ok`. */
async function settled(page: Page, ok: (c: PageCoverage) => boolean, timeout = 120_000): Promise<PageCoverage> {
  let last: PageCoverage | null = null;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    last = await coverage(page);
    if (last.status === "ready" && !!last.shortlist && ok(last)) return last;
    await page.waitForTimeout(500);
  }
  const { status, residentsSource, figures, clips, sources } = last ?? ({} as PageCoverage);
  throw new Error(`the panel did not settle: ${JSON.stringify({ status, residentsSource, figures, clips, sources: sources?.map((x) => x.name) })}`);
}

const round = (n: number) => Math.round(n);

function expectSameFigures(app: PageCoverage, cliJson: CliReport) {
  expect(app.residentsSource).toBe(cliJson.residentsSource);
  expect(app.figures!.places).toBe(cliJson.places);
  expect(round(app.figures!.residentsTotal)).toBe(round(cliJson.residentsTotal));
  expect(round(app.figures!.withinReach)).toBe(round(cliJson.withinReach));
  expect(round(app.figures!.inGaps)).toBe(round(cliJson.inGaps));
  expect(round(app.figures!.noStreetData)).toBe(round(cliJson.noStreetData));
  const appGaps = app.gapList!.filter((g) => g.residents > 0);
  expect(appGaps.length).toBe(cliJson.gapsWithResidents);
  expect(appGaps.slice(0, 20).map((g) => round(g.residents))).toEqual(cliJson.gaps.map((g) => round(g.residents)));
  // The same shortlist, in the same order (layer and gain; the app names features by its own ids).
  expect(app.shortlist!.map((s) => `${s.layer}:${round(s.gained)}`)).toEqual(cliJson.shortlist.map((s) => `${s.id.split(":")[0]}:${round(s.gained)}`));
}

describe("the demo in Chromium and in the CLI", () => {
  it("gives the same figures, gaps, residents per gap and shortlist order", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    const app = await settled(page, (c) => (c.figures?.residentsTotal ?? 0) > 0);
    const demo = (name: string) => path.join(root, "data/demo", `${name}.geojson`);
    const fromCli = await cliReport(["--network", demo("streets"), "--residents", demo("residents"), "--area", demo("area"), ...["meeting", "squares", "green", "vacant", "benches"].flatMap((l) => ["--places", demo(l)])]);
    expectSameFigures(app, fromCli);
    expect(app.figures!.places).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe.skipIf(!hasRealData)("a planner's own city in Chromium, with the CLI's figures beside it", () => {
  it("Monaco's extract alone: the demo goes, residents are estimated from its buildings and marked so, a reload keeps it, and the CLI agrees", async () => {
    const { page, context, errors, offLoopback } = await openApp(browser, baseUrl);
    const demo = await settled(page, (c) => (c.figures?.residentsTotal ?? 0) > 0);
    expect(round(demo.figures!.residentsTotal)).toBe(20_712);

    await page.getByRole("button", { name: /Demo weghalen/ }).click();
    await expect.poll(async () => (await coverage(page)).status).toBe("idle");
    expect((await coverage(page)).figures).toBeUndefined();
    await expect.poll(() => page.locator(".headline").count()).toBe(0);

    const started = Date.now();
    await page.getByTestId("import-file-input").setInputFiles(MONACO);
    const monaco = await settled(page, (c) => c.residentsSource === "estimate-buildings");
    console.log(`Monaco: file chosen → final figures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(round(monaco.figures!.residentsTotal)).not.toBe(20_712);
    expect(monaco.figures!.residentsTotal).toBeGreaterThan(5_000);
    expect(new Set(monaco.sources!.map((s) => s.name))).toEqual(new Set(["monaco-latest.osm.pbf"]));
    expect(await page.getByTestId("estimate-badge").isVisible()).toBe(true);
    expect(await page.locator(".coverage").innerText()).not.toContain("20.712");

    const fromCli = await cliReport(["--osm", MONACO]);
    expectSameFigures(monaco, fromCli);

    await page.reload();
    await waitForMapIdle(page);
    const again = await settled(page, (c) => c.residentsSource === "estimate-buildings");
    expect(round(again.figures!.withinReach)).toBe(round(monaco.figures!.withinReach));
    expect(round(again.figures!.residentsTotal)).toBe(round(monaco.figures!.residentsTotal));
    await screenshot(page, "own-city-monaco.png");
    console.log(`Monaco: ${round(monaco.figures!.residentsTotal)} residents (estimated), ${round(monaco.figures!.withinReach)} within 400 m, ${monaco.figures!.places} places; CLI the same`);
    expect(offLoopback).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("Amsterdam-Oost's extract with all CBS wijken: the planner picks Amsterdam, gets all 99 wijken as a choropleth and a list equal to the CLI's", async () => {
    const { page, context, errors, offLoopback } = await openApp(browser, baseUrl);
    await page.getByRole("button", { name: /Demo weghalen/ }).click();
    await page.getByTestId("import-file-input").setInputFiles(AMSTERDAM);
    await settled(page, (c) => (c.sources ?? []).some((s) => s.name === "amsterdam-centre.osm.pbf"));

    const started = Date.now();
    await page.getByTestId("import-file-input").setInputFiles(CBS);
    const dialog = page.locator("dialog.kind-dialog[open]");
    await dialog.waitFor({ timeout: 90_000 });
    expect(await dialog.getByTestId("population-found").innerText()).toContain("population");
    await dialog.getByRole("button", { name: /Toevoegen/ }).click();
    // Clipped at once to the municipalities the streets touch; then the planner picks Amsterdam alone.
    const picker = page.getByTestId("clip-picker");
    await picker.waitFor({ timeout: 90_000 });
    await picker.getByLabel(/Zoek een gemeente/).fill("0363");
    await picker.getByRole("button", { name: /Kies GM0363/ }).click();
    const app = await settled(page, (c) => c.clips?.[0]?.groups.join() === "GM0363" && (c.areas?.length ?? 0) === 99);
    const seconds = (Date.now() - started) / 1000;
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    console.log(`Amsterdam, 99 CBS wijken: file chosen → final figures in ${seconds.toFixed(1)} s, page heap ${(heap / 2 ** 20).toFixed(0)} MB`);

    expect(app.residentsSource).toBe("file");
    expect(round(app.figures!.residentsTotal)).toBe(round(app.areas!.reduce((a, w) => a + w.residentsTotal, 0)));
    // The extract covers a few wijken: most residents live where no street data is loaded, and they are not gaps.
    expect(app.figures!.noStreetData).toBeGreaterThan(app.figures!.residentsTotal / 2);
    expect(app.figures!.inGaps).toBeLessThan(app.figures!.residentsTotal - app.figures!.noStreetData);

    const fromCli = await cliReport(["--osm", AMSTERDAM, "--residents", CBS, "--municipality", "GM0363"]);
    expectSameFigures(app, fromCli);
    expect(fromCli.areas).toHaveLength(99);
    const byId = new Map(fromCli.areas.map((a) => [a.id, a]));
    for (const w of app.areas!) {
      const c = byId.get(w.id)!;
      expect([w.name, round(w.residentsTotal), round(w.withinReach), round(w.noStreetData)]).toEqual([c.name, round(c.residentsTotal), round(c.withinReach), round(c.noStreetData)]);
    }

    // The wijken are drawn, coloured by share within reach, and listed in the panel.
    await page.evaluate(() => (window.__ontmoetingskaartStore as unknown as { getState(): { requestFit(b: number[]): void } }).getState().requestFit([4.85, 52.3, 5.0, 52.4]));
    await page.waitForTimeout(800);
    await waitForMapIdle(page);
    expect((await renderedCounts(page, ["coverage-areas-fill"]))["coverage-areas-fill"]).toBeGreaterThan(20);
    const table = page.getByTestId("area-table");
    expect(await table.locator("tbody tr").count()).toBe(15);
    await table.getByRole("button", { name: "Inwoners" }).click();
    const first = await table.locator("tbody tr").first().getAttribute("data-area");
    const largest = [...app.areas!].sort((a, b) => b.residentsTotal - a.residentsTotal)[0]!;
    expect(first).toBe(largest.id);
    await screenshot(page, "own-city-amsterdam-cbs.png");
    expect(offLoopback).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
