// Place names and property words: what a resident reads, never an internal id.
import { describe, expect, it } from "vitest";
import { addNumberFormats } from "../../../src/app/coverage/format";
import { propertyRows } from "../../../src/app/property-rows";
import { createI18n } from "../../../src/i18n";
import { numberRepeats, placeLabel, placeName } from "../../../src/layers/place-label";

const i18n = createI18n("nl");
addNumberFormats(i18n);
const t = i18n.t.bind(i18n);
const en = createI18n("en");
const tEn = en.t.bind(en);

describe("placeLabel", () => {
  it("uses the place's own name, in the reader's language when the data has one", () => {
    expect(placeLabel({ id: "ds-1:4", name: "Ontmoetingscentrum De Kern" }, "meeting", t)).toBe("Ontmoetingscentrum De Kern");
    expect(placeLabel({ name: "Brussel", "name:nl": "Brussel", "name:fr": "Bruxelles" }, "squares", t, "fr")).toBe("Bruxelles");
    // A reused building is known by its name, even when only its old name is tagged.
    expect(placeLabel({ "disused:amenity": "place_of_worship", old_name: "Sint-Jozefkerk" }, "vacant", t)).toBe("Sint-Jozefkerk");
  });

  it("names a nameless place by what and where it is", () => {
    expect(placeLabel({ id: "ds-1:7", "@id": "way/123", "addr:street": "Kerkstraat" }, "vacant", t)).toBe("Leeg gebouw zonder naam, Kerkstraat");
    expect(placeLabel({ "addr:street": "Kerkstraat", "addr:housenumber": "3" }, "vacant", t)).toBe("Leeg gebouw zonder naam, Kerkstraat 3");
    expect(placeLabel({ "addr:housenumber": 3 }, "vacant", t)).toBe("Leeg gebouw zonder naam nr. 3");
    expect(placeLabel({ straatnaam: "Dorpsstraat" }, "benches", t)).toBe("Bank, Dorpsstraat");
    expect(placeLabel({ kind: "vacant_land" }, "vacant", t)).toBe("Lege grond zonder naam");
    expect(placeLabel({ id: "vacant-09" }, "vacant", t)).toBe("Leeg gebouw zonder naam");
    expect(placeLabel({ "addr:street": "Church Street", "addr:housenumber": "3" }, "vacant", tEn)).toBe("Unnamed empty building, 3 Church Street");
  });

  it("never falls back to an id, and ignores empty names", () => {
    for (const layer of ["meeting", "squares", "green", "vacant", "benches"] as const) {
      const label = placeLabel({ id: "ds-lx2-1-abcde:17", "@id": "node/99", source_id: "17", name: "  " }, layer, t);
      expect(label).not.toMatch(/ds-|node|17/);
      expect(label.length).toBeGreaterThan(3);
    }
    expect(placeName({ name: "" })).toBeNull();
  });
});

describe("numberRepeats", () => {
  it("numbers only the labels that repeat, in list order", () => {
    expect(numberRepeats(["Bank", "Bank", "Lindeplein", "Bank"], t)).toEqual(["Bank (1)", "Bank (2)", "Lindeplein", "Bank (3)"]);
    expect(numberRepeats([], t)).toEqual([]);
  });
});

describe("propertyRows", () => {
  it("turns common keys and values into words and hides ids and the name", () => {
    const { rows, other } = propertyRows(
      { id: "ds-1:3", "@id": "way/5", source_id: 12, name: "De Kern", "name:en": "The Core", opening_hours: "Mo-Fr 09:00-22:00", ownership: "private", access: "private", wheelchair: "yes" },
      t,
      "nl",
    );
    expect(rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
      "Openingsuren: Mo-Fr 09:00-22:00",
      "Eigenaar: privé",
      "Toegang: privé",
      "Toegankelijk met rolstoel: ja",
    ]);
    expect(other).toEqual([]);
  });

  it("formats amounts but not years or codes, and lists unknown keys as key = value", () => {
    const { rows, other } = propertyRows({ residents: 2030.525390625, area_m2: 14746, since: 2016, "addr:postcode": 2000, "roof:colour": "red", height: 12.25 }, t, "nl");
    expect(Object.fromEntries(rows.map((r) => [r.key, r.value]))).toEqual({ residents: "2.031", area_m2: "14.746", since: "2016", "addr:postcode": "2000" });
    expect(other).toEqual(["roof:colour = red", "height = 12,3"]);
  });

  it("speaks English too", () => {
    const { rows } = propertyRows({ opening_hours: "24/7", surface: "paving_stones", backrest: true }, tEn, "en");
    expect(rows.map((r) => `${r.label}: ${r.value}`)).toEqual(["Opening hours: 24/7", "Surface: paving stones", "Backrest: yes"]);
  });
});
