// axe-core over every screen and state of the app, in Dutch and in Arabic (right to left), each
// at a laptop's 1280×800, a phone's 375×740 and a projector's 1920×1080, plus reflow at 320 CSS
// px (a laptop at 400 % zoom, WCAG 1.4.10). One page per language walks through the states and
// resizes in place, so the sweep costs one start-up per language. Each finding is printed by
// screen and size, so a failure says where to look. The resident flow has its own sweep
// (resident-path.test.ts).
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { languageMessages, type Language } from "../../src/i18n";
import { createProposal } from "../../src/proposals";
import { coverageReady, openApp, screenshot } from "./app-page";
import { axeViolations, type AxeViolation } from "./axe";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
connectSharedBrowser((b) => (browser = b));

const SIZES = { "1280×800": { width: 1280, height: 800 }, "375×740": { width: 375, height: 740 }, "1920×1080": { width: 1920, height: 1080 } };
const REFLOW = { width: 320, height: 640 };

/** Every violation as "rule: element", for a readable failure. */
const lines = (found: AxeViolation[]) => found.flatMap((v) => v.targets.map((t) => `${v.id} (${v.impact}): ${t}`));

/** One frame: media queries have fired, React has committed, and the browser has laid out the new size. */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

/**
 * What sticks out sideways at 320 px: the page's own horizontal scroll, and every visible element
 * of the interface that reaches past the window's edges. The map canvas and MapLibre's markers
 * are the map (it pans); a wide table inside its own scroll box is allowed by 1.4.10.
 */
