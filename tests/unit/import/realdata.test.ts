import { describe, expect, it } from "vitest";
import type { Feature, LineString, Position } from "geojson";
import { eachPosition } from "../../../src/data/crs/index.ts";
import { readOsmPbf } from "../../../src/data/osm/read-osm-pbf.ts";
import { importFiles, type ImportedLayer, type ImportResult } from "../../../src/data/import/index.ts";
import { realFile } from "./helpers.ts";

// Real public data beside the checkout (see its README): © OpenStreetMap contributors (ODbL),
// Provincies in Cijfers (Modellicentie Gratis Hergebruik), CBS.
const monaco = realFile("osm/monaco-latest.osm.pbf", "OSM PBF import of a whole city (benches, network connectivity)");
const antwerp = realFile("osm/antwerpen-berchem-2021-12-11.overpass.json", "Overpass JSON with node references");
const wijkenParts = ["shp", "dbf", "prj", "cpg", "shx"].map((ext) => realFile(`neighbourhoods/flanders-ggw7-wijken.${ext}`, "Lambert 72 Shapefile with an ESRI .prj"));
const cbs = realFile("neighbourhoods/cbs-wijken-2022-rd28992.geojson", "RD New GeoJSON with population");

const byKind = (result: ImportResult) => Object.fromEntries(result.layers.map((l) => [l.kind, l])) as Record<string, ImportedLayer>;
const ids = (layer: ImportedLayer) => new Set(layer.features.features.map((f) => String(f.properties?.["@id"])));
type Bbox = [number, number, number, number];
const allInside = (features: Feature[], [w, s, e, n]: Bbox) => {
  let outside = 0;
  for (const f of features) eachPosition(f.geometry, ([x, y]) => void (x < w || x > e || y < s || y > n ? outside++ : 0));
  return outside;
};

/** Share of network vertices in the largest connected piece (union-find over shared coordinates). */
function largestComponentShare(lines: Feature[]): number {
  const index = new Map<string, number>();
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const id = ([x, y]: Position) => {
    const key = `${x},${y}`;
    if (!index.has(key)) {
      index.set(key, parent.length);
      parent.push(parent.length);
    }
    return index.get(key)!;
  };
  for (const f of lines) {
    const coords = (f.geometry as LineString).coordinates;
    for (let i = 1; i < coords.length; i++) parent[find(id(coords[i - 1]))] = find(id(coords[i]));
  }
  const sizes = new Map<number, number>();
  for (let i = 0; i < parent.length; i++) sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1);
  return Math.max(...sizes.values()) / parent.length;
}

describe.skipIf(!monaco)("real data: Monaco .osm.pbf", () => {
  it("sorts the whole extract: every bench, a connected walking network, squares, green and meeting places", async () => {
    const result = await importFiles([monaco!]);
    const layers = byKind(result);
    const raw = readOsmPbf(monaco!.bytes).elements as { type: string; id: number; tags?: Record<string, string> }[];
    const benches = raw.filter((e) => e.tags?.amenity === "bench").map((e) => `${e.type}/${e.id}`);
    expect(benches).toHaveLength(121);
    expect(ids(layers.benches)).toEqual(new Set(benches));
    expect(layers.benches.features.features.every((f) => f.geometry.type === "Point")).toBe(true);
    expect(layers.network.features.features.length).toBeGreaterThan(2000);
    expect(largestComponentShare(layers.network.features.features)).toBeGreaterThan(0.9);
    expect(layers.squares.features.features.length).toBeGreaterThanOrEqual(18); // 4 place=square + 14 pedestrian areas
    expect(layers.green.features.features.length).toBeGreaterThanOrEqual(28); // 15 parks + 13 playgrounds, and more
    expect([...ids(layers.meeting)].length).toBe(4); // 2 libraries, the townhall, an arts centre
    expect(layers.vacant.features.features.length).toBeGreaterThanOrEqual(1); // the brownfield, disused:* features
  }, 60_000);
});

describe.skipIf(!antwerp)("real data: Antwerp Overpass JSON", () => {
  it("resolves ways through node references and finds green and network layers", async () => {
    const result = await importFiles([antwerp!]);
    const layers = byKind(result);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    const raw = JSON.parse(new TextDecoder().decode(antwerp!.bytes)).elements as { type: string; id: number; lat?: number; lon?: number; nodes?: number[]; tags?: Record<string, string> }[];
    const nodes = new Map(raw.filter((e) => e.type === "node").map((e) => [e.id, [e.lon!, e.lat!]]));
    const footways = raw.filter((e) => e.type === "way" && ["footway", "path", "living_street"].includes(e.tags?.highway ?? "") && !e.tags?.foot && !e.tags?.access);
    expect(footways.length).toBeGreaterThan(100);
    const network = new Map(layers.network.features.features.map((f) => [f.properties?.["@id"], f.geometry as LineString]));
    for (const way of footways) {
      expect(network.get(`way/${way.id}`)?.coordinates).toEqual(way.nodes!.map((n) => nodes.get(n)));
    }
    expect(layers.green.features.features.length).toBeGreaterThan(20);
    expect(allInside(layers.network.features.features, [4.3, 51.1, 4.55, 51.25])).toBe(0);
  });
});

describe.skipIf(wijkenParts.some((p) => !p))("real data: Flemish neighbourhoods Shapefile (Lambert 72)", () => {
  it("detects the .prj and puts all 2,767 polygons inside Flanders and Brussels", async () => {
    const result = await importFiles(wijkenParts.map((p) => p!));
    expect(result.layers).toHaveLength(1);
    const [layer] = result.layers;
    expect(layer.crs).toBe("EPSG:31370");
    expect(layer.features.features).toHaveLength(2767);
    expect(layer.features.features.every((f) => f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon")).toBe(true);
    expect(allInside(layer.features.features, [2.5, 50.65, 5.95, 51.51])).toBe(0);
    expect(layer.features.features.some((f) => /[éèëï]/.test(String(f.properties?.naam)))).toBe(true); // UTF-8 per .cpg
    expect(layer.features.features.some((f) => String(f.properties?.naam).includes("\ufffd"))).toBe(false);
  }, 60_000);
});

describe.skipIf(!cbs)("real data: CBS wijken GeoJSON (RD New)", () => {
  it("keeps the population sum and puts every polygon inside the Netherlands", async () => {
    const result = await importFiles([cbs!]);
    const source = JSON.parse(new TextDecoder().decode(cbs!.bytes)) as { features: { properties: { population: number | null } }[] };
    const nulls = source.features.filter((f) => f.properties.population === null).length;
    const [layer] = result.layers;
    expect(layer.kind).toBe("residents");
    expect(layer.crs).toBe("EPSG:28992");
    const sum = layer.features.features.reduce((s, f) => s + (f.properties?.residents as number), 0);
    expect(sum).toBe(17_588_925);
    expect(layer.features.features).toHaveLength(3340 - nulls);
    expect(allInside(layer.features.features, [3.3, 50.7, 7.25, 53.6])).toBe(0);
  }, 60_000);
});
