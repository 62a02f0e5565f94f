/**
 * Nothing is lost and nothing breaks, in real Chromium with real IndexedDB: two tabs of one
 * profile editing and voting at once, a corrupt dataset record, a full storage, hostile
 * messages on the projector's channel, and ids that are JavaScript names.
 */
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openApp, waitForMapIdle, savedDownload } from "./app-page";
import { connectSharedBrowser } from "./shared-browser";
import { guardNetwork } from "./chromium";

const baseUrl = inject("baseUrl");

let browser: Browser;
connectSharedBrowser((b) => (browser = b));

interface Stored {
  id: string;
  name: string;
  description: string;
  support: number;
}

/** The records of one store of one database, read directly (not through the app). */
function readStore<T>(page: Page, db: string, store: string): Promise<T[]> {
  return page.evaluate(
    ([dbName, storeName]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(storeName).objectStore(storeName).getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as T[]).sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id))));
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [db, store] as const,
  );
}
const storedProposals = (page: Page) => readStore<Stored>(page, "ontmoetingskaart", "proposals");

const form = (page: Page) => page.getByRole("dialog", { name: /Nieuwe plek voorstellen|Voorstel aanpassen/ });
const listNames = (page: Page) => page.locator(".proposal-list .proposal-name").allInnerTexts();

async function proposeAt(page: Page, point: { x: number; y: number }, name: string) {
  await page.getByRole("button", { name: "Stel een plek voor" }).click();
  await page.mouse.click(point.x, point.y);
  await form(page).getByLabel("Naam van de plek").fill(name);
  await form(page).getByRole("button", { name: "Opslaan" }).click();
  await expect.poll(() => page.locator(".save-state").innerText()).toBe("Opgeslagen");
}

async function openEdit(page: Page, name: string) {
  await page.getByRole("button", { name: `${name}: toon op de kaart` }).click();
  await page.getByRole("button", { name: "Aanpassen" }).click();
  await form(page).waitFor();
}

/** Two tabs of one profile, the first with one proposal both can see. */
async function twoTabs(name: string) {
  const a = await openApp(browser, baseUrl);
  const b = await a.context.newPage();
  const errors: string[] = [];
  b.on("pageerror", (e) => errors.push(String(e)));
  await b.goto(baseUrl);
  await waitForMapIdle(b);
  await proposeAt(a.page, { x: 820, y: 420 }, name);
  await expect.poll(() => listNames(b), { timeout: 10_000 }).toEqual([name]);
  return { a: a.page, b, context: a.context, errors: [...a.errors, ...errors] };
}

describe("two tabs of one profile", () => {
  it("keeps tab A's rename when tab B saves an edit it opened before the rename, and asks when both changed the name", async () => {
    const { a, b, context, errors } = await twoTabs("Buurthuiskamer");
    await openEdit(b, "Buurthuiskamer");
    await openEdit(a, "Buurthuiskamer");
    await form(a).getByLabel("Naam van de plek").fill("Huiskamer van de buurt");
    await form(a).getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => storedProposals(a)).toMatchObject([{ name: "Huiskamer van de buurt" }]);

    // Tab B's form still shows the old name; it changes only the description.
    expect(await form(b).getByLabel("Naam van de plek").inputValue()).toBe("Buurthuiskamer");
    await form(b).getByLabel("Vertel meer (niet verplicht)").fill("Elke woensdag koffie.");
    await form(b).getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => form(b).count()).toBe(0);
    await expect.poll(() => storedProposals(b)).toMatchObject([{ name: "Huiskamer van de buurt", description: "Elke woensdag koffie." }]);
    await expect.poll(() => listNames(b)).toEqual(["Huiskamer van de buurt"]);
    await expect.poll(() => listNames(a)).toEqual(["Huiskamer van de buurt"]);

    // Both change the name from the same version: the later save asks, a second save keeps it.
    await openEdit(a, "Huiskamer van de buurt");
    await openEdit(b, "Huiskamer van de buurt");
    await form(a).getByLabel("Naam van de plek").fill("Naam van A");
    await form(a).getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => listNames(b)).toEqual(["Naam van A"]);
    await form(b).getByLabel("Naam van de plek").fill("Naam van B");
    await form(b).getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => form(b).innerText()).toContain("Dit is intussen in een ander tabblad veranderd");
    expect(await storedProposals(b)).toMatchObject([{ name: "Naam van A", description: "Elke woensdag koffie." }]);
    await form(b).getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => storedProposals(b)).toMatchObject([{ name: "Naam van B", description: "Elke woensdag koffie." }]);
    await expect.poll(() => listNames(a)).toEqual(["Naam van B"]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("counts 5 votes from each tab, given at the same time, as 10", async () => {
    const { a, b, context } = await twoTabs("Stemkamer");
    const vote = async (page: Page) => {
      for (let i = 0; i < 5; i++) await page.getByRole("button", { name: "Geef Stemkamer een stem" }).first().click();
    };
    await Promise.all([vote(a), vote(b)]);
    await expect.poll(() => storedProposals(a), { timeout: 10_000 }).toMatchObject([{ support: 10 }]);
    for (const page of [a, b]) await expect.poll(() => page.locator(".proposal-row .support-count").innerText(), { timeout: 10_000 }).toBe("10 stemmen");
    await context.close();
  });
});

