import type { Page } from "playwright-core";

export interface FocusInfo {
  /** The focused control's accessible name as a user would hear it (roughly), or null on the page itself. */
  name: string | null;
  tag: string | null;
  /** On screen and not entirely hidden under something else (WCAG 2.4.11). */
  visible: boolean;
}

/**
 * The focused element, and whether any of five points of it (centre and four inset corners) is
 * on screen with the element itself on top there: entirely covered (by a sticky bar, a dialog,
 * the panel) or scrolled away counts as hidden. The map canvas counts as visible when on
 * screen: markers on top of it are part of the map, and its focus ring is drawn inside.
 */
export function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: null, tag: null, visible: false };
    const input = el as HTMLInputElement;
    const name = (
      el.getAttribute("aria-label") ??
      (input.labels?.[0]?.innerText || (el.getAttribute("aria-labelledby") && document.getElementById(el.getAttribute("aria-labelledby")!)?.innerText) || el.innerText || input.value || "")
    ).trim();
    const r = el.getBoundingClientRect();
    const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    const inset = (a: number, b: number) => a + Math.min(4, (b - a) / 2);
    const points: [number, number][] = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [inset(r.left, r.right), inset(r.top, r.bottom)],
      [r.right - Math.min(4, r.width / 2), inset(r.top, r.bottom)],
      [inset(r.left, r.right), r.bottom - Math.min(4, r.height / 2)],
      [r.right - Math.min(4, r.width / 2), r.bottom - Math.min(4, r.height / 2)],
    ];
    const onTop = el.matches(".maplibregl-canvas") || points.some(([x, y]) => {
      const top = document.elementFromPoint(x, y);
      return !!top && (top === el || el.contains(top) || (input.labels ? [...input.labels].some((l) => l.contains(top)) : false));
    });
    return { name, tag: el.tagName.toLowerCase(), visible: onScreen && onTop };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused control's name matches, checking at every stop
 * that focus is visible; each hidden stop is added to `hidden`. Throws after `max` presses.
 */
export async function tabTo(page: Page, name: string | RegExp, hidden: string[], options: { max?: number; back?: boolean; step?: string } = {}): Promise<FocusInfo> {
  const matches = (n: string | null) => n !== null && (typeof name === "string" ? n === name : name.test(n));
  const seen = new Set<string>();
  for (let i = 0; i < (options.max ?? 300); i++) {
    await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
    const info = await focusInfo(page);
    // Past the last control focus leaves the page for the browser's own bar (nothing to see), then comes back.
    if (!info.visible && info.tag !== null) hidden.push(`${options.step ?? String(name)}: ${info.tag} "${info.name}" hidden`);
    if (matches(info.name)) return info;
    seen.add(String(info.name).split("\n")[0]!);
  }
  throw new Error(`Tab never reached ${String(name)}; it passed ${[...seen].map((n) => `"${n}"`).join(", ")}`);
}
