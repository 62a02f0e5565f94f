/**
 * The app's paths around real data in Chromium: a base map of another area takes the view
 * there, a hand-edited URL hash moves the map, leaving presentation mode gives the layers
 * back, and the trial-place pin keeps its look while hovered, dragged and focused.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openApp, screenshot, waitForMapIdle } from "./app-page";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");
const root = path.resolve(import.meta.dirname, "../..");
const ANDORRA = path.resolve(root, "../shared/realdata/basemap/andorra-shortbread.pmtiles");
const hasAndorra = existsSync(ANDORRA);
if (!hasAndorra) console.warn(`Real data not found at ${ANDORRA}: the test of a base map of another area is skipped.`);
/** The Andorra archive's header bounds (see the real data's README). */
const ANDORRA_BOUNDS = [1.4124, 42.4276, 1.7875, 42.6572] as const;

let browser: Browser;
connectSharedBrowser((b) => (browser = b));

type MapLike = {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  jumpTo(o: object): void;
  getLayoutProperty(id: string, p: string): unknown;
  getLayer(id: string): unknown;
};
const mapView = (page: Page) =>
  page.evaluate(() => {
    const map = window.__ontmoetingskaartMap as MapLike;
    const c = map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
  });
const visibleLayers = (page: Page) =>
  page.evaluate(() => {
    const visible = window.__ontmoetingskaartStore!.getState().visible;
    return Object.keys(visible).filter((id) => visible[id as keyof typeof visible]);
  });
const inAndorra = (v: { lng: number; lat: number }) =>
  v.lng > ANDORRA_BOUNDS[0] && v.lng < ANDORRA_BOUNDS[2] && v.lat > ANDORRA_BOUNDS[1] && v.lat < ANDORRA_BOUNDS[3];