describe("closing a tab", () => {
  it("asks first while a save is in flight, and not once it is saved", async () => {
    const { a, b, context } = await twoTabs("Eerste plek");
    // Tab B holds the proposals store until told to let go (a minute at most): tab A's next write
    // has to wait however slowly this machine clicks through the form.
    await b.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open("ontmoetingskaart");
          open.onsuccess = () => {
            const tx = open.result.transaction("proposals", "readwrite");
            const store = tx.objectStore("proposals");
            const end = Date.now() + 60_000;
            const held = window as unknown as { releaseProposals?: boolean };
            const spin = (): void => {
              if (!held.releaseProposals && Date.now() < end) store.get("none").onsuccess = spin;
            };
            spin();
            tx.oncomplete = () => open.result.close();
            resolve();
          };
        }),
    );
    await a.getByRole("button", { name: "Stel een plek voor" }).click();
    await a.mouse.click(900, 450);
    await form(a).getByLabel("Naam van de plek").fill("Tweede plek");
    await form(a).getByRole("button", { name: "Opslaan" }).click();
    expect(await a.locator(".save-state").getAttribute("data-save-status")).toBe("saving");
    const asked: string[] = [];
    a.on("dialog", (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await a.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(["beforeunload"]);
    expect(a.isClosed(), "the resident chose to stay").toBe(false);
    await b.evaluate(() => ((window as unknown as { releaseProposals?: boolean }).releaseProposals = true));
    await expect.poll(() => a.locator(".save-state").getAttribute("data-save-status"), { timeout: 10_000 }).toBe("saved");
    await a.close({ runBeforeUnload: true });
    await expect.poll(() => a.isClosed()).toBe(true);
    expect(asked).toEqual(["beforeunload"]);
    expect((await storedProposals(b)).map((p) => p.name).sort()).toEqual(["Eerste plek", "Tweede plek"]);
    await context.close();
  });
});

const benchFile = (name: string) => ({
  name,
  mimeType: "application/geo+json",
  buffer: Buffer.from(JSON.stringify({
    type: "FeatureCollection",
    features: [[3.001, 52.1], [3.002, 52.101], [2.999, 52.099]].map((c, i) => ({ type: "Feature", properties: { naam: `bank ${i}` }, geometry: { type: "Point", coordinates: c } })),
  })),
});

async function addBenches(page: Page, name: string) {
  await page.getByTestId("import-file-input").setInputFiles(benchFile(name));
  const dialog = page.locator("dialog.kind-dialog[open]");
  await dialog.waitFor({ timeout: 60_000 });
  await dialog.locator('select[name="kind"]').selectOption("benches");
  await dialog.getByRole("button", { name: /Toevoegen/ }).click();
  await dialog.waitFor({ state: "detached" });
}

const datasetFiles = (page: Page) =>
  page.evaluate(() => (window.__ontmoetingskaartStore as unknown as { getState(): { datasets: { sourceFile: string; origin: string }[] } }).getState().datasets.filter((d) => d.origin !== "demo").map((d) => d.sourceFile));

describe("storage faults", () => {
  it("leaves a corrupt dataset record out alone, says so, and loads the others", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    await addBenches(page, "goede-banken.geojson");
    await expect.poll(() => readStore<{ sourceFile: string }>(page, "ontmoetingskaart-data", "datasets").then((r) => r.map((d) => d.sourceFile))).toEqual(["goede-banken.geojson"]);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("ontmoetingskaart-data");
          open.onsuccess = () => {
            const tx = open.result.transaction("datasets", "readwrite");
            tx.objectStore("datasets").put({ id: "kapot", name: "kapot", sourceFile: "kapot.geojson", kind: "benches", features: null, crs: "EPSG:4326", origin: "file", hidden: false });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await waitForMapIdle(page);
    const notice = page.locator(".dataset-storage-notice");
    await expect.poll(() => notice.innerText()).toContain("We konden 1 bewaard bestand niet lezen");
    expect(await datasetFiles(page)).toEqual(["goede-banken.geojson"]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says where the file was added that a full storage cannot keep it, and offers it as a download", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await guardNetwork(context);
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
        if (this.name === "datasets") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return put.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    await addBenches(page, "veel-banken.geojson");
    const notice = page.locator(".data-panel .dataset-storage-notice");
    await expect.poll(() => notice.innerText()).toContain("Er is geen plaats meer in de browser");
    expect(await notice.innerText()).toContain("na herladen is het weg");
    const [download] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: /downloaden/ }).click()]);
    expect(JSON.parse(await readFile(await savedDownload(download), "utf8")).features).toHaveLength(3);
    await page.reload();
    await waitForMapIdle(page);
    expect(await datasetFiles(page), "the message told the truth: it was not kept").toEqual([]);
    await context.close();
  });
});

