// Numbers shown to people: the UI language's separators, residents whole, in messages too.
import { describe, expect, it } from "vitest";
import { addNumberFormats, formatCount, formatDecimal, formatHectares, formatMinutes, formatPercent } from "../../../src/app/coverage/format";
import { createI18n, mergedMessages } from "../../../src/i18n";

const i18nFor = (lang: "nl" | "en") => {
  const i18n = createI18n(lang);
  addNumberFormats(i18n);
  return i18n;
};

describe("number helpers", () => {
  it("group thousands and round whole things per language", () => {
    expect(formatCount(6902, "nl")).toBe("6.902");
    expect(formatCount(6902, "en")).toBe("6,902");
    expect(formatCount(2030.525390625, "nl")).toBe("2.031");
    expect(formatCount(2030.4, "en")).toBe("2,030");
  });

  it("write areas, decimals and shares with the language's decimal sign", () => {
    expect(formatHectares(886_123, "nl")).toBe("88,6");
    expect(formatHectares(886_123, "en")).toBe("88.6");
    expect(formatDecimal(3.6, "nl")).toBe("3,6");
    expect(formatPercent(0.4249, "nl")).toBe("42,5");
    expect(formatPercent(0.4249, "en")).toBe("42.5");
    // 1 200 m at 4.8 km/h is 15 minutes; 500 m is 6.25, shown to a tenth.
    expect(formatMinutes(1200, 4.8, "nl")).toBe("15");
    expect(formatMinutes(500, 4.8, "nl")).toBe("6,3");
  });
});

describe("numbers inside messages", () => {
  it("formats counts that also choose the plural", () => {
    expect(i18nFor("nl").t("layers.count", { count: 6902 })).toBe("6.902 plekken");
    expect(i18nFor("en").t("layers.count", { count: 6902 })).toBe("6,902 places");
    expect(i18nFor("nl").t("layers.count", { count: 1 })).toBe("1 plek");
    expect(i18nFor("nl").t("analysis.gap.residents", { count: 1234 })).toBe("1.234 inwoners buiten bereik");
  });

  it("agrees with the count, verbs too: '1 inwoner woont', '12.345 inwoners wonen'", () => {
    expect(i18nFor("nl").t("coverage.inGapsCount", { count: 1 })).toBe("1 inwoner woont verder weg. Deze inwoner woont buiten bereik.");
    expect(i18nFor("nl").t("coverage.inGapsCount", { count: 12345 })).toBe("12.345 inwoners wonen verder weg. Zij wonen buiten bereik.");
    expect(i18nFor("en").t("analysis.warning.skippedLines", { count: 1 })).toBe("1 item in the street data is not a line. We skipped it.");
    expect(i18nFor("nl").t("coverage.withinReachCount", { count: 1, total: 6902, minutes: "5", metres: 400 })).toBe("1 van de 6.902 inwoners wandelt in 5 min (400 m) naar een plek.");
  });

  it("rounds residents to whole people, never '2030.525390625 inwoners'", () => {
    const text = i18nFor("nl").t("analysis.warning.unreachableResidents", { count: 2030.525390625 });
    expect(text).toBe("2.031 inwoners kunnen over de straten geen plek bereiken.");
  });

  it("formats decimals (km², MB) and leaves numbers the caller formatted alone", () => {
    expect(i18nFor("nl").t("importUi.osm.tooLarge", { area: 612.345, max: 500 })).toContain("612,3 km². Dat is meer dan 500 km²");
    expect(i18nFor("en").t("importUi.osm.tooLarge", { area: 1612.345, max: 500 })).toContain("1,612.3 km². That is more than 500 km²");
    const within = { count: 5, total: formatCount(12345, "nl"), minutes: "5", metres: 400 };
    expect(i18nFor("nl").t("coverage.withinReachCount", within)).toBe("5 van de 12.345 inwoners wandelen in 5 min (400 m) naar een plek.");
  });

  it("follows a language switch", async () => {
    const i18n = i18nFor("nl");
    await i18n.changeLanguage("en");
    expect(i18n.t("layers.count", { count: 6902 })).toBe("6,902 places");
  });

  it("uses only the formats it registers, the same in both languages", () => {
    const { nl, en } = mergedMessages();
    const formats = (text: string) => [...text.matchAll(/\{\{\s*\w+\s*,\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
    for (const [key, text] of Object.entries(nl)) {
      for (const f of formats(text)) expect(["count", "decimal"], key).toContain(f);
      expect(formats(en[key] ?? "").sort(), key).toEqual(formats(text).sort());
    }
  });
});
