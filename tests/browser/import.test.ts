import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fromWgs84 } from "../../src/data/crs/index";
import { OVERPASS_ENDPOINT_KEY } from "../../src/data/overpass";
import { openApp, screenshot, waitForMapIdle } from "./app-page";
import { connectSharedBrowser } from "./shared-browser";
import { datasetIdOf, renderedOn, sourcesHolding } from "./big-layer-checks";
import { startOverpassFixture } from "./fixtures-server";

const baseUrl = inject("baseUrl");
const root = path.resolve(import.meta.dirname, "../..");
const REALDATA = path.resolve(root, "../shared/realdata");
const FIXTURES = path.resolve(root, "tests/fixtures/import");
const hasRealData = existsSync(path.join(REALDATA, "README.md"));
if (!hasRealData) console.warn(`Real data not found at ${REALDATA}: the real-data import tests are skipped.`);

let browser: Browser;
connectSharedBrowser((b) => (browser = b));

interface DatasetSummary {
  id: string;
  sourceFile: string;
  kind: string;
  origin: string;
  count: number;
  bbox: [number, number, number, number];
}

/** The store's datasets, summed up in the page (bounding boxes only when asked: they walk every coordinate). */
function datasets(page: Page, withBbox = false): Promise<DatasetSummary[]> {
  return page.evaluate((wantBbox) => {
    type D = { id: string; sourceFile: string; kind: string; origin: string; features: { features: { geometry: unknown }[] } };
    const store = window.__ontmoetingskaartStore as unknown as { getState(): { datasets: D[] } };
    const bbox = (d: D): [number, number, number, number] => {
      const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
      const walk = (c: unknown): void => {
        if (Array.isArray(c) && typeof c[0] === "number") {
          b[0] = Math.min(b[0], c[0] as number);
          b[1] = Math.min(b[1], c[1] as number);
          b[2] = Math.max(b[2], c[0] as number);
          b[3] = Math.max(b[3], c[1] as number);
        } else if (Array.isArray(c)) c.forEach(walk);
      };
      for (const f of d.features.features) walk((f.geometry as { coordinates: unknown }).coordinates);
      return b;
    };
    const none: [number, number, number, number] = [NaN, NaN, NaN, NaN];
    return store.getState().datasets.map((d) => ({ id: d.id, sourceFile: d.sourceFile, kind: d.kind, origin: d.origin, count: d.features.features.length, bbox: wantBbox ? bbox(d) : none }));
  }, withBbox);
}

const layerCounts = (page: Page) =>
  page.evaluate(() => {
    const store = window.__ontmoetingskaartStore as unknown as { getState(): { layerData: Record<string, { features: unknown[] }> } };
    return Object.fromEntries(Object.entries(store.getState().layerData).map(([k, v]) => [k, v.features.length]));
  });

const fitTo = (page: Page, bounds: [number, number, number, number]) =>
  page.evaluate((b) => {
    const store = window.__ontmoetingskaartStore as unknown as { getState(): { requestFit(b: number[]): void } };
    store.getState().requestFit(b);
  }, bounds);

/** Drops files on the map as a browser does: dragenter, dragover, drop with a DataTransfer. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name));
    const target = document.querySelector(".map canvas") ?? document.body;
    for (const type of ["dragenter", "dragover", "drop"]) target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

/** Answers the kind dialog with a layer (and population field). */
async function confirmKind(page: Page, kind: string) {
  const dialog = page.locator("dialog.kind-dialog[open]");
  await dialog.waitFor({ timeout: 60_000 });
  await dialog.locator('select[name="kind"]').selectOption(kind);
  await dialog.getByRole("button", { name: /Toevoegen/ }).click();
  await dialog.waitFor({ state: "detached" });
}

const waitForDataset = (page: Page, test: (d: DatasetSummary) => boolean, timeout = 60_000) =>
  expect.poll(async () => (await datasets(page)).find(test) ?? null, { timeout, interval: 250 }).not.toBeNull();

