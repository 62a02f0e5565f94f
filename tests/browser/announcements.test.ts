// Screen-reader users hear what changes: the crosshair names the street it is by, choosing a gap
// says which one the map now shows, a layer toggle speaks its own state. In Arabic the arrows of
// the presentation run right to left, as its step bar does.
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { languageMessages } from "../../src/i18n";
import { coverageReady, openApp } from "./app-page";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
connectSharedBrowser((b) => (browser = b));

/** The names of the demo's walking network, as the app loaded it. */
const networkStreets = (page: Page) =>
  page.evaluate(() => {
    const names = new Set<string>();
    for (const d of window.__ontmoetingskaartStore!.getState().datasets) {
      if (d.kind !== "network") continue;
      for (const f of d.features.features) if (typeof f.properties?.name === "string") names.add(f.properties.name);
    }
    return [...names];
  });

describe("announcements in Chromium", () => {
  it("names the street by the crosshair, says which gap the map shows, and lets a layer toggle speak for itself", async () => {
    const t = await languageMessages("nl");
    const { page, context, errors } = await openApp(browser, baseUrl);
    await coverageReady(page);

    await page.getByRole("button", { name: t["proposalsUi.propose"] }).focus();
    await page.keyboard.press("Enter");
    const announcer = page.getByTestId("propose-announcer");
    const onStreet = /^Het kruisje staat bij de (.+)\. Druk op Enter/;
    // The demo's streets are a block apart: a few steps reach one from wherever the view starts.
    for (let i = 0; i < 12 && !onStreet.test((await announcer.textContent()) ?? ""); i++) await page.keyboard.press(i < 6 ? "ArrowRight" : "ArrowDown");
    const street = ((await announcer.textContent()) ?? "").match(onStreet)?.[1];
    expect(await networkStreets(page)).toContain(street);
    await page.keyboard.press("Escape");

    // A native checkbox: the screen reader says "checked"/"not checked" itself, so no live region repeats it.
    const benches = page.getByRole("checkbox", { name: t["layers.toggle"].replace("{{name}}", t["layer.benches"]) });
    expect(await benches.evaluate((el) => el instanceof HTMLInputElement && el.type === "checkbox")).toBe(true);
    expect(await benches.isChecked()).toBe(true);
    await benches.click();
    expect(await benches.isChecked()).toBe(false);
    expect(await page.evaluate(() => window.__ontmoetingskaartStore!.getState().visible.benches)).toBe(false);

    const gapAnnouncer = page.getByTestId("gap-announcer");
    expect(await gapAnnouncer.getAttribute("aria-live")).toBe("polite");
    expect(await gapAnnouncer.textContent(), "silent until a gap is chosen").toBe("");
    await page.locator(".gap-list button").nth(1).click();
    await expect.poll(() => gapAnnouncer.textContent()).toMatch(/^Gebied 2: [\d.]+ inwoners? buiten bereik\. De kaart toont het nu\.$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("in Arabic, ArrowLeft goes on to the next step of the presentation", async () => {
    const ar = await languageMessages("ar");
    const { page, context, errors } = await openApp(browser, baseUrl, { locale: "ar" });
    await page.getByRole("button", { name: ar["workshop.present"], exact: true }).click();
    await page.getByTestId("presentation").waitFor();
    const step = () => page.evaluate(() => window.__ontmoetingskaartStore!.getState().workshopStep);
    expect(await step()).toBe("situation");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(step).toBe("gaps");
    await page.keyboard.press("ArrowRight");
    await expect.poll(step).toBe("situation");
    expect(errors).toEqual([]);
    await context.close();
  });
});
