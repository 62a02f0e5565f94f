/**
 * The workshop end to end in real Chromium: presentation mode on a 1920×1080 projector, the
 * keyboard step bar, a mirrored projector window (two pages in one browser context), the
 * printable report as a PDF, the PNG map export, and CSV/GeoJSON downloads.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { inflateSync } from "node:zlib";
import type { Browser, Download, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { DISTANCE_CLASSES } from "../../src/coverage/distance-classes";
import { exportLayout } from "../../src/map/export-layout";
import { createProposal } from "../../src/proposals";
import type { AppState } from "../../src/state/types";
import { coverageReady, openApp, renderedCounts, RESULTS_DIR, savedDownload, screenshot, waitForMapIdle } from "./app-page";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");
const nl = (n: number, digits = 0) => new Intl.NumberFormat("nl", { maximumFractionDigits: digits }).format(n);

let browser: Browser;
connectSharedBrowser((b) => (browser = b));
beforeAll(async () => {
  await mkdir(RESULTS_DIR, { recursive: true });
});

/** Reads part of the page's store (plain, serialisable state). */
function state<T>(page: Page, pick: (s: AppState) => T): Promise<T> {
  return page.evaluate(`(${pick.toString()})(window.__ontmoetingskaartStore.getState())`) as Promise<T>;
}

/** Waits until the coverage worker has reported figures and gaps. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download") as Promise<Download>, click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await savedDownload(download)) };
}

const px = (value: string) => Number.parseFloat(value);

/** Text sizes and halos of every label MapLibre draws now, as it evaluated them per feature. */
function drawnLabelSizes(page: Page): Promise<{ count: number; minSize: number; minHalo: number }> {
  return page.evaluate(() => {
    type Drawn = { layer: { type: string; layout?: Record<string, unknown>; paint?: Record<string, unknown> } };
    const map = window.__ontmoetingskaartMap as { queryRenderedFeatures(): Drawn[] };
    const labels = map.queryRenderedFeatures().filter((f) => f.layer.type === "symbol" && f.layer.layout?.["text-field"] !== undefined && typeof f.layer.layout?.["text-size"] === "number");
    return {
      count: labels.length,
      minSize: Math.min(...labels.map((f) => f.layer.layout!["text-size"] as number)),
      minHalo: Math.min(...labels.map((f) => Number(f.layer.paint?.["text-halo-width"] ?? 0))),
    };
  });
}

/**
 * The fill colours a PDF paints with ("r g b rg" in its content streams, which Chromium writes
 * deflated), as "#rrggbb": what ends up on paper apart from images.
 */
function pdfFillColours(pdf: Buffer): Set<string> {
  const colours = new Set<string>();
  const text = pdf.toString("latin1");
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endstream", start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue; // not deflated content (fonts, images)
    }
    for (const [, r, g, b] of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg/g)) {
      colours.add("#" + [r, g, b].map((v) => Math.round(Number(v) * 255).toString(16).padStart(2, "0")).join(""));
    }
  }
  return colours;
}

