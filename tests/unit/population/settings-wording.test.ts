import { describe, expect, it } from "vitest";
import { createI18n } from "../../../src/i18n";
import { addNumberFormats } from "../../../src/app/coverage/format";
import { settingsWording, wordSetting } from "../../../src/analysis/settings-wording.ts";
import { englishText } from "../../../cli/coverage.ts";

describe("the settings as the report and the CLI word them", () => {
  const settings = { sources: [{ name: "monaco.osm.pbf", attribution: "© OpenStreetMap contributors" }, { name: "monaco.osm.pbf", attribution: "© OpenStreetMap contributors" }], limitM: 900, speedKmh: 3.6, placeLayers: ["meeting", "green"] as const, mode: "network" as const };

  it("says the same in the app's English and in the CLI", () => {
    const i18n = createI18n("en");
    addNumberFormats(i18n);
    const app = settingsWording(settings).map((w) => wordSetting(w, (k, p) => i18n.t(k, p)));
    const cli = settingsWording(settings).map((w) => wordSetting(w, englishText));
    expect(cli).toEqual([
      "Data: monaco.osm.pbf (© OpenStreetMap contributors)",
      "Maximum walk: 900 m (= 15 minutes)",
      "Walking speed: 3.6 km/h",
      "What counts as a place: Meeting places, Green space",
      "Method: walking along streets and paths",
    ]);
    expect(app).toEqual(cli);
  });

  it("words them in Dutch in the app, numbers included", () => {
    const i18n = createI18n("nl");
    addNumberFormats(i18n); // as main.tsx does
    const nl = settingsWording(settings).map((w) => wordSetting(w, (k, p) => i18n.t(k, p)));
    expect(nl[2]).toBe("Wandelsnelheid: 3,6 km/u");
    expect(nl[3]).toBe("Wat telt als plek: Ontmoetingsplekken, Groen");
  });
});
