import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { areasCsv, csvCell, csvWording, gapsCsv, gapsGeoJson, proposalsCsv, proposalsGeoJson, type CsvWording } from "../../../src/data/exports";
import { createI18nIn, LANGUAGES, type Language } from "../../../src/i18n";
import { createProposal } from "../../../src/proposals";
import type { GapSummary } from "../../../src/state/types";

const wordings = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (l) => {
    const i18n = await createI18nIn(l);
    return [l, csvWording(l, (key) => i18n.t(key))] as const;
  })),
) as Record<Language, CsvWording>;
const { nl, en, tr, ar } = wordings;

const parse = (text: string) => Papa.parse<string[]>(text.trim(), { delimiter: ";" }).data;

const gaps: GapSummary[] = [
  { id: "g1", rank: 1, residents: 212.6, areaM2: 48_123.4, bbox: [3.001, 52.1, 3.004, 52.102] },
  { id: "g2", rank: 2, residents: 40.2, areaM2: 9_000, bbox: [3.01, 52.11, 3.012, 52.112] },
  { id: "sliver", rank: 3, residents: 0.2, areaM2: 120, bbox: [3.02, 52.12, 3.021, 52.121] },
];

const at = new Date("2026-03-01T10:00:00Z");
const proposals = [
  { ...createProposal({ location: [3.0021, 52.1003], name: "Buurtkamer; met \"koffie\"" }, at, "p1"), support: 2 },
  { ...createProposal({ location: [3.003, 52.1], name: "=cmd|' /C calc'!A0" }, at, "p2"), support: 9 },
  { ...createProposal({ location: [3.004, 52.1], name: "@SUM(1)", customPractice: "-2+3" }, at, "p3"), support: 0 },
];

