import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { areasCsv, csvCell, gapsCsv, gapsGeoJson, proposalsCsv, proposalsGeoJson } from "../../../src/data/exports";
import { createProposal } from "../../../src/proposals";
import type { GapSummary } from "../../../src/state/types";

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
    const rows = parse(gapsCsv(gaps, sources));
    expect(rows[0]).toEqual(["rank", "residents", "area_m2", "west", "south", "east", "north", "sources"]);
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
    const rows = parse(areasCsv(areas, [{ name: "cbs.geojson" }]));
    expect(rows).toEqual([
      ["code", "name", "residents", "within_reach", "share_percent", "in_gaps", "no_street_data", "sources"],
      ["WK036355", "Frankendael", "12270", "6005", "100", "0", "6265", "cbs.geojson"],
      ["WK036300", "'=Burgwallen", "4550", "0", "", "0", "4550", "cbs.geojson"],
    ]);
  });

  it("gives a proposal whose id is a JavaScript name only its own gain", () => {
    const named = ["constructor", "toString", "__proto__"].map((id, i) => ({ ...proposals[0]!, id, name: `p${i}` }));
    const gains = Object.fromEntries([["toString", 7]]);
    const rows = parse(proposalsCsv(named, gains));
    expect(rows.slice(1).map((r) => [r[0], r[4]]).sort()).toEqual([["__proto__", ""], ["constructor", ""], ["toString", "7"]]);
  });

  it("neutralises spreadsheet formulas and quotes separators in proposals", () => {
    const rows = parse(proposalsCsv(proposals, { p2: 120 }));
    expect(rows[0].slice(0, 5)).toEqual(["id", "name", "status", "support", "gain"]);
    // Most support first.
    expect(rows.slice(1).map((r) => r[0])).toEqual(["p2", "p1", "p3"]);
    expect(rows[1].slice(1, 5)).toEqual(["'=cmd|' /C calc'!A0", "idea", "9", "120"]);
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
    const rows = parse(proposalsCsv(proposals, { p2: 119.62, p1: 0.4 }));
    expect(rows.slice(1).map((r) => [r[0], r[4]])).toEqual([["p2", "120"], ["p1", "0"], ["p3", ""]]);
    expect(JSON.parse(proposalsGeoJson(proposals, { p2: 119.62 })).features[0].properties.gain).toBe(120);
  });
});
