import { describe, expect, it } from "vitest";
import type { Feature, LineString, Point, Position } from "geojson";
import { DOMParser } from "@xmldom/xmldom";
import { importFiles, type ImportResult } from "../../../src/data/import/index.ts";
import { fixture, metres } from "./helpers.ts";

// WGS 84 positions of the squares as mapped in OpenStreetMap (centre of each square). The
// fixtures hold these positions converted to each grid, so the tests here check the import
// pipeline; the accuracy of the conversions themselves is checked in crs.test.ts.
const GROTE_MARKT: Position = [4.35242, 50.84675];
const GROENPLAATS: Position = [4.40097, 51.21896];
const DAM: Position = [4.89253, 52.37308];

const only = (result: ImportResult) => {
  expect(result.layers).toHaveLength(1);
  return result.layers[0];
};
const positions = (features: Feature[]) => features.map((f) => (f.geometry as Point).coordinates);
const errors = (result: ImportResult) => result.problems.filter((p) => p.severity === "error");

describe("GeoJSON", () => {
  it("honours a legacy crs member (Lambert 72) and converts to WGS 84", async () => {
    const layer = only(await importFiles([fixture("lambert72-legacy-crs.geojson")]));
    expect(layer.crs).toBe("EPSG:31370");
    const [markt, groenplaats] = positions(layer.features.features);
    expect(metres(markt, GROTE_MARKT)).toBeLessThan(2);
    expect(metres(groenplaats, GROENPLAATS)).toBeLessThan(2);
    expect(layer.kind).toBe("squares"); // "plein" in the properties
    expect(layer.preview).toEqual([{ naam: "Grote Markt", soort: "plein" }, { naam: "Groenplaats", soort: "plein" }]);
    expect((layer.features as unknown as Record<string, unknown>).crs).toBeUndefined();
  });
});

describe("CSV", () => {
  it("reads ';' separators and decimal commas in breedte/lengte columns", async () => {
    const layer = only(await importFiles([fixture("pleinen-puntkomma.csv")]));
    expect(layer.crs).toBe("EPSG:4326");
    expect(positions(layer.features.features)).toEqual([GROTE_MARKT, GROENPLAATS, DAM]);
    expect(layer.features.features[0].properties).toEqual({ naam: "Grote Markt", soort: "plein" });
    expect([layer.kind, layer.kindConfident]).toEqual(["squares", true]);
  });

  it("detects RD New from x/y ranges and says it assumed so", async () => {
    const result = await importFiles([fixture("rd-new-xy.csv")]);
    const layer = only(result);
    expect(layer.crs).toBe("EPSG:28992");
    expect(metres(positions(layer.features.features)[0], DAM)).toBeLessThan(2);
    expect(result.problems).toContainEqual({ severity: "info", key: "import.info.crsFromRange", params: { file: "rd-new-xy.csv", crs: "Amersfoort / RD New (EPSG:28992)" } });
  });

  it("takes the CRS from X_LAMBERT/Y_LAMBERT column names", async () => {
    const layer = only(await importFiles([fixture("lambert72-kolommen.csv")]));
    expect(layer.crs).toBe("EPSG:31370");
    expect(metres(positions(layer.features.features)[1], GROENPLAATS)).toBeLessThan(2);
  });

  it("asks the user when x/y fit both Lambert 72 and RD New, and imports with the choice", async () => {
    const asked = await importFiles([fixture("dubbelzinnig-xy.csv")]);
    expect(asked.layers).toEqual([]);
    expect(asked.needsCrsChoice?.[0].candidates.map((c) => c.crs)).toEqual(["EPSG:31370", "EPSG:28992"]);
    const chosen = await importFiles([fixture("dubbelzinnig-xy.csv")], { assumeCrs: { "dubbelzinnig-xy.csv": "urn:ogc:def:crs:EPSG::28992" } });
    expect(only(chosen).crs).toBe("EPSG:28992");
    expect(chosen.needsCrsChoice).toBeUndefined();
  });
});