describe("real-data paths in Chromium", () => {
  it.runIf(hasAndorra)("moves the view to a base map of another area and zooms back to it on request", async () => {
    const { page, context, errors, offLoopback } = await openApp(browser, baseUrl);
    expect(inAndorra(await mapView(page))).toBe(false);
    const zoomBack = page.getByRole("button", { name: "Zoom naar de achtergrondkaart" });
    expect(await zoomBack.count(), "no zoom button for the demo map").toBe(0);

    await page.getByTestId("basemap-file-input").setInputFiles(ANDORRA);
    await expect.poll(async () => inAndorra(await mapView(page)), { timeout: 30_000 }).toBe(true);
    await zoomBack.waitFor();
    await waitForMapIdle(page);
    const drawn = await page.evaluate(() => (window.__ontmoetingskaartMap as { queryRenderedFeatures(o: { layers: string[] }): unknown[] }).queryRenderedFeatures({ layers: ["basemap-streets"] }).length);
    expect(drawn, "Andorra's streets are drawn where the view went").toBeGreaterThan(0);
    const fitted = await mapView(page);
    console.log(`view after opening Andorra: ${fitted.lng.toFixed(4)}, ${fitted.lat.toFixed(4)} at zoom ${fitted.zoom.toFixed(2)}`);
    await screenshot(page, "paths-andorra-view.png");

    // Away to the demo neighbourhood, then back with the button.
    await page.evaluate(() => (window.__ontmoetingskaartMap as MapLike).jumpTo({ center: [3.0, 52.1], zoom: 15 }));
    await expect.poll(async () => inAndorra(await mapView(page))).toBe(false);
    await zoomBack.click();
    await expect.poll(async () => inAndorra(await mapView(page)), { timeout: 30_000 }).toBe(true);

    // Back to the demo map: the button goes.
    await page.getByLabel("Achtergrondkaart kiezen").selectOption("demo");
    await expect.poll(() => zoomBack.count()).toBe(0);
    expect(offLoopback).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows a hand-edited URL hash without a reload and without a loop", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    await page.evaluate(() => {
      const w = window as unknown as { __sameDocument: boolean; __urlWrites: number };
      w.__sameDocument = true;
      w.__urlWrites = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History["replaceState"]>) => {
        w.__urlWrites++;
        replace(...args);
      };
    });
    // As if typed into the address bar: only the fragment changes, so the page does not reload.
    await page.evaluate(() => (location.hash = "#map=16.5/52.1/3.002&layers=meeting,benches"));
    await expect.poll(() => mapView(page)).toMatchObject({ zoom: 16.5 });
    const view = await mapView(page);
    expect(view.lng).toBeCloseTo(3.002, 5);
    expect(view.lat).toBeCloseTo(52.1, 5);
    expect(await visibleLayers(page)).toEqual(["meeting", "benches"]);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => (window.__ontmoetingskaartMap as MapLike).getLayoutProperty("green-fill", "visibility"))).toBe("none");
    expect(await page.evaluate(() => (window.__ontmoetingskaartMap as MapLike).getLayoutProperty("benches-icon", "visibility"))).toBe("visible");

    // The app writes its own rounded form back once; then all is quiet (no loop).
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#map=16.50/52.10000/3.00200&layers=meeting,benches&lang=nl");
    const writes = await page.evaluate(() => (window as unknown as { __urlWrites: number }).__urlWrites);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { __urlWrites: number }).__urlWrites)).toBe(writes);
    expect(await mapView(page)).toMatchObject({ zoom: 16.5 });

    // A second edit, layers only: the view stays where it is.
    await page.evaluate(() => (location.hash = "#map=16.50/52.10000/3.00200&layers=green"));
    await expect.poll(() => visibleLayers(page)).toEqual(["green"]);
    expect((await mapView(page)).lng).toBeCloseTo(3.002, 5);

    // The map's own moves still go into the URL, and the map stays where it was moved.
    await page.evaluate(() => (window.__ontmoetingskaartMap as MapLike).jumpTo({ center: [2.998, 52.101], zoom: 15.25 }));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#map=15.25/52.10100/2.99800&layers=green&lang=nl");
    await page.waitForTimeout(500);
    expect((await mapView(page)).lng).toBeCloseTo(2.998, 5);

    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), "no reload").toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("gives the planner's layers back after presenting", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    await page.getByRole("checkbox", { name: "Ontmoetingsplekken tonen" }).click();
    await page.getByRole("checkbox", { name: "Banken tonen" }).click();
    const before = await visibleLayers(page);
    expect(before).toEqual(["squares", "green", "vacant"]);

    await page.getByRole("button", { name: "Presenteren", exact: true }).click();
    await page.getByTestId("presentation").waitFor();
    // Step 1 shows meeting places and benches again; step 3 shows meeting places, squares and vacant places.
    await expect.poll(() => visibleLayers(page)).toEqual(["meeting", "squares", "green", "benches"]);
    await page.keyboard.press("3");
    await expect.poll(() => visibleLayers(page)).toEqual(["meeting", "squares", "vacant"]);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => window.__ontmoetingskaartStore!.getState().presenting)).toBe(false);

    await expect.poll(() => visibleLayers(page)).toEqual(before);
    await waitForMapIdle(page);
    const drawn = await page.evaluate(() => {
      const map = window.__ontmoetingskaartMap as MapLike;
      return ["meeting-icon", "benches-icon", "green-fill"].map((id) => map.getLayoutProperty(id, "visibility"));
    });
    expect(drawn).toEqual(["none", "none", "visible"]);
    expect(await page.getByRole("checkbox", { name: "Banken tonen" }).isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the trial-place pin's shape and colour on hover, during a drag, on focus and in forced colours", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    await page.getByRole("button", { name: "Probeer hier een plek" }).click();
    const marker = page.locator(".try-place-marker");
    await marker.waitFor();
    const look = () =>
      marker.evaluate((el) => {
        const s = getComputedStyle(el);
        return { image: s.backgroundImage, color: s.backgroundColor, width: el.getBoundingClientRect().width };
      });
    const pin = await look();
    expect(pin.image).toMatch(/^url\("data:image\/svg\+xml/);
    expect(pin.image).toContain("CC79A7");
    expect(pin.color).toBe("rgba(0, 0, 0, 0)");

    const box = (await marker.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    expect(await look(), "hovered").toEqual(pin);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 10 });
    expect(await marker.evaluate((el) => el.matches(":active")), "the pin is being dragged").toBe(true);
    expect(await look(), "while dragged").toEqual(pin);
    await screenshot(page, "paths-trial-pin-dragging.png");
    await page.mouse.move(box.x + 120, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    expect((await marker.boundingBox())!.x, "the pin moved").toBeGreaterThan(box.x + 60);
    await marker.focus();
    expect(await look(), "focused").toEqual(pin);

    for (const media of [{ colorScheme: "dark" as const }, { forcedColors: "active" as const }]) {
      await page.emulateMedia(media);
      await page.mouse.move(box.x + 120 + box.width / 2, box.y + box.height / 2);
      expect(await look(), JSON.stringify(media)).toEqual(pin);
    }
    expect(await marker.evaluate((el) => getComputedStyle(el).forcedColorAdjust)).toBe("none");
    expect(errors).toEqual([]);
    await context.close();
  });
});
