/**
 * The resident's path on a phone (375×740, touch): the workshop's QR link opens it instead of
 * the planner's panel; where (a tap, the street search, "my location") → what (picture cards,
 * a name) → keep and share → the full map. Every step is checked with axe-core and every
 * button, link and field is measured for a 44 px target.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { streetIndex } from "../../src/app/resident/street-index";
import { joinLink } from "../../src/app/workshop/workshop-url";
import { demoDataset } from "../../src/data/load-demo";
import type { PlaceCollection } from "../../src/state/types";
import { screenshot, waitForMapIdle } from "./app-page";
import { axeViolations } from "./axe";
import { guardNetwork } from "./chromium";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
connectSharedBrowser((b) => (browser = b));

const PHONE = { width: 375, height: 740 };
const demoStreets = streetIndex([
  demoDataset("network", JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../data/demo/streets.geojson"), "utf8")) as PlaceCollection),
]);

async function phone(viewport = PHONE): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // A Dutch-speaking phone: the first visit follows the browser's languages.
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2, locale: "nl-BE" });
  await guardNetwork(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** axe-core's violations on the page as it is now (axe.ts): "rule: target" lines, empty when clean. */
const axe = async (page: Page): Promise<string[]> => (await axeViolations(page)).flatMap((v) => v.targets.map((t) => `${v.id}: ${t}`));

