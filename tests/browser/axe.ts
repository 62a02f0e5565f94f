import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

// axe-core's own browser bundle, injected into the page as a script: the audit runs inside
// the real page (real styles, real layout), and nothing is fetched.
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core over the page (or one part of it) with the WCAG 2.0/2.1/2.2 A and AA rules, best
 * practices and the experimental rules (label-content-name-mismatch is one), and returns what it finds, one line per rule and element, so a failing test
 * says what to fix.
 */
export async function axeViolations(page: Page, options: { include?: string; exclude?: string[] } = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async ({ include, exclude }) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const context = { include: include ? [include] : [document], exclude: exclude.map((e) => [e]) };
    const result = await axe.run(context, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice", "experimental"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }, { include: options.include ?? null, exclude: options.exclude ?? [] });
}
