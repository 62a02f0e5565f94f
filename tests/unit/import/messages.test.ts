import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { messages } from "../../../src/i18n/messages/import.ts";
import { importFiles } from "../../../src/data/import/index.ts";
import { fixture } from "./helpers.ts";

describe("import messages", () => {
  it("has the same keys in Dutch and English, all in the import namespace", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
    expect(Object.keys(messages.nl).every((k) => k.startsWith("import."))).toBe(true);
  });

  it("renders every problem of the bad fixtures in both languages with the file name and no leftover placeholders", async () => {
    const names = ["kapot.geojson", "leeg.geojson", "rommel.geojson", "onbekend-crs.geojson", "geen-getallen.csv", "buiten-bereik.geojson", "zelfsnijdend.geojson", "verkeerde-types.geojson", "rd-new-xy.csv", "dubbelzinnig-xy.csv"];
    const { problems } = await importFiles(names.map(fixture), { maxBytes: 10_000 });
    expect(problems.length).toBeGreaterThanOrEqual(names.length);
    for (const lng of ["nl", "en"] as const) {
      const t = i18next.createInstance();
      await t.init({ lng, resources: { [lng]: { translation: messages[lng] } }, interpolation: { escapeValue: false } });
      for (const p of problems) {
        const text = t.t(p.key, p.params);
        expect(text).toContain(p.params.file);
        expect(text).not.toMatch(/\{\{|\$t\(|import\./);
      }
    }
  });
});