describe("CSV and GeoJSON exports", () => {
  it("writes the gaps people live in, semicolon-separated with a header, and parses back", () => {
    const sources = [{ name: "monaco.osm.pbf", attribution: "© OpenStreetMap contributors" }, { name: "monaco.osm.pbf", attribution: "© OpenStreetMap contributors" }, { name: "wijken.geojson" }];
    const rows = parse(gapsCsv(gaps, en, sources));
    expect(rows[0]).toEqual(["No.", "Residents", "Area (m²)", "West edge (longitude)", "South edge (latitude)", "East edge (longitude)", "North edge (latitude)", "Data sources"]);
    const from = "monaco.osm.pbf (© OpenStreetMap contributors), wijken.geojson";
    expect(rows.slice(1)).toEqual([
      ["1", "213", "48123", "3.001", "52.1", "3.004", "52.102", from],
      ["2", "40", "9000", "3.01", "52.11", "3.012", "52.112", from],
    ]);
  });

  it("writes gap areas as GeoJSON with the same figures", () => {
    const collection = {
      type: "FeatureCollection" as const,
      features: gaps.map((g) => ({
        type: "Feature" as const,
        geometry: { type: "Point" as const, coordinates: [g.bbox[0], g.bbox[1]] },
        properties: { ...g },
      })),
    };
    const out = JSON.parse(gapsGeoJson(collection, [{ name: "stad.osm.pbf", attribution: "© OpenStreetMap contributors" }]));
    expect(out.sources).toBe("stad.osm.pbf (© OpenStreetMap contributors)");
    expect(out.features.map((f: { id: string; properties: unknown }) => [f.id, f.properties])).toEqual([
      ["g1", { rank: 1, residents: 213, area_m2: 48123 }],
      ["g2", { rank: 2, residents: 40, area_m2: 9000 }],
    ]);
  });

  it("writes the figures per neighbourhood in whole people, with the share where streets are loaded", () => {
    const areas = [
      { index: 0, id: "WK036355", name: "Frankendael", residentsTotal: 12270, withinReach: 6005.34, inGaps: 0, unreachable: 0, noStreetData: 6264.66, share: 1 },
      { index: 1, id: "WK036300", name: "=Burgwallen", residentsTotal: 4550, withinReach: 0, inGaps: 0, unreachable: 0, noStreetData: 4550, share: 0 },
    ];
    const rows = parse(areasCsv(areas, nl, [{ name: "cbs.geojson" }]));
    expect(rows).toEqual([
      ["Code van het gebied", "Gebied", "Inwoners", "Binnen bereik", "Procent binnen bereik", "Buiten bereik", "Geen straten bekend", "Bronnen"],
      ["WK036355", "Frankendael", "12270", "6005", "100", "0", "6265", "cbs.geojson"],
      ["WK036300", "'=Burgwallen", "4550", "0", "", "0", "4550", "cbs.geojson"],
    ]);
  });

  it("gives a proposal whose id is a JavaScript name only its own gain", () => {
    const named = ["constructor", "toString", "__proto__"].map((id, i) => ({ ...proposals[0]!, id, name: `p${i}` }));
    const gains = Object.fromEntries([["toString", 7]]);
    const rows = parse(proposalsCsv(named, en, gains));
    expect(rows.slice(1).map((r) => [r[0], r[4]]).sort()).toEqual([["__proto__", ""], ["constructor", ""], ["toString", "7"]]);
  });

  it("neutralises spreadsheet formulas and quotes separators in proposals", () => {
    const rows = parse(proposalsCsv(proposals, en, { p2: 120 }));
    expect(rows[0].slice(0, 5)).toEqual(["ID", "Name", "Step", "Votes", "Residents gained"]);
    // Most support first.
    expect(rows.slice(1).map((r) => r[0])).toEqual(["p2", "p1", "p3"]);
    expect(rows[1].slice(1, 5)).toEqual(["'=cmd|' /C calc'!A0", "Idea", "9", "120"]);
    expect(rows[2][1]).toBe('Buurtkamer; met "koffie"');
    expect(rows[2][4]).toBe("");
    expect(rows[3][1]).toBe("'@SUM(1)");
    expect(rows[3][5]).toBe("'-2+3");
    expect(rows[2].slice(6, 8)).toEqual(["3.0021", "52.1003"]);
    for (const cell of ["+1", "-1", "=1", "@a", "\tx", "\rx"]) expect(csvCell(cell).replace(/^"/, "")[0]).toBe("'");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell("gewoon")).toBe("gewoon");
  });

  it("writes proposals as GeoJSON points without contact details", () => {
    const withContact = { ...proposals[0], contact: "jan@example.org" };
    const out = JSON.parse(proposalsGeoJson([withContact], { p1: 12 }));
    expect(out.features[0]).toEqual({
      type: "Feature",
      id: "p1",
      geometry: { type: "Point", coordinates: [3.0021, 52.1003] },
      properties: { id: "p1", name: 'Buurtkamer; met "koffie"', status: "idea", support: 2, gain: 12 },
    });
    expect(JSON.stringify(out)).not.toContain("jan@example.org");
  });

  it("writes residents gained as whole people, as the report shows them", () => {
    const rows = parse(proposalsCsv(proposals, nl, { p2: 119.62, p1: 0.4 }));
    expect(rows.slice(1).map((r) => [r[0], r[4]])).toEqual([["p2", "120"], ["p1", "0"], ["p3", ""]]);
    expect(JSON.parse(proposalsGeoJson(proposals, { p2: 119.62 })).features[0].properties.gain).toBe(120);
  });
});

describe("CSV in the reader's language", () => {
  const westOfGreenwich: GapSummary[] = [{ id: "w", rank: 1, residents: 12_270.4, areaM2: 1_234_567.8, bbox: [-3.0021, 52.1, -3.5, 52.25] }];
  const trial = createProposal(
    { location: [-0.5, 51.25], name: "=1+1", status: "trial", practices: ["language-cafe", "square-animation"], customPractice: "Soep" },
    at,
    "p-trial",
  );
  const digits = (text: string) => text.replace(/^\uFEFF/, "");

  it("names the columns in the language", () => {
    expect(parse(gapsCsv(gaps, nl))[0]).toEqual(["Nr.", "Inwoners", "Oppervlakte (m²)", "Westkant (lengtegraad)", "Zuidkant (breedtegraad)", "Oostkant (lengtegraad)", "Noordkant (breedtegraad)", "Bronnen"]);
    expect(parse(gapsCsv(gaps, ar))[0]).toEqual(["رقم", "السكان", "المساحة (م²)", "الحد الغربي (خط الطول)", "الحد الجنوبي (خط العرض)", "الحد الشرقي (خط الطول)", "الحد الشمالي (خط العرض)", "المصادر"]);
    expect(parse(proposalsCsv([trial], ar))[0].slice(0, 3)).toEqual(["المعرّف", "الاسم", "المرحلة"]);
    // Plain words: no planners' jargon in the Dutch headers.
    const dutch = [...parse(gapsCsv(gaps, nl))[0], ...parse(areasCsv([], nl))[0], ...parse(proposalsCsv([], nl))[0]].join(" ").toLowerCase();
    expect(dutch).not.toMatch(/witte vlek|_/);
    // Every language has its own headers (Dutch and German share only "Nr.").
    for (const l of LANGUAGES) if (l !== "en") expect(parse(proposalsCsv([], wordings[l]))[0], l).not.toEqual(parse(proposalsCsv([], en))[0]);
  });

  it("writes decimals with a comma in Dutch, French, German and Turkish and a point in English, without thousands signs", () => {
    for (const l of ["nl", "fr", "de", "tr"] as const) {
      expect(parse(gapsCsv(westOfGreenwich, wordings[l]))[1], l).toEqual(["1", "12270", "1234568", "-3,0021", "52,1", "-3,5", "52,25", ""]);
    }
    expect(parse(gapsCsv(westOfGreenwich, en))[1]).toEqual(["1", "12270", "1234568", "-3.0021", "52.1", "-3.5", "52.25", ""]);
    const share = [{ index: 0, id: "A", name: "A", residentsTotal: 3, withinReach: 1, inGaps: 2, unreachable: 0, noStreetData: 0, share: 1 / 3 }];
    expect(parse(areasCsv(share, nl))[1][4]).toBe("33,3");
    expect(parse(areasCsv(share, en))[1][4]).toBe("33.3");
  });

  it("writes Latin digits in Arabic, with no direction marks a spreadsheet would trip over", () => {
    const text = digits(gapsCsv(westOfGreenwich, ar) + proposalsCsv([trial], ar));
    expect(text).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c\u200e\u200f\u061c\u2212]/);
    expect(parse(gapsCsv(westOfGreenwich, ar))[1].slice(0, 7)).toEqual(["1", "12270", "1234568", "-3.0021", "52.1", "-3.5", "52.25"]);
    expect(parse(proposalsCsv([trial], ar))[1].slice(6, 8)).toEqual(["-0.5", "51.25"]);
  });

  it("names steps and activities as the app does, and keeps dates as ISO 8601", () => {
    const dutch = parse(proposalsCsv([trial], nl))[1];
    expect(dutch[2]).toBe("We proberen het uit");
    expect(dutch[5]).toBe("Taalcafé en taalcoaches; Spel en sport op het plein, door jongeren uit de buurt; Soep");
    expect(dutch.slice(6)).toEqual(["-0,5", "51,25", "2026-03-01T10:00:00.000Z"]);
    const arabic = parse(proposalsCsv([trial], ar))[1];
    expect(arabic[2]).toBe("نجرّبه الآن");
    expect(arabic[5]).toBe("مقهى اللغة ومدرّبو اللغة; ألعاب ورياضة في الساحة، ينظّمها شباب الحي; Soep");
    expect(parse(proposalsCsv([trial], en))[1][2]).toBe("Being tried out");
  });

  it("still neutralises formulas in every language, but not our own negative numbers", () => {
    for (const l of LANGUAGES) {
      const row = parse(proposalsCsv([trial], wordings[l]))[1];
      expect(row[1], l).toBe("'=1+1");
      expect(row[6], l).toMatch(/^-0[.,]5$/);
    }
    expect(csvCell(-0.5, nl.number)).toBe("-0,5");
    expect(csvCell("-0,5", nl.number)).toBe("'-0,5");
  });

  it("starts with a byte order mark so that Excel reads the letters of every language", () => {
    for (const text of [gapsCsv(gaps, tr), areasCsv([], ar), proposalsCsv([], nl)]) {
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.slice(1)).not.toContain("\uFEFF");
    }
    expect([...new TextEncoder().encode(proposalsCsv([], nl)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("names the downloaded files in the language, as safe slugs", async () => {
    const slugs = await Promise.all(LANGUAGES.map(async (l) => {
      const i18n = await createI18nIn(l);
      return ["gaps", "areas", "proposals", "proposalsReport", "map"].map((f) => i18n.t(`exports.file.${f}`));
    }));
    expect(slugs[0]).toEqual(["buiten-bereik", "per-wijk", "voorstellen", "voorstellen-rapport", "kaart"]);
    expect(slugs[1]![0]).toBe("beyond-reach");
    for (const names of slugs) for (const slug of names) expect(slug).toMatch(/^[\p{Ll}\p{Lo}\p{M}]+(-[\p{Ll}\p{Lo}\p{M}]+)*$/u);
  });
});

