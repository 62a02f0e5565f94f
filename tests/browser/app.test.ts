import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { LAYER_IDS } from "../../src/layers/definitions";
import { interactiveLayerIds } from "../../src/map/overlay-style";
import { openApp, renderedCounts, screenshot, waitForMapIdle } from "./app-page";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");
const drawLayer = (id: string) => interactiveLayerIds().find((s) => s.startsWith(`${id}-`))!;

let browser: Browser;
connectSharedBrowser((b) => (browser = b));

/** Screen position of the first rendered feature of a style layer, and its name. */
async function firstRendered(page: Page, styleLayer: string) {
  return page.evaluate((layer) => {
    type M = {
      queryRenderedFeatures(o: { layers: string[] }): { geometry: { type: string; coordinates: [number, number] }; properties: Record<string, string> }[];
      project(c: [number, number]): { x: number; y: number };
      getCanvas(): HTMLCanvasElement;
    };
    const map = window.__ontmoetingskaartMap as M;
    const f = map.queryRenderedFeatures({ layers: [layer] }).find((x) => x.geometry.type === "Point");
    if (!f) return null;
    const p = map.project(f.geometry.coordinates);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y, name: f.properties.name, id: f.properties.id };
  }, styleLayer);
}

describe("the demo neighbourhood map in Chromium", () => {
  it("draws the base map and all five layers, with the legend, offline", async () => {
    const { page, context, offLoopback, errors } = await openApp(browser, baseUrl);
    const counts = await renderedCounts(page, [...LAYER_IDS.map(drawLayer), "streets", "buildings", "water"]);
    for (const id of LAYER_IDS) expect(counts[drawLayer(id)], `rendered features of ${id}`).toBeGreaterThan(0);
    expect(counts.streets, "streets from the PMTiles base map").toBeGreaterThan(0);
    expect(counts.buildings, "buildings from the PMTiles base map").toBeGreaterThan(0);
    expect(counts.water, "water from the PMTiles base map").toBeGreaterThan(0);

    // The legend lists every layer with its count.
    const rows = await page.locator(".layer-row").allInnerTexts();
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toMatch(/\d+ plek/);
    await expect.poll(() => page.locator(".maplibregl-ctrl-attrib").innerText()).toContain("verzonnen");
    await expect.poll(() => page.locator(".maplibregl-ctrl-scale").innerText()).toMatch(/\d+\s*(m|km)/);

    const file = await screenshot(page, "demo-map-1280x800.png");
    console.log(`screenshot: ${file}; rendered per style layer: ${JSON.stringify(counts)}`);
    expect(offLoopback, "requests that tried to leave loopback").toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("toggles a layer off and on, and keeps it in the URL", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    const benches = drawLayer("benches");
    const toggle = page.getByRole("checkbox", { name: "Banken tonen" });
    await toggle.click();
    await waitForMapIdle(page);
    expect((await renderedCounts(page, [benches]))[benches]).toBe(0);
    expect(new URL(page.url()).hash).toMatch(/layers=meeting,squares,green,vacant(&|$)/);
    // Keyboard: focus the checkbox and press Space.
    await toggle.focus();
    await page.keyboard.press("Space");
    await waitForMapIdle(page);
    expect((await renderedCounts(page, [benches]))[benches]).toBeGreaterThan(0);
    await context.close();
  });

  it("shows a clicked feature's properties as text in the details panel", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    const target = await firstRendered(page, drawLayer("meeting"));
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    await expect.poll(() => page.locator("#details-heading").innerText()).toBe(target!.name);
    const details = await page.locator(".details").innerText();
    expect(details).toContain("Ontmoetingsplekken");
    // Properties in words (every demo meeting place has opening hours); internal ids never shown.
    expect(details).toContain("Openingsuren");
    expect(details).not.toContain("opening_hours");
    expect(details).not.toContain(target!.id);
    await page.getByRole("button", { name: "Details sluiten" }).click();
    await expect.poll(() => page.locator(".details .hint").count()).toBe(1);
    await context.close();
  });

  it("opens any place from a layer's list with the keyboard alone", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    const meeting = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../data/demo/meeting.geojson"), "utf8")) as {
      features: { properties: { name: string; id: string } }[];
    };
    const first = meeting.features.map((f) => f.properties.name).sort((a, b) => a.localeCompare(b))[0];
    await page.getByText("Lijst: Ontmoetingsplekken").focus();
    await page.keyboard.press("Enter");
    // The list is rendered when the disclosure opens (not before: a layer may hold thousands).
    await page.locator(".layer-row[data-layer=meeting] .feature-list li").first().waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#details-heading").innerText()).toBe(first);
    expect(await page.locator(".feature-list li").first().locator("button").count()).toBe(1);
    expect(await page.locator(".layer-row[data-layer=meeting] .feature-list li").count()).toBe(meeting.features.length);
    await context.close();
  });

  it("switches to English and keeps the language after a reload", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    await page.getByLabel("Taal").selectOption("en");
    await expect.poll(() => page.locator("#layers-heading").innerText()).toBe("Layers");
    expect(await page.getByRole("checkbox", { name: "Show Benches" }).count()).toBe(1);
    await expect.poll(() => page.locator(".maplibregl-ctrl-attrib").innerText()).toContain("fictional");
    await page.reload();
    await waitForMapIdle(page);
    expect(await page.locator("#layers-heading").innerText()).toBe("Layers");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await context.close();
  });

  it("reopens the view and the visible layers of a shared link", async () => {
    const hash = "#map=16.50/52.10000/3.00000&layers=meeting,green";
    const { page, context } = await openApp(browser, baseUrl, { hash });
    const view = await page.evaluate(() => {
      const map = window.__ontmoetingskaartMap as { getCenter(): { lng: number; lat: number }; getZoom(): number };
      return { ...map.getCenter(), zoom: map.getZoom() };
    });
    expect(view.zoom).toBeCloseTo(16.5, 5);
    expect(view.lat).toBeCloseTo(52.1, 5);
    expect(view.lng).toBeCloseTo(3.0, 5);
    expect(await page.getByRole("checkbox", { name: "Banken tonen" }).isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "Groen tonen" }).isChecked()).toBe(true);
    await context.close();
  });

  it("is usable on a 375 px phone and legible on a 1920×1080 projector", async () => {
    for (const viewport of [
      { width: 375, height: 740 },
      { width: 1920, height: 1080 },
    ]) {
      const { page, context } = await openApp(browser, baseUrl, { viewport });
      const panel = await page.locator(".panel").boundingBox();
      expect(panel!.width).toBeLessThanOrEqual(viewport.width);
      const bodyWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(bodyWidth, "no horizontal scrolling").toBeLessThanOrEqual(viewport.width);
      const counts = await renderedCounts(page, [drawLayer("meeting")]);
      expect(counts[drawLayer("meeting")]).toBeGreaterThan(0);
      // Touch-sized controls on the phone.
      const toggle = await page.locator(".layer-toggle").first().boundingBox();
      expect(toggle!.height).toBeGreaterThanOrEqual(32);
      await screenshot(page, `demo-map-${viewport.width}x${viewport.height}.png`);
      await context.close();
    }
  });
});
