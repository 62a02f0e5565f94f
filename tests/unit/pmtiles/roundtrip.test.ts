// Vector layers → our archive → the pmtiles reader → the same features.
import type { Feature, FeatureCollection, Point } from "geojson";
import { Compression, TileType } from "pmtiles";
import { describe, expect, it } from "vitest";
import { buildVectorTiles, packVectorLayers } from "../../../src/data/pmtiles/index.ts";
import { openArchive, readTile } from "./read-archive.ts";

const fc = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });

// A small scene near the demo's place: points, a line, a polygon crossing tile edges.
const places = fc(
  Array.from({ length: 40 }, (_, i) => ({
    type: "Feature",
    properties: { id: `p-${i}`, seats: i % 5, backrest: i % 2 === 0 },
    geometry: { type: "Point", coordinates: [2.99 + (i % 8) * 0.0025, 52.095 + Math.floor(i / 8) * 0.002] },
  })),
);
const roads = fc([
  { type: "Feature", properties: { id: "r-1", name: "Kerkstraat", kind: "street" }, geometry: { type: "LineString", coordinates: [[2.99, 52.095], [3.0, 52.1], [3.01, 52.104]] } },
]);
const parks = fc([
  { type: "Feature", properties: { id: "g-1", name: "Stadspark" }, geometry: { type: "Polygon", coordinates: [[[2.995, 52.097], [3.005, 52.097], [3.005, 52.102], [2.995, 52.102], [2.995, 52.097]]] } },
]);
const layers = [
  { name: "places", data: places },
  { name: "roads", data: roads },
  { name: "parks", data: parks },
];
const options = { minZoom: 12, maxZoom: 15 };

describe("packVectorLayers → pmtiles reader", async () => {
  const bytes = packVectorLayers(layers, { ...options, name: "test" });
  const archive = openArchive(bytes);
  const header = await archive.getHeader();
  const expectedTiles = buildVectorTiles(layers, options);

  it("writes a v3 header the reader accepts", () => {
    expect(new TextDecoder().decode(bytes.slice(0, 7))).toBe("PMTiles");
    expect(header.specVersion).toBe(3);
    expect(header.minZoom).toBe(12);
    expect(header.maxZoom).toBe(15);
    expect(header.tileType).toBe(TileType.Mvt);
    expect(header.tileCompression).toBe(Compression.Gzip);
    expect(header.internalCompression).toBe(Compression.Gzip);
    expect(header.clustered).toBe(true);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([2.99, 52.095, 3.01, 52.104]);
    expect(header.centerLon).toBeCloseTo(3.0, 6);
    expect(header.centerZoom).toBe(14);
    expect(header.numAddressedTiles).toBe(expectedTiles.length);
    expect(header.leafDirectoryLength).toBe(0);
    expect(header.tileDataOffset + (header.tileDataLength ?? 0)).toBe(bytes.length);
  });

  it("describes every layer and its attributes in the metadata", async () => {
    const meta = (await archive.getMetadata()) as { vector_layers: { id: string; fields: Record<string, string> }[]; minzoom: number; bounds: number[] };
    expect(meta.vector_layers.map((l) => l.id)).toEqual(["places", "roads", "parks"]);
    expect(meta.vector_layers[0].fields).toEqual({ backrest: "Boolean", id: "String", seats: "Number" });
    expect(meta.minzoom).toBe(12);
    expect(meta.bounds).toEqual([2.99, 52.095, 3.01, 52.104]);
  });

  it("finds every tile it wrote, and no tile outside", async () => {
    expect(expectedTiles.length).toBeGreaterThan(5);
    for (const t of expectedTiles) expect(await archive.getZxy(t.z, t.x, t.y), `${t.z}/${t.x}/${t.y}`).toBeDefined();
    expect(await archive.getZxy(12, 0, 0)).toBeUndefined();
  });

  it("decodes, at each zoom, the same features per layer with their properties", async () => {
    for (let z = options.minZoom; z <= options.maxZoom; z++) {
      const seen: Record<string, Map<string, Feature>> = { places: new Map(), roads: new Map(), parks: new Map() };
      for (const t of expectedTiles.filter((tile) => tile.z === z)) {
        const decoded = await readTile(archive, t.z, t.x, t.y);
        for (const [name, features] of Object.entries(decoded ?? {})) for (const f of features) seen[name].set(f.properties?.id, f);
      }
      for (const { name, data } of layers) {
        expect([...seen[name].keys()].sort()).toEqual(data.features.map((f) => f.properties?.id).sort());
        for (const f of data.features) expect(seen[name].get(f.properties?.id)?.properties).toEqual(f.properties);
      }
      // Points come back where they were, to tile precision.
      for (const f of places.features as Feature<Point>[]) {
        const back = seen.places.get(f.properties?.id) as Feature<Point>;
        expect(back.geometry.coordinates[0]).toBeCloseTo(f.geometry.coordinates[0], 4);
        expect(back.geometry.coordinates[1]).toBeCloseTo(f.geometry.coordinates[1], 4);
      }
    }
  });

  it("gives the same bytes for the same input", () => {
    expect(packVectorLayers(layers, { ...options, name: "test" })).toEqual(bytes);
  });

  it("refuses a bad zoom range, duplicate layer names and empty input", () => {
    expect(() => packVectorLayers(layers, { minZoom: 15, maxZoom: 12 })).toThrow(/zoom range/);
    expect(() => packVectorLayers([layers[0], layers[0]])).toThrow(/unique/);
    expect(() => packVectorLayers([{ name: "none", data: fc([]) }])).toThrow(/no geometry/);
  });
});
