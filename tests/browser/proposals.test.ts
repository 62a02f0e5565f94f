/**
 * Residents' proposals end to end in real Chromium with real IndexedDB: proposing with the mouse
 * and with the keyboard only, the form, reload, drag, undo, export/import, share links, hostile
 * text, two tabs and a phone screen.
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { guardNetwork } from "./chromium";
import { openApp, screenshot, waitForMapIdle, savedDownload } from "./app-page";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");

let browser: Browser;
connectSharedBrowser((b) => (browser = b));

interface StoredProposal {
  id: string;
  name: string;
  location: { coordinates: [number, number] };
  practices: string[];
  customPractice: string;
  description: string;
  audiences: string[];
  days: string[];
  timeText: string;
  needs: string[];
  contact?: string;
  status: string;
  support: number;
  linkedFeature?: { layer: string; featureId: string };
}

/** What this browser profile's IndexedDB holds, read directly (not through the app). */
function stored(page: Page): Promise<StoredProposal[]> {
  return page.evaluate(
    () =>
      new Promise<StoredProposal[]>((resolve, reject) => {
        const open = indexedDB.open("ontmoetingskaart");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction("proposals").objectStore("proposals").getAll();
          get.onsuccess = () => {
            db.close();
            resolve((get.result as StoredProposal[]).sort((a, b) => a.id.localeCompare(b.id)));
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Proposals the map draws now (after the next idle), with their screen position. */
async function onMap(page: Page) {
  await waitForMapIdle(page);
  return page.evaluate(() => {
    type F = { geometry: { coordinates: [number, number] }; properties: { id: string; name: string; status: string; pending: boolean } };
    const map = window.__ontmoetingskaartMap as {
      queryRenderedFeatures(o: { layers: string[] }): F[];
      project(c: [number, number]): { x: number; y: number };
      getCanvas(): HTMLCanvasElement;
    };
    const box = map.getCanvas().getBoundingClientRect();
    return map.queryRenderedFeatures({ layers: ["proposals-icon"] }).map((f) => {
      const p = map.project(f.geometry.coordinates);
      return { ...f.properties, x: box.left + p.x, y: box.top + p.y, coordinates: f.geometry.coordinates };
    });
  });
}

const form = (page: Page) => page.getByRole("dialog", { name: /Nieuwe plek voorstellen|Voorstel aanpassen/ });

/** Fills every field of the form with the mouse and keyboard as a resident would. */
async function fillForm(page: Page, name: string) {
  const f = form(page);
  await f.getByLabel("Naam van de plek").fill(name);
  await f.getByRole("checkbox", { name: /^Taalcafé en taalcoaches/ }).check();
  await f.getByLabel("Iets anders? Schrijf het hier.").fill("Schaken met buren");
  await f.getByLabel("Vertel meer (niet verplicht)").fill("Elke week koffie.\nDaarna samen eten.");
  await f.getByRole("checkbox", { name: "Nieuwkomers", exact: true }).check();
  await f.getByRole("checkbox", { name: "Oudere bewoners", exact: true }).check();
  await f.getByRole("checkbox", { name: "woensdag", exact: true }).check();
  await f.getByLabel("Hoe laat? Bijvoorbeeld: na school.").fill("woensdagnamiddag");
  await f.getByRole("checkbox", { name: "Toiletten", exact: true }).check();
  await f.getByLabel("Contact (niet verplicht)").fill("buurtwerk@example.org");
  await f.getByRole("radio", { name: "Besproken", exact: true }).check();
}

/** Submits the form; with storage, waits until the app says the write resolved. */
async function save(page: Page, storage = true) {
  await form(page).getByRole("button", { name: "Opslaan" }).click();
  await expect.poll(() => form(page).count()).toBe(0);
  if (storage) await expect.poll(() => page.locator(".save-state").innerText()).toBe("Opgeslagen");
}

/** Proposes at a screen point with the mouse and saves with only a name. */
async function proposeAt(page: Page, point: { x: number; y: number }, name: string, storage = true) {
  await page.getByRole("button", { name: "Stel een plek voor" }).click();
  await page.mouse.click(point.x, point.y);
  await form(page).getByLabel("Naam van de plek").fill(name);
  await save(page, storage);
}

const listNames = (page: Page) => page.locator(".proposal-list .proposal-name").allInnerTexts();

async function newProfile(options: { viewport?: { width: number; height: number }; hasTouch?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  await guardNetwork(context);
  return { context, page: await context.newPage() };
}

describe("residents' proposals in Chromium", () => {
  it("proposes with the mouse, keeps every field after a reload, drags, deletes and undoes", async () => {
    const { page, context, errors, offLoopback } = await openApp(browser, baseUrl);
    await page.getByRole("button", { name: "Stel een plek voor" }).click();
    await expect.poll(() => page.locator(".propose-bar").innerText()).toContain("pijltjestoetsen");
    await page.mouse.click(820, 420);
    await expect.poll(() => form(page).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id), "focus moves into the form").toBe("proposal-name");
    // An empty name is refused next to the field, from the library's validation key.
    await form(page).getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => page.locator("#proposal-name-error").innerText()).toBe("Geef de plek een naam.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("proposal-name");
    await fillForm(page, "Taalcafé in het oude postkantoor");
    console.log(`screenshot: ${await screenshot(page, "proposals-form-1280x800.png")}`);
    await save(page);

    const [saved] = await stored(page);
    expect(saved).toMatchObject({
      name: "Taalcafé in het oude postkantoor",
      practices: ["language-cafe"],
      customPractice: "Schaken met buren",
      description: "Elke week koffie.\nDaarna samen eten.",
      audiences: ["older-residents", "newcomers"],
      days: ["wed"],
      timeText: "woensdagnamiddag",
      needs: ["toilets"],
      contact: "buurtwerk@example.org",
      status: "discussed",
      support: 0,
    });

    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => listNames(page)).toEqual(["Taalcafé in het oude postkantoor"]);
    await page.getByRole("button", { name: /Taalcafé in het oude postkantoor: toon op de kaart/ }).click();
    const details = await page.locator(".proposal-details").innerText();
    for (const text of ["Besproken", "Taalcafé en taalcoaches, Schaken met buren", "Daarna samen eten.", "Oudere bewoners, Nieuwkomers", "woensdag, woensdagnamiddag", "Toiletten", "buurtwerk@example.org"]) {
      expect(details).toContain(text);
    }
    expect(await stored(page)).toEqual([saved]);

    // Drag the symbol 120 px to the right: the location changes in IndexedDB.
    const [drawn] = await onMap(page);
    expect(drawn.name).toBe("Taalcafé in het oude postkantoor");
    await page.mouse.move(drawn.x, drawn.y);
    await page.mouse.down();
    for (let step = 1; step <= 6; step++) await page.mouse.move(drawn.x + step * 20, drawn.y + step * 5);
    await page.mouse.up();
    await expect.poll(async () => (await stored(page))[0].location.coordinates[0]).toBeGreaterThan(saved.location.coordinates[0]);
    const moved = (await stored(page))[0];
    const [after] = await onMap(page);
    expect(after.x).toBeCloseTo(drawn.x + 120, -1);
    console.log(`screenshot: ${await screenshot(page, "proposals-map-1280x800.png")}`);

    // Delete → Ctrl+Z brings it back (stored again) → the redo button deletes it again → undo button.
    await page.getByRole("button", { name: "Verwijderen" }).click();
    await expect.poll(() => stored(page)).toEqual([]);
    expect(await listNames(page)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.textContent), "focus on the way back").toBe("Ongedaan maken");
    await page.keyboard.press("Control+z");
    await expect.poll(() => stored(page)).toEqual([moved]);
    expect(await listNames(page)).toEqual(["Taalcafé in het oude postkantoor"]);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => stored(page)).toEqual([]);
    await page.getByRole("button", { name: "Ongedaan maken" }).last().click();
    await expect.poll(() => stored(page)).toEqual([moved]);

    expect(offLoopback).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("proposes with the keyboard only: crosshair, arrow keys, Enter; Escape leaves the mode", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    const button = page.getByRole("button", { name: "Stel een plek voor" });
    await button.focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("CANVAS");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".propose-bar").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id), "focus returns to the button").toBe("propose-button");

    await page.keyboard.press("Enter");
    const start = await page.evaluate(() => {
      const map = window.__ontmoetingskaartMap as { getCenter(): { lng: number; lat: number } };
      return map.getCenter();
    });
    await waitForMapIdle(page);
    const crosshair = await page.evaluate(() => {
      const map = window.__ontmoetingskaartMap as { queryRenderedFeatures(o: { layers: string[] }): unknown[] };
      return map.queryRenderedFeatures({ layers: ["proposals-cursor"] }).length;
    });
    expect(crosshair, "a visible crosshair").toBe(1);
    for (const key of ["ArrowRight", "ArrowRight", "ArrowRight", "ArrowDown", "ArrowDown"]) await page.keyboard.press(key);
    await expect.poll(() => page.locator(".propose-hint").innerText()).toMatch(/kruisje/i);
    const announcer = page.locator('[aria-live="polite"][data-testid="propose-announcer"]');
    expect(await announcer.textContent(), "read out to screen readers").toBe(await page.locator(".propose-hint").innerText());
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("proposal-name");
    await page.keyboard.type("Schaakhoek op het plein");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space"); // the first practice
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter"); // submits the form
    await expect.poll(() => page.locator(".save-state").innerText()).toBe("Opgeslagen");
    expect(await page.evaluate(() => document.activeElement?.id), "focus back on the propose button").toBe("propose-button");
    const [p] = await stored(page);
    expect(p.name).toBe("Schaakhoek op het plein");
    expect(p.practices).toEqual(["language-cafe"]);
    // Three steps right and two down from the centre: east and south of where it started.
    expect(p.location.coordinates[0]).toBeGreaterThan(start.lng);
    expect(p.location.coordinates[1]).toBeLessThan(start.lat);
    await context.close();
  });

  it("exports a file and imports it into a new profile with identical proposals; a bad file changes nothing", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    await proposeAt(page, { x: 800, y: 300 }, "Buurtmoestuin");
    await proposeAt(page, { x: 950, y: 500 }, "Repair café");
    // Edit the selected one: its status moves on to "trial", its symbol changes shape and colour.
    await page.getByRole("button", { name: "Aanpassen" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("proposal-name");
    await form(page).getByRole("radio", { name: "We proberen het uit", exact: true }).check();
    await form(page).getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(async () => (await onMap(page)).map((p) => p.status).sort()).toEqual(["idea", "trial"]);
    console.log(`screenshot: ${await screenshot(page, "proposals-map-statuses-1280x800.png")}`);
    const original = await stored(page);
    expect(original).toHaveLength(2);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download als bestand" }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/^voorstellen-\d{4}-\d{2}-\d{2}\.geojson$/);
    const file = await savedDownload(download);
    const text = await readFile(file, "utf8");
    expect(JSON.parse(text).type).toBe("FeatureCollection");

    const fresh = await newProfile();
    await fresh.page.goto(baseUrl);
    await waitForMapIdle(fresh.page);
    const input = fresh.page.getByLabel("Voorstellen uit een bestand laden");
    await input.setInputFiles({ name: "kapot.geojson", mimeType: "application/geo+json", buffer: Buffer.from("{ dit is geen json") });
    await expect.poll(() => fresh.page.locator(".proposal-notice.error").innerText()).toContain("kapot.geojson");
    expect(await fresh.page.locator(".proposal-notice.error").innerText()).toContain("Er is niets veranderd");
    await input.setInputFiles({ name: "voorstellen.geojson", mimeType: "application/geo+json", buffer: Buffer.from(text) });
    await expect.poll(() => fresh.page.locator(".proposal-notice").innerText()).toContain("voorstellen.geojson: 2 nieuw, 0 bijgewerkt, 0 overgeslagen.");
    await expect.poll(() => stored(fresh.page)).toEqual(original);
    // The same file again: nothing new, both skipped as identical.
    await input.setInputFiles({ name: "voorstellen.geojson", mimeType: "application/geo+json", buffer: Buffer.from(text) });
    await expect.poll(() => fresh.page.locator(".proposal-notice").innerText()).toContain("0 nieuw, 0 bijgewerkt, 2 overgeslagen.");
    await fresh.context.close();
    await context.close();
  });

  it("shares a proposal by link; a second profile sees it highlighted and adds it; a corrupt link changes nothing", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl).origin });
    await proposeAt(page, { x: 820, y: 380 }, "Gezinssalon in de bib");
    await page.getByRole("button", { name: "Deel", exact: true }).click();
    const link = await page.getByLabel("Link om te delen").inputValue();
    expect(link).toContain("#voorstellen=");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const other = await newProfile();
    await other.page.goto(link);
    await waitForMapIdle(other.page);
    const dialog = other.page.getByRole("dialog", { name: "Iemand deelde voorstellen met je" });
    await expect.poll(() => dialog.innerText()).toContain("Gezinssalon in de bib");
    const pending = await onMap(other.page);
    expect(pending.map((p) => [p.name, p.pending])).toEqual([["Gezinssalon in de bib", true]]);
    expect(await stored(other.page)).toEqual([]);
    await dialog.getByRole("button", { name: "Toevoegen", exact: true }).click();
    await expect.poll(() => listNames(other.page)).toEqual(["Gezinssalon in de bib"]);
    await expect.poll(() => stored(other.page)).toEqual(await stored(page));
    await other.context.close();

    const broken = await newProfile();
    await broken.page.goto(`${baseUrl}#voorstellen=${link.split("=")[1].slice(0, 40)}`);
    await waitForMapIdle(broken.page);
    await expect.poll(() => broken.page.getByRole("alert").first().innerText()).toContain("beschadigd of onvolledig");
    expect(await broken.page.getByRole("dialog").count()).toBe(0);
    expect(await listNames(broken.page)).toEqual([]);
    // An oversize link is refused before it is decoded.
    await broken.page.goto(`${baseUrl}#voorstellen=${"A".repeat(9000)}`);
    await broken.page.reload();
    await waitForMapIdle(broken.page);
    await expect.poll(() => broken.page.getByRole("alert").first().innerText()).toContain("te lang");
    expect(await listNames(broken.page)).toEqual([]);
    await broken.context.close();
    await context.close();
  });

  it("says plainly when the browser cannot store proposals, keeps them in memory and offers the export", async () => {
    const { context, page } = await newProfile();
    // A browser without IndexedDB, as in some private modes.
    await context.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    const alert = page.locator(".storage-problem");
    await expect.poll(() => alert.innerText()).toContain("Deze browser kan voorstellen niet bewaren");
    await proposeAt(page, { x: 820, y: 420 }, "Alleen in het geheugen", false);
    await expect.poll(() => listNames(page)).toEqual(["Alleen in het geheugen"]);
    expect(await page.locator(".save-state").count(), "never claims it saved").toBe(0);
    const [download] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "Download als bestand" }).click()]);
    expect(JSON.parse(await readFile(await savedDownload(download), "utf8")).features[0].properties.name).toBe("Alleen in het geheugen");
    await context.close();
  });

  it("shows a hostile name as text in the list, the details and the map label, and runs nothing", async () => {
    const hostile = "<img src=x onerror=window.__pwned=1>";
    const { page, context } = await openApp(browser, baseUrl);
    await proposeAt(page, { x: 820, y: 420 }, hostile);
    await expect.poll(() => listNames(page)).toEqual([hostile]);
    expect(await page.locator(".proposal-details .proposal-name").innerText()).toBe(hostile);
    expect((await onMap(page)).map((p) => p.name)).toEqual([hostile]);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => listNames(page)).toEqual([hostile]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await context.close();
  });

  it("keeps two tabs of one profile in step", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    const second = await context.newPage();
    await second.goto(baseUrl);
    await waitForMapIdle(second);
    await proposeAt(page, { x: 820, y: 420 }, "Buurthuiskamer");
    await expect.poll(() => listNames(second), { timeout: 10_000 }).toEqual(["Buurthuiskamer"]);
    await second.getByRole("button", { name: "Geef Buurthuiskamer een stem" }).click();
    await expect.poll(() => page.locator(".proposal-row .support-count").innerText(), { timeout: 10_000 }).toBe("1 stem");
    await context.close();
  });

  it("links a proposal made on an existing square to that square", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    // A screen point inside a drawn square, checked by asking the map what is there.
    const square = await page.evaluate(() => {
      type F = { geometry: { type: string; coordinates: [number, number][][] }; properties: { id: string; name: string } };
      const map = window.__ontmoetingskaartMap as {
        queryRenderedFeatures(p?: [number, number] | { layers: string[] }, o?: { layers: string[] }): F[];
        project(c: [number, number]): { x: number; y: number };
        getCanvas(): HTMLCanvasElement;
      };
      const box = map.getCanvas().getBoundingClientRect();
      for (const f of map.queryRenderedFeatures({ layers: ["squares-fill"] })) {
        if (f.geometry.type !== "Polygon") continue;
        const ring = f.geometry.coordinates[0];
        const mid: [number, number] = [ring.reduce((s, c) => s + c[0], 0) / ring.length, ring.reduce((s, c) => s + c[1], 0) / ring.length];
        const p = map.project(mid);
        if (p.x < 420 || p.x > box.width - 60) continue; // not under the panel or the controls
        const hit = map.queryRenderedFeatures([p.x, p.y], { layers: ["squares-fill"] })[0];
        if (hit?.properties.id === f.properties.id) return { x: box.left + p.x, y: box.top + p.y, id: f.properties.id, name: f.properties.name };
      }
      return null;
    });
    expect(square).not.toBeNull();
    await page.getByRole("button", { name: "Stel een plek voor" }).click();
    await page.mouse.click(square!.x, square!.y);
    await expect.poll(() => form(page).locator(".reuse-note").innerText()).toBe(
      `Je stelt iets nieuws voor op een plek die er al is: Pleinen, ${square!.name}.`,
    );
    await form(page).getByLabel("Naam van de plek").fill("Pleinanimatie");
    await save(page);
    expect((await stored(page))[0].linkedFeature).toEqual({ layer: "squares", featureId: square!.id });
    await context.close();
  });

  it("tells plainly when the location is refused, and uses it when it is shared", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    await page.getByRole("button", { name: "Stel een plek voor" }).click();
    await page.getByRole("button", { name: "Gebruik mijn locatie" }).click();
    await expect.poll(() => page.locator(".geo-error").innerText()).toMatch(/locatie/);
    await context.grantPermissions(["geolocation"]);
    await context.setGeolocation({ longitude: 3.001, latitude: 52.101 });
    await page.getByRole("button", { name: "Gebruik mijn locatie" }).click();
    await expect.poll(() => form(page).count()).toBe(1);
    await form(page).getByLabel("Naam van de plek").fill("Hier bij mij");
    await save(page);
    expect((await stored(page))[0].location.coordinates).toEqual([3.001, 52.101]);
    await context.close();
  });

  it("is usable on a 375×740 phone, and a proposal can be dragged with a finger", async () => {
    const viewport = { width: 375, height: 740 };
    const { page, context } = await newProfile({ viewport, hasTouch: true });
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    await page.getByRole("button", { name: "Stel een plek voor" }).click();
    await page.mouse.click(190, 160);
    await expect.poll(() => form(page).count()).toBe(1);
    await fillForm(page, "Speelplein voor iedereen");
    const box = await form(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "no horizontal scrolling").toBeLessThanOrEqual(viewport.width);
    for (const control of await form(page).locator("input, textarea, button").all()) {
      const b = await control.boundingBox();
      if (b) expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
    }
    const saveButton = await form(page).getByRole("button", { name: "Opslaan" }).boundingBox();
    expect(saveButton!.height).toBeGreaterThanOrEqual(32);
    console.log(`screenshot: ${await screenshot(page, "proposals-form-375x740.png")}`);
    await save(page);
    const [before] = await stored(page);
    expect(before.name).toBe("Speelplein voor iedereen");

    const [drawn] = await onMap(page);
    const cdp = await context.newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y }] });
    await touch("touchStart", drawn.x, drawn.y);
    for (let step = 1; step <= 6; step++) await touch("touchMove", drawn.x + step * 10, drawn.y + step * 5);
    await touch("touchEnd", drawn.x + 60, drawn.y + 30);
    await expect.poll(async () => (await stored(page))[0].location.coordinates[0]).toBeGreaterThan(before.location.coordinates[0]);
    expect((await stored(page))[0].location.coordinates[1]).toBeLessThan(before.location.coordinates[1]);
    await context.close();
  });
});
