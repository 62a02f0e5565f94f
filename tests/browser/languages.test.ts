// Six languages in the real app: the browser's language on a first visit, Arabic right to left,
// switching without a reload (MapLibre's own controls too), the choice remembered, links carrying it.
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { languageMessages } from "../../src/i18n";
import { openApp, screenshot, waitForMapIdle } from "./app-page";
import { axeViolations } from "./axe";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
connectSharedBrowser((b) => (browser = b));

const zoomInLabel = (page: Page) => page.locator(".maplibregl-ctrl-zoom-in").getAttribute("aria-label");
const pageLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, hash: location.hash }));

describe("languages in Chromium", () => {
  it("opens in Turkish for a browser set to Turkish, map controls included", async () => {
    const tr = await languageMessages("tr");
    const { page, context, errors } = await openApp(browser, baseUrl, { locale: "tr-TR" });
    expect(await pageLanguage(page)).toMatchObject({ lang: "tr", dir: "ltr" });
    await expect.poll(() => page.getByText(tr["app.tagline"]).count()).toBeGreaterThan(0);
    expect(await zoomInLabel(page)).toBe(tr["maplibre.NavigationControl.ZoomIn"]);
    expect((await pageLanguage(page)).hash).toContain("lang=tr");
    await screenshot(page, "languages-tr.png");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lays Arabic out right to left: panel on the right, map controls mirrored, the map itself unchanged; axe finds nothing", async () => {
    const ar = await languageMessages("ar");
    const { page, context, errors } = await openApp(browser, baseUrl, { locale: "ar" });
    expect(await pageLanguage(page)).toMatchObject({ lang: "ar", dir: "rtl" });
    await expect.poll(() => page.getByText(ar["app.tagline"]).count()).toBeGreaterThan(0);
    const width = 1280;
    const panel = (await page.locator(".panel").boundingBox())!;
    const zoom = (await page.locator(".maplibregl-ctrl-zoom-in").boundingBox())!;
    const canvas = (await page.locator(".maplibregl-canvas").boundingBox())!;
    expect(panel.x + panel.width).toBeGreaterThan(width - 40); // the panel starts at the right
    expect(zoom.x).toBeLessThan(width / 2); // zoom buttons moved to the left, clear of the panel
    expect(canvas).toMatchObject({ x: 0, width }); // the map is not mirrored or moved
    // The first view frames the demo in the room left of the panel: its centre in the left half
    // (framed for a panel on the left, as before, it sat right of the middle, half under the panel).
    await page.waitForFunction(() => window.__ontmoetingskaartStore!.getState().datasets.some((d) => d.id === "demo-area"));
    const demoCentreX = await page.evaluate(() => {
      const area = window.__ontmoetingskaartStore!.getState().datasets.find((d) => d.id === "demo-area")!;
      const points: number[][] = [];
      const walk = (c: unknown): void => {
        if (Array.isArray(c) && typeof c[0] === "number") points.push(c as number[]);
        else if (Array.isArray(c)) c.forEach(walk);
      };
      for (const f of area.features.features) walk((f.geometry as { coordinates: unknown }).coordinates);
      const [xs, ys] = [points.map((p) => p[0]), points.map((p) => p[1])];
      const map = window.__ontmoetingskaartMap as { project(c: [number, number]): { x: number } };
      return map.project([(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2]).x;
    });
    expect(demoCentreX).toBeLessThan(width / 2);
    await screenshot(page, "languages-ar-rtl.png");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("switches language without a reload, map controls too, and remembers the choice", async () => {
    const [nl, en, fr] = await Promise.all([languageMessages("nl"), languageMessages("en"), languageMessages("fr")]);
    const { page, context } = await openApp(browser, baseUrl, { locale: "nl-BE" });
    expect(await zoomInLabel(page)).toBe(nl["maplibre.NavigationControl.ZoomIn"]);
    await page.getByLabel(nl["app.language"]).selectOption("en");
    await expect.poll(() => zoomInLabel(page)).toBe(en["maplibre.NavigationControl.ZoomIn"]);
    await expect.poll(() => page.getByText(en["app.tagline"]).count()).toBeGreaterThan(0);
    await page.getByLabel(en["app.language"]).selectOption("fr");
    await expect.poll(() => zoomInLabel(page)).toBe(fr["maplibre.NavigationControl.ZoomIn"]);
    expect(await page.locator(".maplibregl-canvas").getAttribute("aria-label")).toBe(fr["maplibre.Map.Title"]);
    expect((await pageLanguage(page)).hash).toContain("lang=fr");
    await page.reload();
    await waitForMapIdle(page);
    expect(await pageLanguage(page)).toMatchObject({ lang: "fr", dir: "ltr" });
    expect(await zoomInLabel(page)).toBe(fr["maplibre.NavigationControl.ZoomIn"]);
    await context.close();
  });

  it("follows a link's language on a first visit; the visitor's own choice wins after that", async () => {
    const de = await languageMessages("de");
    const { page, context } = await openApp(browser, baseUrl, { locale: "nl-NL", hash: "#lang=de" });
    expect((await pageLanguage(page)).lang).toBe("de");
    await expect.poll(() => page.getByText(de["app.tagline"]).count()).toBeGreaterThan(0);
    await page.getByLabel(de["app.language"]).selectOption("tr");
    await page.goto(`${baseUrl}#lang=de`); // only the hash changes: load it anew as a link would
    await page.reload();
    await waitForMapIdle(page);
    expect((await pageLanguage(page)).lang).toBe("tr");
    await context.close();
  });
});
