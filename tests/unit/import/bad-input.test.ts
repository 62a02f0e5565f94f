import { describe, expect, it } from "vitest";
import { importFiles, type ImportProblem } from "../../../src/data/import/index.ts";
import { fixture } from "./helpers.ts";

const errorOf = async (name: string) => {
  const result = await importFiles([fixture(name)]);
  expect(result.layers).toEqual([]);
  return result.problems.filter((p) => p.severity === "error");
};

const error = (key: ImportProblem["key"], params: ImportProblem["params"]): ImportProblem => ({ severity: "error", key, params });

describe("files that cannot be read give one typed error naming the file", () => {
  it.each([
    ["kapot.geojson", "import.error.malformedJson"],
    ["leeg.geojson", "import.error.empty"],
    ["rommel.geojson", "import.error.binary"],
    ["onbekend-crs.geojson", "import.error.crsUnknown"],
    ["geen-geojson.json", "import.error.notGeoJson"],
  ] as const)("%s → %s", async (name, key) => {
    const errors = await errorOf(name);
    expect(errors).toHaveLength(1);
    expect(errors[0].key).toBe(key);
    expect(errors[0].params.file).toBe(name);
  });

  it("says where the JSON breaks and which CRS is unknown", async () => {
    expect((await errorOf("kapot.geojson"))[0].params.position).toEqual(expect.any(Number));
    expect(await errorOf("onbekend-crs.geojson")).toEqual([error("import.error.crsUnknown", { file: "onbekend-crs.geojson", crs: "EPSG:2154" })]);
  });

  it("refuses a file over the size limit before parsing it", async () => {
    const file = { name: "groot.geojson", bytes: new Uint8Array(2 * 1024 * 1024) };
    const result = await importFiles([file], { maxBytes: 1024 * 1024 });
    expect(result.problems).toEqual([error("import.error.tooLarge", { file: "groot.geojson", sizeMb: 2, limitMb: 1 })]);
  });

  it.each([
    ["kaart.xml", "<kml><Placemark>", "import.error.malformedXml"],
    ["iets.xml", "<gpx></gpx>", "import.error.notKmlOrOsm"],
    ["kaart.osm.pbf", "not a pbf at all", "import.error.malformedPbf"],
    ["kaart.zip", "PK\x03\x04 broken", "import.error.malformedZip"],
    ["punten.csv", "naam;waarde\na;1\n", "import.error.csvNoCoordinates"],
    ["notities", "boodschappen: brood, melk", "import.error.unknownFormat"],
    ["   .geojson", "   \n ", "import.error.empty"],
  ])("%s → %s", async (name, text, key) => {
    const result = await importFiles([{ name, bytes: new TextEncoder().encode(text) }]);
    expect(result.problems.map((p) => [p.key, p.params.file])).toEqual([[key, name]]);
  });

  it("reports a .dbf without its .shp, and ignores a lone .prj with a warning", async () => {
    const result = await importFiles([fixture("wijken-lambert72.dbf"), { name: "los.prj", bytes: fixture("wijken-lambert72.prj").bytes }]);
    expect(result.problems).toEqual([
      error("import.error.shapefilePartMissing", { file: "wijken-lambert72.dbf", part: ".shp" }),
      { severity: "warning", key: "import.warning.shapefilePartIgnored", params: { file: "los.prj" } },
    ]);
  });
});

describe("partial success: bad features are skipped and counted by reason", () => {
  it("skips NaN and non-numeric coordinates", async () => {
    const result = await importFiles([fixture("geen-getallen.csv")]);
    expect(result.layers[0].features.features).toHaveLength(1);
    expect(result.layers[0].skipped).toEqual([{ reason: "import.skip.invalidCoordinates", count: 2 }]);
    expect(result.problems).toEqual([{ severity: "warning", key: "import.warning.skipped", params: { file: "geen-getallen.csv", count: 2, reason: "import.skip.invalidCoordinates" } }]);
  });

  it("skips coordinates outside the world, keeping the rest as WGS 84", async () => {
    const result = await importFiles([fixture("buiten-bereik.geojson")]);
    expect(result.layers[0].crs).toBe("EPSG:4326");
    expect(result.layers[0].features.features).toHaveLength(9);
    expect(result.layers[0].skipped).toEqual([{ reason: "import.skip.outOfRange", count: 1 }]);
  });

  it("skips wrong types: string coordinates, unknown geometry, null geometry, a one-point line", async () => {
    const layer = (await importFiles([fixture("verkeerde-types.geojson")])).layers[0];
    expect(layer.features.features.map((f) => f.properties)).toEqual([{ naam: "goed" }]);
    expect(layer.skipped).toEqual([{ reason: "import.skip.invalidGeometry", count: 3 }, { reason: "import.skip.noGeometry", count: 1 }]);
  });

  it("keeps self-intersecting polygons and warns how many there are", async () => {
    const result = await importFiles([fixture("zelfsnijdend.geojson")]);
    expect(result.layers[0].features.features).toHaveLength(2);
    expect(result.problems).toEqual([{ severity: "warning", key: "import.warning.selfIntersecting", params: { file: "zelfsnijdend.geojson", count: 1 } }]);
  });

  it("one bad file does not stop the others", async () => {
    const result = await importFiles([fixture("kapot.geojson"), fixture("zitbanken.kml"), fixture("leeg.geojson")]);
    expect(result.layers.map((l) => l.sourceFile)).toEqual(["zitbanken.kml"]);
    expect(result.problems.map((p) => p.params.file)).toEqual(["kapot.geojson", "leeg.geojson"]);
  });

  it("reads a Windows-1252 CSV with a warning", async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("naam;lat;lon\nCaf"), 0xe9, ...new TextEncoder().encode(";51,2;4,4\n")]);
    const result = await importFiles([{ name: "cafes.csv", bytes }]);
    expect(result.layers[0].features.features[0].properties).toEqual({ naam: "Café" });
    expect(result.problems).toContainEqual({ severity: "warning", key: "import.warning.encodingGuessed", params: { file: "cafes.csv" } });
  });
});