describe("the projector", () => {
  it("ignores hostile messages on the mirror channel and shows the next valid snapshot", async () => {
    const { page, context } = await openApp(browser, baseUrl);
    const projector = await context.newPage();
    const errors: string[] = [];
    projector.on("pageerror", (e) => errors.push(String(e)));
    await projector.goto(`${baseUrl}#screen=projector`);
    await waitForMapIdle(projector);
    await page.evaluate(() => {
      const channel = new BroadcastChannel("ontmoetingskaart-mirror");
      for (const snapshot of [{ v: 1, view: null }, { v: 1, proposals: { constructor: {} } }, null, { v: 1, view: { center: "x" }, language: "<b>" }]) {
        channel.postMessage({ type: "snapshot", snapshot });
      }
      channel.postMessage("snapshot");
      channel.close();
    });
    await projector.waitForTimeout(300);
    expect(await projector.locator(".app").count(), "the projector is still there").toBe(1);
    await page.evaluate(() => (window.__ontmoetingskaartMap as { jumpTo(o: object): void }).jumpTo({ center: [3.004, 52.102], zoom: 16.2 }));
    await expect.poll(() => projector.evaluate(() => (window.__ontmoetingskaartMap as { getZoom(): number }).getZoom())).toBeCloseTo(16.2, 3);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("ids that are JavaScript names", () => {
  const IDS = ["__proto__", "constructor", "toString"];
  const file = () => ({
    name: "namen.geojson",
    mimeType: "application/geo+json",
    buffer: Buffer.from(
      // Written as text: a "__proto__" member must reach the app as it would from a real file.
      `{"type":"FeatureCollection","features":[${IDS.map((id, i) => JSON.stringify({
        type: "Feature",
        geometry: { type: "Point", coordinates: [3.0 + i * 0.001, 52.1] },
        properties: { schemaVersion: 2, id, name: `Plek ${id}`, practices: [], customPractice: "", description: "", audiences: [], days: [], timeText: "", needs: [], status: "idea", support: 0, created: "2026-03-01T10:00:00.000Z", updated: "2026-03-01T10:00:00.000Z" },
      })).join(",")}]}`,
    ),
  });

  it("go through file import, share link and delete like any other id", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    await page.getByLabel("Voorstellen uit een bestand laden").setInputFiles(file());
    await expect.poll(() => page.locator(".proposal-notice").innerText()).toContain("namen.geojson: 3 nieuw, 0 bijgewerkt, 0 overgeslagen.");
    await expect.poll(() => storedProposals(page).then((r) => r.map((p) => p.id))).toEqual([...IDS].sort());
    expect((await listNames(page)).sort()).toEqual(IDS.map((id) => `Plek ${id}`).sort());

    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl).origin });
    await page.getByRole("button", { name: "Deel alle voorstellen" }).click();
    const link = await page.getByLabel("Link om te delen").inputValue();
    const other = await openApp(browser, baseUrl, { hash: link.slice(link.indexOf("#")) });
    const dialog = other.page.getByRole("dialog", { name: "Iemand deelde voorstellen met je" });
    await dialog.getByRole("button", { name: "Toevoegen", exact: true }).click();
    await expect.poll(() => storedProposals(other.page).then((r) => r.map((p) => p.id))).toEqual([...IDS].sort());
    expect(other.errors).toEqual([]);
    await other.context.close();

    await page.getByRole("button", { name: "Plek toString: toon op de kaart" }).click();
    await page.getByRole("button", { name: "Verwijderen" }).click();
    await expect.poll(() => storedProposals(page).then((r) => r.map((p) => p.id))).toEqual(["__proto__", "constructor"]);
    expect((await listNames(page)).sort()).toEqual(["Plek __proto__", "Plek constructor"]);
    await page.reload();
    await waitForMapIdle(page);
    expect((await listNames(page)).sort()).toEqual(["Plek __proto__", "Plek constructor"]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
