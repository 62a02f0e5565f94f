// axe-core over the app's screens, in Dutch and in Arabic (right to left), on a laptop, a phone
// and a projector. Each screen is named, and its violations are printed per screen, so a
// failure says where to look. The resident flow has its own sweep (resident-path.test.ts).
import type { Page } from "playwright-core";
import type { Browser } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { languageMessages, type Language } from "../../src/i18n";
import { createProposal } from "../../src/proposals";
import { coverageReady, openApp } from "./app-page";
import { axeViolations, type AxeViolation } from "./axe";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
connectSharedBrowser((b) => (browser = b));

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };
const PROJECTOR = { width: 1920, height: 1080 };

/** Every violation as "rule: element", for a readable failure. */
const lines = (found: AxeViolation[]) => found.flatMap((v) => v.targets.map((t) => `${v.id} (${v.impact}): ${t}`));

describe.each(["nl", "ar"] as Language[])("axe-core in %s", (lang) => {
  it("finds nothing on the start screen, the propose form, the report, the phone and the projector", async () => {
    const t = await languageMessages(lang);
    const found: Record<string, string[]> = {};
    const sweep = async (page: Page, screen: string) => {
      found[screen] = lines(await axeViolations(page));
    };
    const locale = lang === "ar" ? "ar" : "nl-BE";

    const laptop = await openApp(browser, baseUrl, { viewport: LAPTOP, locale });
    await coverageReady(laptop.page);
    await sweep(laptop.page, "start 1280×800");
    // Proposals with votes: the list, its vote buttons and counts.
    const proposals = [
      createProposal({ location: [3.0, 52.1], name: "Buurtkamer in de oude bibliotheek" }, new Date("2026-03-01T10:00:00Z"), "p-bieb"),
      createProposal({ location: [3.002, 52.101], name: "Bankjes bij het plein" }, new Date("2026-03-01T11:00:00Z"), "p-plein"),
    ].map((p, i) => ({ ...p, support: 3 - i }));
    await laptop.page.evaluate((list) => window.__ontmoetingskaartStore!.getState().replaceProposals(Object.fromEntries(list.map((p) => [p.id, p]))), proposals);
    await laptop.page.locator(".proposal-row .support-count").first().waitFor();
    await sweep(laptop.page, "proposals listed 1280×800");
    await laptop.page.getByRole("button", { name: t["proposalsUi.propose"], exact: true }).click();
    await laptop.page.mouse.click(900, 450);
    await laptop.page.getByRole("dialog", { name: t["proposalsUi.form.newTitle"] }).waitFor();
    await sweep(laptop.page, "propose form 1280×800");
    await laptop.page.keyboard.press("Escape");
    await laptop.page.getByRole("button", { name: t["workshop.report.open"] }).click();
    await laptop.page.getByTestId("report-map-image").waitFor({ timeout: 60_000 });
    await sweep(laptop.page, "report 1280×800");
    await laptop.context.close();

    const phone = await openApp(browser, baseUrl, { viewport: PHONE, locale });
    await coverageReady(phone.page);
    await sweep(phone.page, "start 375×740");
    await phone.context.close();

    const projector = await openApp(browser, baseUrl, { viewport: PROJECTOR, locale });
    await coverageReady(projector.page);
    await projector.page.getByRole("button", { name: t["workshop.present"], exact: true }).click();
    await projector.page.getByTestId("presentation").waitFor();
    await sweep(projector.page, "presentation 1920×1080");
    await projector.context.close();

    console.log(`axe ${lang}: ${Object.entries(found).map(([screen, v]) => `${screen}: ${v.length}`).join("; ")}`);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((screen) => [screen, []])));
  }, 300_000);
});
