import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { messages } from "../../../src/i18n/messages/analysis.ts";

describe("analysis messages", () => {
  it("has the same keys in Dutch and English", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
  });

  it("has every message key the engine and worker emit", () => {
    const dir = join(import.meta.dirname, "../../../src/analysis");
    const used = new Set<string>();
    // recursive: the engine's parts live in src/analysis/engine/
    for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".ts"))) for (const m of readFileSync(join(dir, f), "utf8").matchAll(/"(analysis\.(?:warning|speed|norm)\.[A-Za-z]+)"/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(8);
    // A counted text exists only in its plural forms ("…_one", "…_other"); i18next picks one by count.
    for (const k of used) expect(k in messages.nl || `${k}_other` in messages.nl, k).toBe(true);
  });
});