/** Every visible button, link, field and list on the page smaller than 44 × 44 CSS px. */
function smallTargets(page: Page): Promise<{ count: number; small: string[] }> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea, summary, [role=button]")];
    const shown = controls.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
    });
    const small = shown
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width < 44 - 0.01 || r.height < 44 - 0.01;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || "").trim()}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`);
    return { count: shown.length, small };
  });
}

async function checkStep(page: Page, name: string, width = PHONE.width) {
  const violations = await axe(page);
  const targets = await smallTargets(page);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(`${name}: axe ${violations.length} violations; ${targets.count} controls, ${targets.small.length} under 44 px; page ${scrollWidth} px wide`);
  expect(violations, `${name}: axe`).toEqual([]);
  expect(targets.small, `${name}: targets`).toEqual([]);
  expect(scrollWidth, `${name}: no sideways scrolling`).toBeLessThanOrEqual(width);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const state = <T,>(page: Page, pick: string) =>
  page.evaluate((expr) => new Function("s", `return ${expr}`)(window.__ontmoetingskaartStore!.getState()) as T, pick);

function storedNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("ontmoetingskaart");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("proposals").objectStore("proposals").getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { name: string }[]).map((p) => p.name));
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

describe("the resident's path on a phone", () => {
  it("opens from the QR link, places by street and by tap, saves, shares and goes to the full map", async () => {
    const { context, page, errors } = await phone();
    const link = joinLink(baseUrl, { center: [3.0, 52.1], zoom: 16 });
    await page.goto(link);
    await waitForMapIdle(page);

    // Step 1: where. The planner's panel is not there; focus is on the step's heading.
    expect(await page.locator(".panel").count(), "no planner panel").toBe(0);
    await expect.poll(() => focusedId(page)).toBe("resident-where-heading");
    expect(await page.getByRole("heading", { level: 2, name: "Waar?" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Terug" }).isVisible()).toBe(true);
    expect(await page.getByLabel("Taal").isVisible(), "language switch").toBe(true);
    await checkStep(page, "step 1 (where)");
    console.log(`screenshot: ${await screenshot(page, "resident-1-where-375x740.png")}`);

    // The street search finds a demo street in the loaded data and moves the place there.
    const kerk = demoStreets.find((s) => s.name === "Kerkstraat")!;
    await page.getByLabel("Zoek een straat").fill("kerk");
    await page.getByRole("button", { name: "Kerkstraat", exact: true }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "De kaart staat nu bij Kerkstraat" }).count()).toBe(1);
    await waitForMapIdle(page);
    const centre = await state<[number, number]>(page, "s.view.center");
    expect(Math.abs(centre[0] - kerk.at[0])).toBeLessThan(1e-5);
    expect(Math.abs(centre[1] - kerk.at[1])).toBeLessThan(1e-5);
    await page.getByRole("button", { name: "Kies de plek bij het kruisje" }).click();
    await expect.poll(() => focusedId(page)).toBe("resident-what-heading");
    const chosen = await state<[number, number]>(page, "s.proposalForm.location");
    expect(Math.abs(chosen[0] - kerk.at[0]) + Math.abs(chosen[1] - kerk.at[1])).toBeLessThan(2e-5);
    await page.getByRole("button", { name: "Terug" }).click();
    await expect.poll(() => focusedId(page)).toBe("resident-where-heading");
    expect(await state(page, "s.proposalForm")).toBeNull();

    // "My location" outside the loaded area says so and places nothing.
    await context.grantPermissions(["geolocation"]);
    await context.setGeolocation({ longitude: 4.35, latitude: 50.85 });
    await page.getByRole("button", { name: "Mijn locatie" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toMatch(/niet in deze buurt/);
    expect(await state(page, "s.proposalForm")).toBeNull();

    // A tap on the map picks the place.
    await waitForMapIdle(page);
    const map = (await page.locator(".map").boundingBox())!;
    // Above the attribution line, which spans the foot of a phone's map.
    await page.touchscreen.tap(map.x + map.width * 0.4, map.y + map.height * 0.35);
    await expect.poll(() => focusedId(page)).toBe("resident-what-heading");
    const tapped = await state<[number, number]>(page, "s.proposalForm.location");
    expect(Math.abs(tapped[0] - kerk.at[0]) + Math.abs(tapped[1] - kerk.at[1])).toBeGreaterThan(1e-5);

    // Step 2: what. Picture cards, a name, and the neighbours this place would bring.
    await expect.poll(() => page.getByTestId("resident-gain").innerText(), { timeout: 60_000 }).toMatch(/buren? meer te voet/);
    console.log(`gain: ${await page.getByTestId("resident-gain").innerText()}`);
    await page.getByRole("checkbox", { name: "Repair café" }).check();
    await page.getByRole("checkbox", { name: "Buurthuiskamer" }).check();
    // Saving without a name is refused, with the error next to the field and focus on it.
    await page.getByRole("button", { name: "Bewaar mijn voorstel" }).click();
    await expect.poll(() => focusedId(page)).toBe("resident-name");
    expect(await page.locator("#resident-name-error").innerText()).toBe("Geef de plek een naam.");
    await page.getByLabel("Geef de plek een naam").fill("Herstelhoek bij de kerk");
    await page.getByLabel("Vertel meer (mag leeg blijven)").fill("Elke zaterdag samen fietsen maken.");
    await page.getByLabel("Geef de plek een naam").blur();
    await checkStep(page, "step 2 (what)");
    // The map's attribution and scale sit at the bottom of the map's own row, not halfway up it.
    const mapBox = (await page.locator(".map").boundingBox())!;
    const attribution = (await page.locator(".maplibregl-ctrl-bottom-right").boundingBox())!;
    expect(mapBox.y + mapBox.height - (attribution.y + attribution.height)).toBeLessThan(4);
    console.log(`screenshot: ${await screenshot(page, "resident-2-what-375x740.png")}`);
    await page.getByRole("button", { name: "Bewaar mijn voorstel" }).click();

    // Step 3: kept on this device (store and IndexedDB), shared as a link.
    await expect.poll(() => focusedId(page)).toBe("resident-done-heading");
    await expect.poll(() => page.locator(".resident-saved").innerText()).toBe("Je voorstel Herstelhoek bij de kerk is bewaard op dit toestel.");
    const saved = await state<{ name: string; practices: string[]; description: string; location: { coordinates: [number, number] } }[]>(
      page,
      "Object.values(s.proposalSession.state.proposals)",
    );
    expect(saved.map((p) => [p.name, p.practices, p.description])).toEqual([["Herstelhoek bij de kerk", ["repair-cafe", "living-room"], "Elke zaterdag samen fietsen maken."]]);
    // Stored to 7 decimals (about 1 cm).
    expect(Math.abs(saved[0].location.coordinates[0] - tapped[0]) + Math.abs(saved[0].location.coordinates[1] - tapped[1])).toBeLessThan(1e-6);
    await expect.poll(() => storedNames(page)).toEqual(["Herstelhoek bij de kerk"]);
    await page.getByRole("button", { name: "Deel mijn voorstel" }).click();
    const shareLink = await page.getByLabel("Link om te delen").inputValue();
    expect(shareLink).toMatch(/voorstellen=/);
    await checkStep(page, "step 3 (keep and share)");
    console.log(`screenshot: ${await screenshot(page, "resident-3-done-375x740.png")}`);

    // To the full map: the planner's panel again, with the new proposal listed and selected.
    await page.getByRole("button", { name: "Naar de volledige kaart" }).click();
    await expect.poll(() => page.locator(".panel").count()).toBe(1);
    expect(await page.locator(".resident").count()).toBe(0);
    expect(await page.locator(".proposal-row").filter({ hasText: "Herstelhoek bij de kerk" }).count()).toBe(1);
    await expect.poll(() => focusedId(page)).toBe("proposal-details-heading");
    await expect.poll(() => page.evaluate(() => location.hash)).not.toMatch(/mode=propose/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("starts from 'Ik woon hier' in the planner, reflows at 320 px, and 'Terug' leads back", async () => {
    const narrow = { width: 320, height: 640 };
    const { context, page, errors } = await phone(narrow);
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    await page.getByRole("button", { name: "Ik woon hier" }).click();
    await expect.poll(() => focusedId(page)).toBe("resident-where-heading");
    expect(await page.locator(".panel").count()).toBe(0);
    await checkStep(page, "320 px step 1", narrow.width);
    await page.getByRole("button", { name: "Kies de plek bij het kruisje" }).click();
    await expect.poll(() => focusedId(page)).toBe("resident-what-heading");
    await checkStep(page, "320 px step 2", narrow.width);
    console.log(`screenshot: ${await screenshot(page, "resident-2-what-320.png")}`);
    // Keyboard only: Terug twice goes back to the planner, with focus on the button that started it.
    await page.getByRole("button", { name: "Terug" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedId(page)).toBe("resident-where-heading");
    await page.getByRole("button", { name: "Terug" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedId(page)).toBe("resident-start");
    expect(await state(page, "s.interactionMode")).toBe("select");
    expect(errors).toEqual([]);
    await context.close();
  });
});