describe("Shapefile", () => {
  const expectWijken = (result: ImportResult, file: string) => {
    const layer = only(result);
    expect(layer.crs).toBe("EPSG:31370"); // from the ESRI .prj "Belge_Lambert_1972"
    expect(layer.kind).toBe("residents");
    expect(layer.features.features.map((f) => [f.properties?.naam, f.properties?.residents])).toEqual([["Centrum", 1200], ["Sint-Géry", 850]]);
    expect(layer.skipped).toEqual([{ reason: "import.skip.populationNegative", count: 1 }]);
    expect(result.problems).toContainEqual({ severity: "warning", key: "import.warning.skipped", params: { file, count: 1, reason: "import.skip.populationNegative" } });
    const ring = (layer.features.features[0].geometry as { coordinates: Position[][] }).coordinates[0];
    expect(metres(ring[0], GROTE_MARKT)).toBeLessThan(450); // a 600 m square around the Grote Markt
  };

  it("reads a zip", async () => {
    expectWijken(await importFiles([fixture("wijken-lambert72.zip")]), "wijken-lambert72.zip");
  });

  it("reads .shp, .dbf, .prj and .cpg given together", async () => {
    const parts = ["shp", "dbf", "prj", "cpg", "shx"].map((ext) => fixture(`wijken-lambert72.${ext}`));
    expectWijken(await importFiles(parts), "wijken-lambert72.shp");
  });

  it("without a .prj, detects Lambert 72 from the coordinate ranges", async () => {
    const parts = ["shp", "dbf", "cpg"].map((ext) => fixture(`wijken-lambert72.${ext}`));
    const result = await importFiles(parts);
    expect(result.layers[0].crs).toBe("EPSG:31370");
    expect(result.problems.map((p) => p.key)).toContain("import.info.crsFromRange");
  });

  it("uses a population field the user picks", async () => {
    const layer = only(await importFiles([fixture("wijken-lambert72.zip")], { populationField: "AANT_INW" }));
    expect(layer.features.features).toHaveLength(2);
  });
});

describe("KML", () => {
  it("reads placemarks with the default parser and with an injected one", async () => {
    for (const domParser of [undefined, new DOMParser()]) {
      const layer = only(await importFiles([fixture("zitbanken.kml")], { domParser }));
      expect([layer.kind, layer.kindConfident]).toEqual(["benches", true]); // "zitbanken" in the file name
      expect(metres(positions(layer.features.features)[0], GROENPLAATS)).toBeLessThan(0.01);
      expect(layer.features.features[1].properties?.name).toBe("Bank Grote Markt");
    }
  });
});

describe("OpenStreetMap", () => {
  for (const name of ["buurt.osm", "buurt.overpass.json"]) {
    it(`sorts ${name} into layers by the tag table`, async () => {
      const result = await importFiles([fixture(name)]);
      expect(errors(result)).toEqual([]);
      const byKind = Object.fromEntries(result.layers.map((l) => [l.kind, l.features.features]));
      const ids = (kind: string) => byKind[kind].map((f: Feature) => f.properties?.["@id"]).sort();
      expect(ids("benches")).toEqual(["node/10"]);
      expect(ids("meeting")).toEqual(["node/11", "node/12"]);
      expect(ids("squares")).toEqual(["node/14", "way/121"]);
      expect(ids("green")).toEqual(["way/120"]);
      expect(ids("vacant")).toEqual(["node/13", "way/140"]);
      // Walkable: footway, residential, service with access=private but foot=yes, steps and the
      // pedestrian area (kept as an area: it is walked across); not the motorway, the foot=no
      // path or the private footway.
      expect(ids("network")).toEqual(["way/101", "way/102", "way/106", "way/107", "way/121"]);
      expect(byKind.network.every((f: Feature) => f.geometry.type === (f.properties?.["@id"] === "way/121" ? "Polygon" : "LineString"))).toBe(true);
      expect(ids("context")).toEqual(["way/103", "way/104", "way/105"]);
      // Ways sharing node 2 share its vertex exactly.
      const line = (id: string) => (byKind.network.find((f: Feature) => f.properties?.["@id"] === id)?.geometry as LineString).coordinates;
      expect(line("way/101")[1]).toEqual(line("way/102")[1]);
      expect(result.layers.every((l) => l.kindConfident && l.crs === "EPSG:4326")).toBe(true);
    });
  }
});

describe("output is RFC 7946", () => {
  it("rewinds outer rings counter-clockwise and drops the crs member", async () => {
    const layer = only(await importFiles([fixture("wijken-lambert72.zip")]));
    const ring = (layer.features.features[0].geometry as { coordinates: Position[][] }).coordinates[0];
    const signedArea = ring.slice(1).reduce((s, p, i) => s + (p[0] - ring[i][0]) * (p[1] + ring[i][1]), 0);
    expect(signedArea).toBeLessThan(0); // negative shoelace sum = counter-clockwise
  });
});
