import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n, createI18nIn, directionOf, mergedMessages, preferredLanguage } from "../../../src/i18n";
import { LAYERS, LAYER_IDS } from "../../../src/layers/definitions";

const root = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

describe("i18n", () => {
  it("has the same keys in Dutch and English", () => {
    const { nl, en } = mergedMessages();
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, text] of Object.entries(nl)) expect(text, key).not.toBe("");
  });

  it("defaults to Dutch and translates layer names", () => {
    const i18n = createI18n();
    expect(i18n.language).toBe("nl");
    expect(LAYER_IDS.map((id) => i18n.t(LAYERS[id].labelKey))).toEqual(["Ontmoetingsplekken", "Pleinen", "Groen", "Lege gebouwen en grond", "Banken"]);
    expect(createI18n("en").t("layers.count", { count: 1 })).toBe("1 place");
  });

  it("follows the browser's languages on a first visit, Dutch when none is ours", () => {
    expect(preferredLanguage(["tr-TR", "en-US"])).toBe("tr");
    expect(preferredLanguage(["ar-MA"])).toBe("ar");
    expect(preferredLanguage(["es-ES", "fr-BE", "nl"])).toBe("fr");
    expect(preferredLanguage(["de_BE"])).toBe("de");
    expect(preferredLanguage(["es", "pt-BR"])).toBe("nl");
    expect(preferredLanguage([])).toBe("nl");
  });

  it("loads another language on demand and lays Arabic out right to left", async () => {
    const tr = await createI18nIn("tr");
    expect(tr.language).toBe("tr");
    expect(tr.t("app.language")).not.toBe(createI18n("nl").t("app.language"));
    expect(tr.t("app.language")).not.toBe(createI18n("en").t("app.language"));
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("tr")).toBe("ltr");
  });

  it("finds every t('key') used in the app in the catalogue", () => {
    const { nl } = mergedMessages();
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(root, "src/app")).concat(sourceFiles(path.join(root, "src/map")))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bt\("([a-zA-Z0-9_.]+)"/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((k) => !(k in nl) && !(`${k}_one` in nl));
    expect(missing).toEqual([]);
  });
});