describe("loading a planner's files in Chromium", () => {
  it("draws a dropped GeoJSON in the right place, lands Lambert 72 in Belgium, asks for an ambiguous CSV, names a broken file, and remembers it all", async () => {
    const { page, context, offLoopback, errors } = await openApp(browser, baseUrl);
    const demoCounts = await layerCounts(page);

    // 1. A GeoJSON of benches dropped on the map, around Brussels' Grote Markt.
    const benches = { type: "FeatureCollection", features: [[4.3522, 50.8467], [4.3530, 50.8470], [4.3515, 50.8462]].map((c, i) => ({ type: "Feature", properties: { naam: `<b>bank ${i}</b>` }, geometry: { type: "Point", coordinates: c } })) };
    await dropFiles(page, [{ name: "zitbanken.geojson", text: JSON.stringify(benches) }]);
    // The preview shows property values as text, never as HTML.
    await expect.poll(() => page.locator("dialog.kind-dialog[open] td").first().textContent(), { timeout: 30_000 }).toBe("<b>bank 0</b>");
    await confirmKind(page, "benches");
    await waitForDataset(page, (d) => d.sourceFile === "zitbanken.geojson" && d.kind === "benches" && d.count === 3);
    expect((await layerCounts(page)).benches).toBe(demoCounts.benches! + 3);
    await expect.poll(() => page.locator('.dataset-row[data-source="zitbanken.geojson"]').innerText()).toMatch(/3 onderdelen/);
    await fitTo(page, [4.3505, 50.8455, 4.3540, 50.8478]);
    await page.waitForTimeout(900);
    await waitForMapIdle(page);
    const hit = await page.evaluate(() => {
      type M = { project(c: [number, number]): { x: number; y: number }; queryRenderedFeatures(p: [number, number], o: { layers: string[] }): { properties: { naam?: string } }[] };
      const map = window.__ontmoetingskaartMap as M;
      const p = map.project([4.3522, 50.8467]);
      return map.queryRenderedFeatures([p.x, p.y], { layers: ["benches-icon"] }).map((f) => f.properties.naam);
    });
    expect(hit).toContain("<b>bank 0</b>");
    await screenshot(page, "import-dropped-benches.png");

    // 2. A Lambert 72 GeoJSON (legacy crs member) lands in Belgium.
    await page.getByTestId("import-file-input").setInputFiles(path.join(FIXTURES, "lambert72-legacy-crs.geojson"));
    await confirmKind(page, "squares");
    await waitForDataset(page, (d) => d.sourceFile === "lambert72-legacy-crs.geojson");
    const l72 = (await datasets(page, true)).find((d) => d.sourceFile === "lambert72-legacy-crs.geojson")!;
    expect(l72.bbox[0]).toBeGreaterThan(2.5);
    expect(l72.bbox[2]).toBeLessThan(6.4);
    expect(l72.bbox[1]).toBeGreaterThan(49.5);
    expect(l72.bbox[3]).toBeLessThan(51.6);

    // 3. An ambiguous CSV asks; after choosing RD New it lands in the Netherlands' grid, where chosen.
    await page.getByTestId("import-file-input").setInputFiles(path.join(FIXTURES, "dubbelzinnig-xy.csv"));
    const crsDialog = page.locator("dialog.crs-dialog[open]");
    await crsDialog.waitFor({ timeout: 60_000 });
    expect(await crsDialog.locator("label.crs-option").count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, "import-crs-dialog.png");
    await crsDialog.locator('input[value="EPSG:28992"]').check();
    await crsDialog.getByRole("button", { name: /Dit stelsel gebruiken/ }).click();
    await confirmKind(page, "meeting");
    await waitForDataset(page, (d) => d.sourceFile === "dubbelzinnig-xy.csv");
    const csv = (await datasets(page, true)).find((d) => d.sourceFile === "dubbelzinnig-xy.csv")!;
    // Converted back to RD New, the landed point is the file's first x/y: it is where the planner chose.
    const back = fromWgs84("EPSG:28992")([csv.bbox[0], csv.bbox[1]]);
    expect(back[0]).toBeCloseTo(150000, -1);
    expect(back[1]).toBeCloseTo(260000, -1);

    // 4. A broken file: a message naming it, the demo layers and the loaded data untouched.
    const before = await layerCounts(page);
    await page.getByTestId("import-file-input").setInputFiles(path.join(FIXTURES, "kapot.geojson"));
    await expect.poll(() => page.locator(".import-messages").innerText(), { timeout: 30_000 }).toContain("kapot.geojson");
    expect(await layerCounts(page)).toEqual(before);
    await screenshot(page, "import-broken-file.png");

    // 5. Reload: the datasets are still there. Remove one: gone after reload too.
    await page.reload();
    await waitForMapIdle(page);
    await waitForDataset(page, (d) => d.sourceFile === "zitbanken.geojson");
    expect((await layerCounts(page)).benches).toBe(demoCounts.benches! + 3);
    await page.getByRole("button", { name: /zitbanken\.geojson.*weghalen/ }).click();
    expect((await datasets(page)).some((d) => d.sourceFile === "zitbanken.geojson")).toBe(false);
    await page.waitForTimeout(300);
    await page.reload();
    await waitForMapIdle(page);
    await waitForDataset(page, (d) => d.sourceFile === "lambert72-legacy-crs.geojson");
    expect((await datasets(page)).some((d) => d.sourceFile === "zitbanken.geojson")).toBe(false);
    expect((await layerCounts(page)).benches).toBe(demoCounts.benches);

    expect(offLoopback).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("online base maps are opt-in", () => {
  it("fetches nothing online until a preset is chosen, then asks only its own server and shows its attribution", async () => {
    const { page, context, offLoopback } = await openApp(browser, baseUrl);
    expect(offLoopback).toEqual([]);
    await page.getByLabel("Achtergrondkaart kiezen").selectOption("pdok");
    // The guard blocks (and records) what would leave the machine: only PDOK's tile server is asked.
    await expect.poll(() => offLoopback.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(offLoopback.every((url) => url.startsWith("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/"))).toBe(true);
    await expect.poll(() => page.locator(".maplibregl-ctrl-attrib").innerText()).toContain("Kadaster / PDOK");
    // Back to the demo's offline map.
    await page.getByLabel("Achtergrondkaart kiezen").selectOption("demo");
    await expect.poll(() => page.locator(".maplibregl-ctrl-attrib").innerText()).toContain("verzonnen");
    await context.close();
  });
});

describe("large files in Chromium", () => {
  it("parses 60 000 footprints and 60 000 benches in the worker while the page keeps answering, and draws them from vector tiles", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    const demoCounts = await layerCounts(page);
    // 60 000 small squares on a 300 × 200 grid around Ghent (about 12 MB of GeoJSON), like a city's buildings,
    // and 60 000 benches in the gaps between them.
    const d = 0.00008;
    const at = (i: number) => [3.70 + (i % 300) * 0.0002, 51.04 + Math.floor(i / 300) * 0.0002] as const;
    const footprints = Array.from({ length: 60_000 }, (_, i) => {
      const [x, y] = at(i);
      return { type: "Feature", properties: { nr: i, name: `groen ${i}` }, geometry: { type: "Polygon", coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] } };
    });
    const benches = Array.from({ length: 60_000 }, (_, i) => ({ type: "Feature", properties: { nr: i, name: `bank ${i}` }, geometry: { type: "Point", coordinates: at(i).map((v) => v + 0.00014) } }));
    // The longest pause of the page's main thread, measured with a 20 ms heartbeat.
    await page.evaluate(() => {
      const w = window as unknown as { __gap: number; __last: number };
      w.__gap = 0;
      w.__last = performance.now();
      window.setInterval(() => {
        const now = performance.now();
        w.__gap = Math.max(w.__gap, now - w.__last);
        w.__last = now;
      }, 20);
    });
    const resetGap = () =>
      page.evaluate(() => {
        const w = window as unknown as { __gap: number; __last: number };
        w.__gap = 0;
        w.__last = performance.now();
      });
    const readGap = () => page.evaluate(() => Math.round((window as unknown as { __gap: number }).__gap));

    /** Loads one file as `kind`; returns its dataset id and the page's longest pauses. */
    const load = async (name: string, features: unknown[], kind: string) => {
      const buffer = Buffer.from(JSON.stringify({ type: "FeatureCollection", features }));
      const t0 = Date.now();
      // Handing 12 MB to the file input through the test driver pauses the page by itself: measured from after it.
      await page.getByTestId("import-file-input").setInputFiles({ name, mimeType: "application/json", buffer });
      await resetGap();
      await page.locator("dialog.kind-dialog[open]").waitFor({ timeout: 90_000 });
      const parseGap = await readGap();
      const parsedMs = Date.now() - t0;
      await resetGap();
      await confirmKind(page, kind);
      await waitForDataset(page, (x) => x.sourceFile === name && x.count === 60_000);
      await page.waitForTimeout(1500);
      await waitForMapIdle(page);
      const addGap = await readGap();
      console.log(`60 000 ${kind} (${name}): parsed and packed into vector tiles in ${parsedMs} ms with the page's longest pause ${parseGap} ms; adding them paused it ${addGap} ms`);
      // Speed is printed above, never asserted (it depends on the machine); responsiveness is
      // shown by the figure, correctness by the checks below.
      return datasetIdOf(page, name);
    };
    const greenId = await load("gebouwen.geojson", footprints, "green");
    const benchId = await load("zitbanken-stad.geojson", benches, "benches");

    // Each is a vector source over its own archive; no GeoJSON source holds any of their features.
    for (const id of [greenId, benchId]) {
      const sources = await sourcesHolding(page, id);
      expect(sources[`tiled-${id}`]).toMatchObject({ type: "vector", url: `pmtiles://tiled-${id}` });
      expect(Object.values(sources).filter((s) => s.type === "geojson" && s.holding > 0)).toEqual([]);
    }
    // Counts (and the coverage analysis) still use every feature from the store.
    const counts = await layerCounts(page);
    expect(counts.green).toBe(demoCounts.green! + 60_000);
    expect(counts.benches).toBe(demoCounts.benches! + 60_000);

    await fitTo(page, [3.75, 51.06, 3.756, 51.064]);
    await page.waitForTimeout(900);
    await waitForMapIdle(page);
    // The fitted view lies right of the side panel (1280 px wide: 400 px padding on the left).
    const canvas = (await page.locator(".map canvas").boundingBox())!;
    const middle = { x: (400 + canvas.width) / 2, y: canvas.height / 2 };
    const green = await renderedOn(page, `tiled-${greenId}/green-fill`, middle);
    const bench = await renderedOn(page, `tiled-${benchId}/benches-icon`, { x: middle.x + 40, y: middle.y });
    console.log(`drawn from vector tiles in view: ${green.count} footprints, ${bench.count} benches`);
    expect(green.count).toBeGreaterThan(0);
    expect(bench.count).toBeGreaterThan(0);
    await screenshot(page, "import-60k-tiled.png");

    // Clicking one shows its details (the feature's id comes from the tiles, its properties from the store).
    for (const target of [green, bench]) {
      await page.mouse.click(canvas.x + target.at!.x, canvas.y + target.at!.y);
      await expect.poll(() => page.locator("#details-heading").innerText()).toBe(target.name);
      // The heading is the store's name for the tile's id; the id itself is never shown.
      expect(await page.locator(".details").innerText()).not.toContain(target.id!);
    }
    await screenshot(page, "import-60k-tiled-selected.png");

    // The archives are stored with their datasets: after a reload both are drawn from vector tiles again.
    await page.waitForTimeout(1000);
    await page.reload();
    await waitForMapIdle(page);
    await waitForDataset(page, (x) => x.sourceFile === "zitbanken-stad.geojson" && x.count === 60_000);
    for (const id of [greenId, benchId]) {
      await expect.poll(async () => (await sourcesHolding(page, id))[`tiled-${id}`]?.type, { timeout: 30_000 }).toBe("vector");
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!hasRealData)("real public data in Chromium", () => {
  it("Monaco .osm.pbf: 121 benches, © OpenStreetMap contributors; removing the demo leaves only Monaco's benches", async () => {
    const { page, context, offLoopback } = await openApp(browser, baseUrl);
    const input = page.getByTestId("import-file-input");
    // Cancel while the worker parses: a clear message, nothing added. The click is made the
    // moment the Cancel button appears (a DOM observer), so a fast parse cannot win the race.
    const cancelled = page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            const button = document.querySelector<HTMLButtonElement>("button.cancel-import");
            if (!button) return;
            observer.disconnect();
            button.click();
            resolve();
          });
          observer.observe(document.body, { childList: true, subtree: true });
        }),
    );
    await input.setInputFiles(path.join(REALDATA, "osm/monaco-latest.osm.pbf"));
    await cancelled;
    await expect.poll(() => page.locator(".import-messages").innerText()).toContain("Het inlezen is gestopt");
    expect((await datasets(page)).some((d) => d.origin === "osm")).toBe(false);
    await input.setInputFiles(path.join(REALDATA, "osm/monaco-latest.osm.pbf"));
    await waitForDataset(page, (d) => d.kind === "benches" && d.origin === "osm", 90_000);
    const monaco = (await datasets(page)).filter((d) => d.origin === "osm");
    const benches = monaco.find((d) => d.kind === "benches")!;
    expect(benches.count).toBe(121);
    await expect.poll(() => page.locator(".maplibregl-ctrl-attrib").innerText()).toContain("© OpenStreetMap contributors");
    await page.getByRole("button", { name: /Demo weghalen/ }).click();
    expect((await layerCounts(page)).benches).toBe(121);
    // The analysis now runs on Monaco alone: its sources are the extract, never the demo.
    await expect
      .poll(() => page.evaluate(() => {
        const c = (window.__ontmoetingskaartStore as unknown as { getState(): { coverage: { status: string; sources?: { name: string }[] } } }).getState().coverage;
        return c.status === "ready" ? [...new Set((c.sources ?? []).map((x) => x.name))] : null;
      }), { timeout: 90_000 })
      .toEqual(["monaco-latest.osm.pbf"]);
    await fitTo(page, [7.41, 43.725, 7.43, 43.745]);
    await page.waitForTimeout(900);
    await waitForMapIdle(page);
    await screenshot(page, "import-monaco-pbf.png");
    console.log(`Monaco: ${monaco.map((d) => `${d.kind} ${d.count}`).join(", ")}`);
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it("Antwerp Overpass JSON from a loopback Overpass endpoint: load this area end to end", async () => {
    const server = await startOverpassFixture(readFileSync(path.join(REALDATA, "osm/antwerpen-berchem-2021-12-11.overpass.json")));
    try {
      const { page, context, offLoopback } = await openApp(browser, baseUrl, { hash: "#map=16/51.1900/4.4300" });
      const endpoint = page.getByLabel("Adres van de server van OpenStreetMap (Overpass)");
      // A server error first: a clear message, and nothing lost.
      const failing = await startOverpassFixture("busy", 504);
      const before = await datasets(page);
      await endpoint.fill(failing.url);
      await page.getByRole("button", { name: "Dit gebied laden uit OpenStreetMap" }).click();
      await expect.poll(() => page.locator(".import-messages").innerText()).toContain("(504)");
      expect(await datasets(page)).toEqual(before);
      await failing.close();
      await endpoint.fill(server.url);
      expect(await page.evaluate((k) => localStorage.getItem(k), OVERPASS_ENDPOINT_KEY)).toBe(server.url);
      await page.getByRole("button", { name: "Dit gebied laden uit OpenStreetMap" }).click();
      await waitForDataset(page, (d) => d.origin === "osm" && d.kind === "green", 90_000);
      const osm = (await datasets(page)).filter((d) => d.origin === "osm");
      expect(server.queries).toHaveLength(1);
      expect(server.queries[0]).toContain('nwr["amenity"="bench"]');
      expect(osm.find((d) => d.kind === "network")!.count).toBeGreaterThan(100);
      await expect.poll(() => page.locator(".maplibregl-ctrl-attrib").innerText()).toContain("© OpenStreetMap contributors");
      await screenshot(page, "import-antwerp-overpass.png");
      console.log(`Antwerp: ${osm.map((d) => `${d.kind} ${d.count}`).join(", ")}`);
      expect(offLoopback).toEqual([]);
      await context.close();
    } finally {
      await server.close();
    }
  });

  it("Flemish neighbourhoods Shapefile parts in Lambert 72: every polygon inside Flanders and Brussels", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    const parts = ["shp", "shx", "dbf", "prj", "cpg"].map((ext) => path.join(REALDATA, `neighbourhoods/flanders-ggw7-wijken.${ext}`));
    await page.getByTestId("import-file-input").setInputFiles(parts);
    await confirmKind(page, "context");
    await waitForDataset(page, (d) => d.sourceFile.startsWith("flanders-ggw7-wijken"), 90_000);
    const wijken = (await datasets(page, true)).find((d) => d.sourceFile.startsWith("flanders-ggw7-wijken"))!;
    expect(wijken.count).toBe(2767);
    // Flanders and Brussels lie within 2.54–5.92° E, 50.68–51.51° N.
    expect(wijken.bbox[0]).toBeGreaterThan(2.5);
    expect(wijken.bbox[2]).toBeLessThan(5.95);
    expect(wijken.bbox[1]).toBeGreaterThan(50.6);
    expect(wijken.bbox[3]).toBeLessThan(51.55);
    await fitTo(page, wijken.bbox);
    await page.waitForTimeout(900);
    await waitForMapIdle(page);
    await screenshot(page, "import-flanders-wijken.png");
    console.log(`Flanders wijken: ${wijken.count}, bbox ${wijken.bbox.map((v) => v.toFixed(3)).join(", ")}`);
    await context.close();
  });

  it("CBS wijken in RD New as residents: population preserved; a city's wijken drive the coverage panel", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    const file = path.join(REALDATA, "neighbourhoods/cbs-wijken-2022-rd28992.geojson");
    type Cbs = { crs: unknown; features: { properties: { code: string; population: number | null } }[] };
    const source = JSON.parse(readFileSync(file, "utf8")) as Cbs;
    const sum = (fc: Cbs) => fc.features.reduce((n, f) => n + (typeof f.properties.population === "number" && f.properties.population >= 0 ? f.properties.population : 0), 0);
    const residentsOf = (sourceFile: string) =>
      page.evaluate((name) => {
        type F = { properties: { residents: number } };
        const s = (window.__ontmoetingskaartStore as unknown as { getState(): { datasets: { sourceFile: string; features: { features: F[] } }[] } }).getState();
        return s.datasets.find((d) => d.sourceFile === name)!.features.features.reduce((n, f) => n + f.properties.residents, 0);
      }, sourceFile);

    // The whole country: every resident kept (17 588 925); the analysis waits for a choice of municipalities, and says so.
    await page.getByTestId("import-file-input").setInputFiles(file);
    await confirmKind(page, "residents");
    await waitForDataset(page, (d) => d.kind === "residents" && d.sourceFile === "cbs-wijken-2022-rd28992.geojson", 90_000);
    const nl = (await datasets(page, true)).find((d) => d.sourceFile === "cbs-wijken-2022-rd28992.geojson")!;
    expect(await residentsOf(nl.sourceFile)).toBe(sum(source));
    expect(nl.count).toBe(source.features.length);
    expect(nl.bbox[0]).toBeGreaterThan(3.2);
    expect(nl.bbox[2]).toBeLessThan(7.3);
    expect(nl.bbox[1]).toBeGreaterThan(50.7);
    expect(nl.bbox[3]).toBeLessThan(53.6);
    await expect.poll(() => page.locator('.dataset-row[data-source="cbs-wijken-2022-rd28992.geojson"] [data-testid="clip-picker"]').innerText()).toMatch(/Je hebt nog niets gekozen/);
    await page.getByRole("button", { name: /Demo weghalen/ }).click();
    await expect.poll(() => page.locator('[data-testid="no-residents"]').count()).toBe(1);

    // Amsterdam's wijken (CBS codes WK0363..), still in RD New: the panel's total is their population.
    const amsterdam: Cbs = { ...source, features: source.features.filter((f) => f.properties.code.startsWith("WK0363")) };
    await page.getByTestId("import-file-input").setInputFiles({ name: "cbs-wijken-amsterdam.geojson", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(amsterdam)) });
    await confirmKind(page, "residents");
    await waitForDataset(page, (d) => d.sourceFile === "cbs-wijken-amsterdam.geojson", 90_000);
    expect(await residentsOf("cbs-wijken-amsterdam.geojson")).toBe(sum(amsterdam));
    const panelTotal = new Intl.NumberFormat("nl").format(sum(amsterdam));
    await expect.poll(() => page.locator(".headline").innerText().catch(() => ""), { timeout: 90_000, interval: 1000 }).toContain(panelTotal);
    console.log(`CBS wijken: ${nl.count} polygons, ${sum(source)} residents kept; Amsterdam ${amsterdam.features.length} wijken, panel shows ${panelTotal}`);
    await screenshot(page, "import-cbs-residents.png");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("Andorra PMTiles as an offline base map: its tiles render", async () => {
    const { page, context, offLoopback } = await openApp(browser, baseUrl);
    await page.getByTestId("basemap-file-input").setInputFiles(path.join(REALDATA, "basemap/andorra-shortbread.pmtiles"));
    await expect.poll(() => page.evaluate(() => Boolean((window.__ontmoetingskaartMap as { getLayer(id: string): unknown }).getLayer("basemap-streets")))).toBe(true);
    await fitTo(page, [1.515, 42.5, 1.54, 42.515]);
    await page.waitForTimeout(900);
    await waitForMapIdle(page);
    const counts = await page.evaluate(() => {
      const map = window.__ontmoetingskaartMap as { queryRenderedFeatures(o: { layers: string[] }): unknown[] };
      return Object.fromEntries(["basemap-streets", "basemap-buildings", "basemap-land"].map((id) => [id, map.queryRenderedFeatures({ layers: [id] }).length]));
    });
    console.log(`Andorra base map rendered: ${JSON.stringify(counts)}`);
    expect(counts["basemap-streets"]).toBeGreaterThan(0);
    expect(counts["basemap-buildings"]).toBeGreaterThan(0);
    // The data layers are still drawn above the new base map.
    expect(await page.evaluate(() => Boolean((window.__ontmoetingskaartMap as { getLayer(id: string): unknown }).getLayer("benches-icon")))).toBe(true);
    await screenshot(page, "import-andorra-basemap.png");
    // Remembered: after a reload the Andorra base map is back.
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.evaluate(() => Boolean((window.__ontmoetingskaartMap as { getLayer(id: string): unknown }).getLayer("basemap-streets"))), { timeout: 30_000 }).toBe(true);
    expect(offLoopback).toEqual([]);
    await context.close();
  });
});
