/**
 * Installable and offline (src/pwa/): after the first visit the service worker serves the app,
 * the demo (figures included) and the demo base map without a network, and a saved proposal is
 * still there; a new version waits for the resident's "Nu vernieuwen".
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { renderedCounts, screenshot, waitForMapIdle } from "./app-page";
import { guardNetwork } from "./chromium";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");

let browser: Browser;
connectSharedBrowser((b) => (browser = b));

const form = (page: Page) => page.getByRole("dialog", { name: "Nieuwe plek voorstellen" });
const withinReach = (page: Page) =>
  page.locator('.coverage[data-status="ready"] [data-testid="within-reach"]').innerText({ timeout: 60_000 });

/** A fresh profile that lets the service worker run (the other test files block it). */
async function firstVisit(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "nl-NL", serviceWorkers: "allow" });
  await guardNetwork(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(baseUrl);
  await waitForMapIdle(page);
  await untilControlled(page);
  return { context, page, errors };
}

/** Waits until the service worker has installed (precache complete) and controls the page. */
function untilControlled(page: Page): Promise<string> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
    return navigator.serviceWorker.controller!.scriptURL;
  });
}

describe("installable and offline in Chromium", () => {
  it("reloads without a network: the demo's figures, the base map and a saved proposal", async () => {
    const { context, page, errors } = await firstVisit();
    expect(new URL(await untilControlled(page)).pathname).toBe(new URL("sw.js", baseUrl).pathname);
    const online = await withinReach(page);

    await page.getByRole("button", { name: "Stel een plek voor" }).click();
    await page.mouse.click(820, 420);
    await form(page).getByLabel("Naam van de plek").fill("Koffiehoek in de bibliotheek");
    await form(page).getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => page.locator(".save-state").innerText()).toBe("Opgeslagen");

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    const failed: string[] = [];
    const notFromCache: string[] = [];
    page.on("requestfailed", (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on("response", (r) => {
      if (r.url().startsWith("http") && !r.fromServiceWorker()) notFromCache.push(r.url());
      if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
    });
    await page.reload();
    await waitForMapIdle(page);

    expect(await withinReach(page), "the demo's figures, from the cached network and residents").toBe(online);
    const counts = await renderedCounts(page, ["streets", "buildings", "water"]);
    expect(counts.streets, "streets from the cached PMTiles base map").toBeGreaterThan(0);
    expect(counts.buildings).toBeGreaterThan(0);
    expect(counts.water).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".proposal-list .proposal-name").allInnerTexts()).toEqual(["Koffiehoek in de bibliotheek"]);
    console.log(`screenshot: ${await screenshot(page, "offline-reload-1280x800.png")}; base map features: ${JSON.stringify(counts)}`);

    expect(failed, "failed requests offline").toEqual([]);
    expect(notFromCache, "responses that did not come from the service worker").toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a polite notice when a new version waits, and reloads only when asked", async () => {
    const { context, page, errors } = await firstVisit();
    // A second tab of the app, open before any new version (so both see the same ones); it puts
    // the notice away, and must hear of the switch when the first tab makes it.
    const other = await context.newPage();
    await other.goto(page.url());
    await waitForMapIdle(other);
    const notice = page.locator(".update-prompt");
    expect(await notice.getAttribute("role")).toBe("status");
    expect(await notice.innerText()).toBe("");
    // A second build's worker, without a second build: the same script under another URL is a
    // new worker for the browser. It installs and waits, as a real new version does.
    await page.evaluate(() => {
      (window as { firstLoad?: boolean }).firstLoad = true;
      void navigator.serviceWorker.register("sw.js?second-build", { scope: "./" });
    });
    await expect.poll(() => notice.innerText(), { timeout: 60_000 }).toContain("Er is een nieuwe versie.");
    const status = page.getByRole("status").filter({ hasText: "Er is een nieuwe versie." });
    expect(await status.getByRole("button").allInnerTexts()).toEqual(["Nu vernieuwen", "Later"]);

    // "Later" only hides the notice: same page, the old version still in control.
    await status.getByRole("button", { name: "Later" }).click();
    await expect.poll(() => notice.innerText()).toBe("");
    expect(await page.evaluate(() => (window as { firstLoad?: boolean }).firstLoad)).toBe(true);
    expect(await untilControlled(page)).not.toContain("second-build");

    await page.evaluate(() => void navigator.serviceWorker.register("sw.js?third-build", { scope: "./" }));
    const otherNotice = other.locator(".update-prompt");
    await expect.poll(() => otherNotice.innerText(), { timeout: 60_000 }).toContain("Er is een nieuwe versie.");
    await otherNotice.getByRole("button", { name: "Later" }).click();
    await other.evaluate(() => ((window as { firstLoad?: boolean }).firstLoad = true));
    await expect.poll(() => notice.innerText(), { timeout: 60_000 }).toContain("Er is een nieuwe versie.");
    console.log(`screenshot: ${await screenshot(page, "update-prompt-1280x800.png")}`);
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Nu vernieuwen" }).click()]);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => (window as { firstLoad?: boolean }).firstLoad), "the page reloaded").toBeUndefined();
    // (The reloaded page registers "sw.js" again, which to the browser is newer than
    // "sw.js?third-build": no notice is asserted after this point.)
    expect(await untilControlled(page), "the new version controls the page").toContain("third-build");
    // The other tab is offered the reload again, and did not reload by itself.
    await expect.poll(() => otherNotice.innerText(), { timeout: 30_000 }).toContain("Er is een nieuwe versie.");
    expect(await other.evaluate(() => (window as { firstLoad?: boolean }).firstLoad), "the other tab kept its page").toBe(true);
    await Promise.all([other.waitForEvent("load"), otherNotice.getByRole("button", { name: "Nu vernieuwen" }).click()]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