describe("workshop in Chromium", () => {
  it("presents at 1920×1080 with large live figures and a keyboard step bar in the URL", async () => {
    const { page, context, errors, offLoopback } = await openApp(browser, baseUrl, { viewport: { width: 1920, height: 1080 } });
    await coverageReady(page);
    const viewBefore = await state(page, (s) => s.view);
    await page.getByRole("button", { name: "Presenteren", exact: true }).click();
    const overlay = page.getByTestId("presentation");
    await overlay.waitFor();
    await expect.poll(() => page.locator(".panel").isVisible()).toBe(false);
    // What was in view beside the panel is now between the figures card, the legend and the step
    // bar: the demo area's corners project into the part the overlays leave free.
    await waitForMapIdle(page);
    const corners = await page.evaluate(() => {
      const area = window.__ontmoetingskaartStore!.getState().datasets.find((d) => d.id === "demo-area")!;
      const map = window.__ontmoetingskaartMap as { project(c: [number, number]): { x: number; y: number } };
      const xs: number[] = [];
      const ys: number[] = [];
      const walk = (c: unknown): void => {
        if (Array.isArray(c) && typeof c[0] === "number") {
          const p = map.project(c as [number, number]);
          xs.push(p.x);
          ys.push(p.y);
        } else if (Array.isArray(c)) c.forEach(walk);
      };
      for (const f of area.features.features) walk((f.geometry as { coordinates: unknown }).coordinates);
      const card = document.querySelector(".presentation-card")!.getBoundingClientRect();
      const bar = document.querySelector(".presentation-bar")!.getBoundingClientRect();
      return { left: Math.min(...xs), right: Math.max(...xs), bottom: Math.max(...ys), cardRight: card.right, barTop: bar.top };
    });
    expect(corners.left, "the area starts right of the figures card").toBeGreaterThanOrEqual(corners.cardRight - 8);
    expect(corners.bottom, "the area ends above the step bar").toBeLessThanOrEqual(corners.barTop + 8);
    expect(corners.right).toBeLessThanOrEqual(1920);

    const share = await state(page, (s) => s.coverage.figures!.share);
    const big = page.getByTestId("big-share").locator(".big-value");
    expect(await big.innerText()).toBe(`${nl(share * 100, 1)} %`);
    const sizes = await page.evaluate(() => ({
      value: getComputedStyle(document.querySelector('[data-testid="big-share"] .big-value')!).fontSize,
      label: getComputedStyle(document.querySelector('[data-testid="big-share"] .big-label')!).fontSize,
      step: getComputedStyle(document.querySelector(".step-bar button")!).fontSize,
    }));
    expect(px(sizes.value), "headline figure font size").toBeGreaterThanOrEqual(96);
    expect(px(sizes.label), "figure label font size").toBeGreaterThanOrEqual(28);
    expect(px(sizes.step), "step bar font size").toBeGreaterThanOrEqual(28);
    await waitForMapIdle(page);
    console.log(`screenshot: ${await screenshot(page, "workshop-presentation-1920x1080.png")}; font sizes ${JSON.stringify(sizes)}`);

    // The map's own labels grow for the back row: every label drawn now is at least 24 px, with a
    // halo of at least 2 px (sizes as MapLibre evaluated them for each drawn feature).
    const labels = await drawnLabelSizes(page);
    expect(labels.count, "labels drawn on the projection").toBeGreaterThan(10);
    expect(labels.minSize, "smallest label on the projection, px").toBeGreaterThanOrEqual(24);
    expect(labels.minHalo).toBeGreaterThanOrEqual(2);

    // Step 1 is entered on start; → goes on, number keys jump, ← goes back, each in the URL.
    expect(await state(page, (s) => s.workshopStep)).toBe("situation");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => state(page, (s) => s.workshopStep)).toBe("gaps");
    expect(await state(page, (s) => [s.showCoverage, s.visible.benches])).toEqual([true, false]);
    await expect.poll(() => new URL(page.url()).hash).toContain("step=gaps");
    expect(await page.getByTestId("big-inGaps").locator(".big-value").innerText()).toBe(nl(await state(page, (s) => s.coverage.figures!.inGaps)));
    await page.keyboard.press("4");
    await expect.poll(() => state(page, (s) => s.workshopStep)).toBe("support");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => state(page, (s) => s.workshopStep)).toBe("proposals");
    expect(await page.locator('.step-bar [aria-current="step"]').innerText()).toContain("Voorstellen");
    // The residents' QR code is on the big screen during the proposals step, with its accessible name.
    await expect.poll(() => page.getByRole("img", { name: /QR-code/ }).locator("path").getAttribute("d")).toMatch(/^M\d+ \d+h1v1h-1z/);
    // Served from this machine's loopback (as here), the room is told that phones cannot open it yet.
    expect(await page.locator(".presentation-qr .notice").innerText()).toMatch(/^Let op: deze kaart draait nu alleen op deze computer/);
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#map=[\d.]+\/[\d.]+\/[\d.]+&layers=meeting,squares,vacant&lang=nl&step=proposals$/);

    // The trial place's gain appears large and live on the proposals step.
    await page.keyboard.press("Escape");
    await expect.poll(() => state(page, (s) => s.presenting)).toBe(false);
    await expect.poll(() => page.locator(".panel").isVisible()).toBe(true);
    // Leaving gives the view back as it was, and every layer its own sizes; a large room makes the
    // next presentation larger still.
    await waitForMapIdle(page);
    const viewAfter = await state(page, (s) => s.view);
    expect(viewAfter.zoom).toBeCloseTo(viewBefore.zoom, 6);
    expect(viewAfter.center[0]).toBeCloseTo(viewBefore.center[0], 6);
    expect(viewAfter.center[1]).toBeCloseTo(viewBefore.center[1], 6);
    expect((await drawnLabelSizes(page)).minSize).toBeLessThan(24);
    await page.getByLabel("Grootte van de zaal").selectOption("large");
    await page.getByRole("button", { name: "Presenteren", exact: true }).click();
    await waitForMapIdle(page);
    expect((await drawnLabelSizes(page)).minSize).toBeGreaterThanOrEqual(30);
    await page.keyboard.press("Escape");
    await expect.poll(() => state(page, (s) => s.presenting)).toBe(false);
    await page.getByRole("button", { name: "Probeer hier een plek" }).click();
    await page.waitForFunction(() => window.__ontmoetingskaartStore?.getState().tryPlace?.gained !== undefined, undefined, { timeout: 60_000 });

    // Compare: baseline and trial place side by side, and the map toggles between their gaps.
    const [base, trial] = await state(page, (s) => [s.coverage.figures!.share, s.tryPlace!.figures!.share]);
    expect(await page.getByTestId("compare-baseline").innerText()).toContain(`${nl(base * 100, 1)} %`);
    expect(await page.getByTestId("compare-scenario").innerText()).toContain(`${nl(trial * 100, 1)} %`);
    const gaps = ["workshop-baseline-gaps-fill", "coverage-gaps-fill"];
    await page.getByRole("radio", { name: "Nu" }).check();
    await waitForMapIdle(page);
    const baseline = await renderedCounts(page, gaps);
    expect(baseline["workshop-baseline-gaps-fill"]).toBeGreaterThan(0);
    expect(baseline["coverage-gaps-fill"]).toBe(0);
    await page.getByRole("radio", { name: "Met de proefplek" }).check();
    await waitForMapIdle(page);
    const scenario = await renderedCounts(page, gaps);
    expect(scenario["workshop-baseline-gaps-fill"]).toBe(0);
    expect(scenario["coverage-gaps-fill"]).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Presenteren", exact: true }).click();
    const gained = await state(page, (s) => s.tryPlace!.gained!);
    await expect.poll(() => page.getByTestId("big-gain").locator(".big-value").innerText()).toBe(`+${nl(gained)}`);

    // A reload keeps the step from the URL.
    await page.reload();
    await waitForMapIdle(page);
    expect(await state(page, (s) => s.workshopStep)).toBe("proposals");
    expect(offLoopback).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("mirrors the facilitator's window in a projector window of the same browser", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    await coverageReady(page);
    // A gap in focus before the projector opens: only the projector's "hello" can bring it over.
    await page.locator(".gap-list button").nth(1).click();
    const firstGap = await state(page, (s) => s.selectedGap);
    const [projector] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: "Projectorvenster openen" }).click()]);
    await waitForMapIdle(projector);
    await expect.poll(() => state(projector, (s) => s.selectedGap)).toBe(firstGap);
    expect(new URL(projector.url()).hash).toContain("screen=projector");
    expect(await projector.evaluate(() => document.documentElement.dataset.screen)).toBe("projector");
    await projector.getByTestId("presentation").waitFor();
    expect(await projector.locator(".presentation button").count(), "the projector shows, it does not steer").toBe(0);

    // A layer toggled in the panel.
    await page.getByRole("checkbox", { name: "Banken tonen" }).click();
    await expect.poll(() => state(projector, (s) => s.visible.benches)).toBe(false);

    // The step, through presenting with the keyboard.
    await page.getByRole("button", { name: "Presenteren", exact: true }).click();
    await page.keyboard.press("2");
    await expect.poll(() => projector.locator('.step-bar [aria-current="step"]').innerText()).toContain("Buiten bereik");
    await page.keyboard.press("Escape");

    // The view.
    await page.evaluate(() => (window.__ontmoetingskaartMap as { jumpTo(o: object): void }).jumpTo({ center: [3.004, 52.102], zoom: 16.2 }));
    await expect.poll(() => projector.evaluate(() => (window.__ontmoetingskaartMap as { getZoom(): number }).getZoom())).toBeCloseTo(16.2, 3);

    // The trial place, placed and moved with the keyboard.
    await page.getByRole("button", { name: "Probeer hier een plek" }).click();
    await expect.poll(() => state(projector, (s) => s.tryPlace !== null)).toBe(true);
    await page.locator(".try-place-marker").focus();
    await page.keyboard.press("Shift+ArrowUp");
    const at = await state(page, (s) => s.tryPlace!.at);
    await expect.poll(() => state(projector, (s) => s.tryPlace?.at)).toEqual(at);
    // The projector's own worker counts the same gain for the mirrored place.
    await page.waitForFunction(() => window.__ontmoetingskaartStore?.getState().tryPlace?.gained !== undefined, undefined, { timeout: 60_000 });
    const gain = await state(page, (s) => s.tryPlace!.gained);
    await expect.poll(() => state(projector, (s) => s.tryPlace?.gained), { timeout: 60_000 }).toBe(gain);

    // Another gap in focus.
    await page.locator(".gap-list button").first().click();
    const gap = await state(page, (s) => s.selectedGap);
    await expect.poll(() => state(projector, (s) => s.selectedGap)).toBe(gap);
    await waitForMapIdle(projector);
    console.log(`screenshot: ${await screenshot(projector, "workshop-projector-window.png")}`);

    // Closing the projector loses nothing in the facilitator's window.
    await projector.close();
    expect(await state(page, (s) => [s.visible.benches, s.selectedGap])).toEqual([false, gap]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("prints the report to an A4 PDF with the headings, figures, gaps and proposals", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    await page.evaluate(() => {
      // Headless Chromium has no print dialog; count the calls instead.
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await coverageReady(page);
    const proposals = [
      createProposal({ location: [3.0, 52.1], name: "Buurtkamer in de oude bibliotheek" }, new Date("2026-03-01T10:00:00Z"), "p-bieb"),
      createProposal({ location: [3.002, 52.101], name: "Bankjes bij het plein" }, new Date("2026-03-01T11:00:00Z"), "p-plein"),
    ].map((p, i) => ({ ...p, support: 7 - 3 * i }));
    await page.evaluate((list) => window.__ontmoetingskaartStore!.getState().replaceProposals(Object.fromEntries(list.map((p) => [p.id, p]))), proposals);

    await page.getByRole("button", { name: "Rapport afdrukken" }).click();
    await page.getByTestId("report-map-image").waitFor({ timeout: 60_000 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(new URL(page.url()).hash).toContain("view=report");

    const figures = await state(page, (s) => s.coverage.figures!);
    const gaps = await state(page, (s) => s.coverage.gapList!.filter((g) => g.residents >= 0.5));
    const shareText = `${nl(figures.share * 100, 1)} % binnen bereik`;
    const dom = await page.locator(".report").innerText();
    for (const heading of ["De belangrijkste cijfers", "Kaart", "Buiten bereik: de gebieden met de meeste inwoners eerst", "Voorstellen", "Bronnen en instellingen"]) expect(dom).toContain(heading);
    expect(dom).toContain(shareText);

    console.log(`screenshot: ${await screenshot(page, "workshop-report-screen.png")}`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#root").isVisible(), "the app is hidden on paper").toBe(false);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(50_000);
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { text } = await extractText(doc, { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    for (const expected of ["Rapport: ontmoetingsplekken op wandelafstand", "De belangrijkste cijfers", "Buiten bereik: de gebieden met de meeste inwoners eerst", "Bronnen en instellingen", shareText]) {
      expect(flat).toContain(expected);
    }
    expect(flat).toContain("Buurtkamer in de oude bibliotheek");
    expect(flat).toMatch(new RegExp(`Buurtkamer in de oude bibliotheek Idee 7`));
    expect(flat).toContain(`1 ${nl(Math.round(gaps[0].residents))}`);
    expect(flat, "buttons are not printed").not.toContain("Rapport sluiten");
    await writeFile(path.join(RESULTS_DIR, "workshop-report-a4.pdf"), pdf);
    console.log(`report PDF: ${pdf.length} bytes, ${doc.numPages} page(s), saved as test-results/workshop-report-a4.pdf`);

    // On paper as a print dialog makes it by default, without "background graphics": the legend
    // is there as text of at least 8 pt, and its swatches are painted in their own colours.
    const legend = await page.locator(".report .distance-legend li").evaluateAll((items) => items.map((li) => parseFloat(getComputedStyle(li).fontSize) * 0.75));
    expect(legend.length).toBeGreaterThanOrEqual(DISTANCE_CLASSES.length + 2);
    expect(Math.min(...legend), "legend text in points").toBeGreaterThanOrEqual(8);
    const plainPdf = await page.pdf({ format: "A4" });
    await writeFile(path.join(RESULTS_DIR, "workshop-report-a4-no-backgrounds.pdf"), plainPdf);
    const plain = await getDocumentProxy(new Uint8Array(plainPdf));
    const caption = await page.locator(".report .distance-legend figcaption").innerText();
    expect((await extractText(plain, { mergePages: true })).text.replace(/\s+/g, " ")).toContain(caption);
    const fills = pdfFillColours(plainPdf);
    for (const c of DISTANCE_CLASSES) expect(fills, `swatch ${c.color} on paper`).toContain(c.color.toLowerCase());
    expect(errors).toEqual([]);
    await context.close();
  });

  it("exports the map as a PNG at twice the screen size with the legend drawn in", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    await coverageReady(page);
    await waitForMapIdle(page);
    const size = await page.evaluate(() => {
      const el = document.querySelector(".map")!;
      return { w: el.clientWidth, h: el.clientHeight };
    });
    const { name, bytes } = await downloaded(page, () => page.getByRole("button", { name: "Kaartbeeld (PNG)" }).click());
    expect(name).toMatch(/^kaart-\d{4}-\d{2}-\d{2}\.png$/);
    await writeFile(path.join(RESULTS_DIR, "workshop-map-export.png"), bytes);
    const legendRows = 8 + 5; // six distance classes, unreached, gap; five visible layers
    const layout = exportLayout(size.w, size.h, 2, legendRows);
    const decoded = await page.evaluate(
      async ({ b64, legend }) => {
        const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(bitmap, 0, 0);
        const data = ctx.getImageData(legend.x, legend.y, legend.w, legend.h).data;
        const colours = new Set<string>();
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) {
          colours.add(`#${[data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, "0")).join("")}`);
          if (data[i] + data[i + 1] + data[i + 2] < 200) dark++;
        }
        return { width: bitmap.width, height: bitmap.height, colours: [...colours], dark };
      },
      { b64: bytes.toString("base64"), legend: layout.legend },
    );
    expect([decoded.width, decoded.height]).toEqual([size.w * 2, size.h * 2]);
    expect(decoded.dark, "legend text and swatches").toBeGreaterThan(1000);
    for (const c of DISTANCE_CLASSES) expect(decoded.colours, `legend swatch ${c.color}`).toContain(c.color);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("downloads gaps and proposals as CSV and GeoJSON that parse back to the shown figures", async () => {
    const { page, context, errors } = await openApp(browser, baseUrl);
    await coverageReady(page);
    const hostile = createProposal({ location: [3.001, 52.1005], name: "=HYPERLINK(\"x\")" }, new Date("2026-03-02T10:00:00Z"), "p-hostile");
    await page.evaluate((p) => window.__ontmoetingskaartStore!.getState().replaceProposals({ [p.id]: { ...p, support: 3 } }), hostile);

    const gapsFile = await downloaded(page, () => page.getByRole("button", { name: "Buiten bereik (CSV)" }).click());
    expect(gapsFile.name).toMatch(/^buiten-bereik-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = gapsFile.bytes.toString("utf8");
    // A byte order mark, so that Excel reads the file as UTF-8; headers and decimals in Dutch.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).trim().split("\r\n").map((line) => line.split(";"));
    expect(header).toEqual(["Nr.", "Inwoners", "Oppervlakte (m²)", "Westkant (lengtegraad)", "Zuidkant (breedtegraad)", "Oostkant (lengtegraad)", "Noordkant (breedtegraad)", "Bronnen"]);
    expect(rows[0][3]).toMatch(/^-?\d+,\d+$/);
    // Every row names the data the figures come from: the demo, while only the demo is loaded.
    expect(new Set(rows.map((r) => r[7]))).toEqual(new Set(["Ontmoetingswijk"]));
    // The panel's gap list shows the first gaps with their residents: the CSV says the same.
    const shown = await page.locator(".gap-list button").evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).innerText.replace(/\s+/g, " ")));
    expect(rows.length).toBeGreaterThanOrEqual(shown.length);
    shown.forEach((label, i) => expect(label).toContain(`Gebied ${rows[i][0]} buiten bereik ${nl(Number(rows[i][1]))} inwoners`));

    const geo = JSON.parse((await downloaded(page, () => page.getByRole("button", { name: "Buiten bereik (GeoJSON)" }).click())).bytes.toString("utf8"));
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.sources).toBe("Ontmoetingswijk");
    expect(geo.features.map((f: { properties: { rank: number; residents: number } }) => [String(f.properties.rank), String(f.properties.residents)])).toEqual(
      rows.map((r) => [r[0], r[1]]),
    );

    const pcsv = (await downloaded(page, () => page.getByRole("button", { name: "Voorstellen (CSV)" }).click())).bytes.toString("utf8");
    const [pHeader, pRow] = pcsv.slice(1).trim().split("\r\n");
    expect(pHeader.split(";").slice(0, 4)).toEqual(["Code", "Naam", "Stap", "Stemmen"]);
    expect(pRow.startsWith(`p-hostile;"'=HYPERLINK(""x"")";Idee;3;`), pRow).toBe(true);
    const pgeo = JSON.parse((await downloaded(page, () => page.getByRole("button", { name: "Voorstellen (GeoJSON)" }).click())).bytes.toString("utf8"));
    expect(pgeo.features[0].properties).toMatchObject({ id: "p-hostile", name: "=HYPERLINK(\"x\")", support: 3 });
    expect(pgeo.features[0].geometry.coordinates).toEqual([3.001, 52.1005]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
