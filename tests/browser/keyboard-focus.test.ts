// Keyboard users keep their place: focus moves to the control that replaces the one pressed,
// comes back after the presentation, and is never hidden under something else. Legends keep
// their colours in forced-colours mode (Windows high contrast).
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { languageMessages } from "../../src/i18n";
import { coverageReady, openApp } from "./app-page";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
connectSharedBrowser((b) => (browser = b));

/** The focused element's text, and whether it is on screen and on top at its centre (WCAG 2.4.11). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { text: null, visible: false };
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const onScreen = r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    return { text: el.innerText.trim(), visible: onScreen && !!top && (top === el || el.contains(top)) };
  });

describe("keyboard focus in Chromium", () => {
  it("follows the trial place's start and stop buttons and comes back after presenting", async () => {
    const t = await languageMessages("nl");
    const { page, context, errors } = await openApp(browser, baseUrl);
    await coverageReady(page);

    await page.getByRole("button", { name: t["coverage.try.start"] }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toEqual({ text: t["coverage.try.stop"], visible: true });
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toEqual({ text: t["coverage.try.start"], visible: true });

    await page.getByRole("button", { name: t["workshop.present"], exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("presentation").waitFor();
    expect((await focused(page)).visible, "focus on the step bar while presenting").toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("presentation").count()).toBe(0);
    await expect.poll(() => focused(page)).toEqual({ text: t["workshop.present"], visible: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the walking-time legend's colours in forced-colours mode", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    await coverageReady(page);
    await page.emulateMedia({ forcedColors: "active" });
    const swatches = await page.locator(".swatch-line, .swatch-area").evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(swatches.length).toBeGreaterThanOrEqual(7);
    // Each swatch keeps its own colour: none is painted over with the system's one background.
    expect(swatches.every((c) => c !== "rgba(0, 0, 0, 0)")).toBe(true);
    expect(new Set(swatches).size).toBeGreaterThanOrEqual(7);
    await context.close();
  });
});
