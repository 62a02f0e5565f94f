// Keyboard users keep their place: focus moves to the control that replaces the one pressed,
// comes back after the presentation, and is never hidden under something else. Legends keep
// their colours in forced-colours mode (Windows high contrast).
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { languageMessages } from "../../src/i18n";
import { coverageReady, openApp } from "./app-page";
import { focusInfo, tabTo } from "./focus";
import { connectSharedBrowser } from "./shared-browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
connectSharedBrowser((b) => (browser = b));

/** The focused element's text and whether it can be seen (focus.ts). */
const focused = async (page: Page) => {
  const { name, visible } = await focusInfo(page);
  return { text: name, visible };
};

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

  it("lets a keyboard user propose, save, find, vote, change the norm, read the gaps and present, with focus always in sight", async () => {
    const t = await languageMessages("nl");
    const { page, context, errors } = await openApp(browser, baseUrl);
    await coverageReady(page);
    const hidden: string[] = [];
    const state = <T,>(pick: string) => page.evaluate((p) => (new Function("s", `return ${p}`) as (s: unknown) => T)(window.__ontmoetingskaartStore!.getState()), pick);
    const name = "Buurtkamer aan de vijver";

    // Propose: the button, then the crosshair on the map with the arrow keys, then Enter.
    await tabTo(page, t["proposalsUi.propose"]!, hidden, { step: "to propose" });
    await page.keyboard.press("Enter");
    expect((await focusInfo(page)).tag, "the map has focus for the arrow keys").toBe("canvas");
    for (const key of ["ArrowRight", "ArrowRight", "ArrowUp"]) await page.keyboard.press(key);
    await page.keyboard.press("Enter");
    // Fill: the name field has focus; a practice is ticked with Space; save with Enter.
    expect((await focusInfo(page)).name).toBe(t["proposalsUi.form.name"]);
    await page.keyboard.type(name);
    await tabTo(page, new RegExp(`^${t["proposals.practice.language-cafe.name"]}`), hidden, { step: "to a practice" });
    await page.keyboard.press("Space");
    await tabTo(page, t["proposalsUi.form.save"]!, hidden, { step: "to save" });
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".save-state").innerText(), { timeout: 15_000 }).toBe(t["proposalsUi.saved"]);
    const id = await state<string>("Object.values(s.proposalSession.state.proposals).find((p) => p.name === " + JSON.stringify(name) + ").id");
    expect(await state<string[]>(`s.proposalSession.state.proposals[${JSON.stringify(id)}].practices`)).toHaveLength(1);

    // Find it in the list and vote for it.
    await tabTo(page, new RegExp(name), hidden, { step: "to the proposal in the list" });
    await page.keyboard.press("Enter");
    await expect.poll(() => state<string | null>("s.selectedProposal")).toBe(id);
    await tabTo(page, new RegExp(`^\\+1 .*${name}`), hidden, { step: "to +1" });
    const support = await state<number>(`s.proposalSession.state.proposals[${JSON.stringify(id)}].support`);
    await page.keyboard.press("Enter");
    await expect.poll(() => state<number>(`s.proposalSession.state.proposals[${JSON.stringify(id)}].support`)).toBe(support + 1);

    // Change the norm with the arrow keys of its select; the figures follow.
    const before = await state<number>("s.coverage.figures.withinReach");
    await tabTo(page, new RegExp(`^${t["coverage.norm"]!.replace("?", "\\?")}`), hidden, { step: "to the norm" });
    // The arrow keys of the focused select, to the shortest norm (150 m: the demo has gaps there).
    const { index, target } = await page.evaluate(() => {
      const select = document.activeElement as HTMLSelectElement;
      return { index: select.selectedIndex, target: [...select.options].findIndex((o) => o.value === "woongroen") };
    });
    for (let i = index; i !== target; i += Math.sign(target - index)) await page.keyboard.press(target > index ? "ArrowDown" : "ArrowUp");
    await expect.poll(() => state<string>("s.coverageSettings.normId")).toBe("woongroen");
    await coverageReady(page);
    expect(await state<number>("s.coverage.figures.withinReach")).not.toBe(before);

    // Read the gaps: the first one in the list, chosen with Enter.
    await tabTo(page, new RegExp(`^${t["analysis.gap.title"]!.replace("{{rank}}", "1")}\\b`), hidden, { step: "to the first gap" });
    await page.keyboard.press("Enter");
    await expect.poll(() => state<string | null>("s.selectedGap")).not.toBeNull();
    // Read out: the gap's figure as the list shows it.
    const figure = await page.locator('.gap-list [aria-pressed="true"] .figure').innerText();
    await expect.poll(() => page.getByTestId("gap-announcer").innerText()).toContain(figure);

    // Present: the next step with the arrow key, and back with Escape.
    await tabTo(page, t["workshop.present"]!, hidden, { step: "to present" });
    await page.keyboard.press("Enter");
    await page.getByTestId("presentation").waitFor();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => state<string>("s.workshopStep")).toBe("gaps");
    expect((await focusInfo(page)).visible).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await focusInfo(page)).name).toBe(t["workshop.present"]);

    // On a phone, once round the whole page: the bottom sheet scrolls every stop into sight too.
    await page.setViewportSize({ width: 375, height: 740 });
    await tabTo(page, t["workshop.present"]!, hidden, { step: "375 px, once round" });
    await tabTo(page, t["workshop.present"]!, hidden, { step: "375 px, once round" });

    expect(hidden, "every focus stop on the way was in sight").toEqual([]);
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