function overflowAt320(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page scrolls sideways: ${root.scrollWidth} px`);
    const inScrollBox = (e: Element) => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        if (p.matches(".app, body")) return false;
        if (/(auto|scroll)/.test(getComputedStyle(p).overflowX) && p.scrollWidth > p.clientWidth && p.matches("table, .preview-scroll, pre")) return true;
      }
      return false;
    };
    for (const e of document.querySelectorAll(".app *, dialog *")) {
      if (e.closest(".maplibregl-canvas-container, .maplibregl-marker, .visually-hidden")) continue;
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === "hidden") continue;
      if ((r.left < -1 || r.right > innerWidth + 1) && !inScrollBox(e)) {
        found.push(`${e.tagName.toLowerCase()}${e.className && typeof e.className === "string" ? "." + e.className.split(" ")[0] : ""} ${Math.round(r.left)}–${Math.round(r.right)} px`);
      }
    }
    return found.slice(0, 8);
  });
}

describe.each(["nl", "ar"] as Language[])("every screen in %s", (lang) => {
  it("has no axe-core violation at 1280×800, 375×740 and 1920×1080, and reflows at 320 px", async () => {
    const t = await languageMessages(lang);
    const found: Record<string, string[]> = {};
    const started = Date.now();
    const { page, context } = await openApp(browser, baseUrl, { viewport: SIZES["1280×800"], locale: lang === "ar" ? "ar" : "nl-BE" });
    await coverageReady(page);

    /** The screen as it is now, at every size (then back to the laptop). */
    const sweep = async (screen: string, sizes: (keyof typeof SIZES)[] = ["1280×800", "375×740", "1920×1080"], reflow = true) => {
      for (const size of sizes) {
        await page.setViewportSize(SIZES[size]);
        await settle(page);
        // The panel at its top: scrolled, the sticky jump links sit over some control for a moment,
        // which axe counts as a small target. Focus is never left there (keyboard-focus.test.ts).
        await page.evaluate(() => document.querySelector(".panel")?.scrollTo(0, 0));
        found[`${screen} ${size}`] = lines(await axeViolations(page));
      }
      if (reflow) {
        await page.setViewportSize(REFLOW);
        await settle(page);
        found[`${screen} 320 px reflow`] = await overflowAt320(page);
      }
      // Back to the laptop for the next step's clicks; they wait for their element themselves.
      await page.setViewportSize(SIZES["1280×800"]);
    };
    const button = (key: string) => page.getByRole("button", { name: t[key], exact: true });

    await sweep("start");
    await screenshot(page, `a11y-start-${lang}.png`);

    // A place found through the layer's list, and its details.
    await page.locator(".feature-list summary").first().click();
    await page.locator(".feature-list .link-button").first().click();
    await page.locator(".details").waitFor();
    await sweep("layer list and place details");
    await page.getByRole("button", { name: t["details.close"], exact: true }).click();

    // Gaps: one chosen on the map; a trial place being tried.
    await page.locator(".gap-list .list-button").first().click();
    await sweep("gap chosen");
    await button("coverage.try.start").click();
    await page.getByTestId("try-gain").waitFor();
    await sweep("trial place");
    await button("coverage.try.stop").click();

    // Proposals with votes, one selected; a link's proposals on offer.
    const proposals = [
      createProposal({ location: [3.0, 52.1], name: "Buurtkamer in de oude bibliotheek" }, new Date("2026-03-01T10:00:00Z"), "p-bieb"),
      createProposal({ location: [3.002, 52.101], name: "Bankjes bij het plein" }, new Date("2026-03-01T11:00:00Z"), "p-plein"),
    ].map((p, i) => ({ ...p, support: 3 - i }));
    await page.evaluate((list) => {
      const s = window.__ontmoetingskaartStore!.getState();
      s.replaceProposals(Object.fromEntries(list.map((p) => [p.id, p])));
      s.selectProposal("p-bieb");
    }, proposals);
    await page.locator(".proposal-details").waitFor();
    await sweep("proposals listed, one selected");
    const offered = [createProposal({ location: [3.001, 52.1], name: "Moestuin op het braakliggend terrein" }, new Date("2026-03-02T10:00:00Z"), "p-moes")];
    await page.evaluate((list) => window.__ontmoetingskaartStore!.getState().setIncomingShare(list), offered);
    await page.locator(".incoming-share").waitFor();
    await sweep("shared proposals offered");
    await page.evaluate(() => window.__ontmoetingskaartStore!.getState().setIncomingShare(null));

    // Proposing: the bar, then the form with its error summary after an empty save.
    await button("proposalsUi.propose").click();
    await page.locator(".propose-bar").waitFor();
    await sweep("propose mode");
    await settle(page); // a click at a point needs the laptop's layout back
    await page.mouse.click(900, 450);
    const form = page.getByRole("dialog", { name: t["proposalsUi.form.newTitle"] });
    await form.waitFor();
    await sweep("propose form");
    await form.locator('button[type="submit"]').click();
    await form.locator(".form-error-summary").waitFor();
    await sweep("propose form with errors");
    await page.keyboard.press("Escape");
    await form.waitFor({ state: "detached" });

    // Import: the kind dialog, the coordinate-system question, a file that cannot be read.
    const input = page.getByTestId("import-file-input");
    const benches = { type: "FeatureCollection", features: [{ type: "Feature", properties: { naam: "Bank" }, geometry: { type: "Point", coordinates: [3.001, 52.1] } }] };
    await input.setInputFiles({ name: "zitbanken.geojson", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(benches)) });
    const kind = page.locator("dialog.kind-dialog[open]");
    await kind.waitFor({ timeout: 60_000 });
    await sweep("import: which layer");
    await kind.getByRole("button", { name: t["importUi.kind.skip"], exact: true }).click();
    await input.setInputFiles({ name: "punten.csv", mimeType: "text/csv", buffer: Buffer.from("id,x,y\n1,150000,260000\n2,151000,261000\n") });
    const crs = page.locator("dialog.crs-dialog[open]");
    await crs.waitFor({ timeout: 60_000 });
    await sweep("import: which coordinate system");
    await crs.getByRole("button", { name: t["importUi.crs.skip"], exact: true }).click();
    await input.setInputFiles({ name: "kapot.geojson", mimeType: "application/json", buffer: Buffer.from('{"type": "FeatureCollection", "features": [') });
    await page.locator(".import-message.severity-error").waitFor({ timeout: 60_000 });
    await sweep("import: a file that cannot be read");

    // The report, then the presentation's four steps, then the projector window.
    await button("workshop.report.open").click();
    await page.getByTestId("report-map-image").waitFor({ timeout: 60_000 });
    await sweep("report");
    await button("workshop.report.close").click();
    await button("workshop.present").click();
    await page.getByTestId("presentation").waitFor();
    for (const step of ["situation", "gaps", "proposals", "support"]) {
      await page.locator(".step-bar").getByRole("button", { name: new RegExp(t[`workshop.step.${step}`]!) }).click();
      await sweep(`presentation, step ${t[`workshop.step.${step}`]}`, undefined, false);
    }
    await screenshot(page, `a11y-presentation-${lang}.png`);
    await page.keyboard.press("Escape");
    const [projector] = await Promise.all([context.waitForEvent("page"), button("workshop.openProjector").click()]);
    await projector.setViewportSize(SIZES["1920×1080"]);
    await projector.getByTestId("presentation").waitFor({ timeout: 60_000 });
    found["projector window 1920×1080"] = lines(await axeViolations(projector));

    await context.close();
    console.log(`axe ${lang}: ${Math.round((Date.now() - started) / 1000)} s, ${Object.keys(found).length} screen × size checks; with findings: ${Object.entries(found).filter(([, v]) => v.length).map(([k, v]) => `${k}: ${v.length}`).join("; ") || "none"}`);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((screen) => [screen, []])));
  }, 600_000);
});
