import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { toDataset } from "../../../src/app/import/to-datasets";
import { archiveBuffers, BIG_LAYER_THRESHOLD, isBigLayer, MAX_TILES_AT_MAX_ZOOM, packBigLayer, TILE_LAYER, TILE_MAX_ZOOM, TILE_MIN_ZOOM, tileBigLayers, tileZoomRange } from "../../../src/data/big-layers/index";
import type { ImportedLayer } from "../../../src/data/import/index";
import { lonToTileX, latToTileY } from "../../../src/data/pmtiles/bounds";
import { openArchive, readTile } from "../pmtiles/read-archive";

/** n points on a grid of 10 m steps around Ghent; each keeps its own "id" and a name. */
const points = (n: number): FeatureCollection => ({
  type: "FeatureCollection",
  features: Array.from({ length: n }, (_, i) => ({ type: "Feature", properties: { id: `own-${i}`, name: `bank ${i}` }, geometry: { type: "Point", coordinates: [3.72 + (i % 300) * 0.00015, 51.05 + Math.floor(i / 300) * 0.0001] } })),
});

const layer = (features: FeatureCollection): ImportedLayer => ({ name: "banken", sourceFile: "banken.geojson", kind: "benches", kindConfident: true, crs: "EPSG:4326", features, skipped: [], preview: [] });

describe("which layers are drawn from vector tiles", () => {
  it("are those over the threshold of 50 000 features", () => {
    expect(BIG_LAYER_THRESHOLD).toBe(50_000);
    expect(isBigLayer(50_000)).toBe(false);
    expect(isBigLayer(50_001)).toBe(true);
  });

  it("cuts a city at zoom 10–16, and a country with a lower maximum zoom instead of millions of tiles", () => {
    expect(tileZoomRange([3.7, 51.0, 3.8, 51.1])).toEqual({ minZoom: TILE_MIN_ZOOM, maxZoom: TILE_MAX_ZOOM });
    const country: [number, number, number, number] = [3.3, 50.7, 7.3, 53.6];
    const { minZoom, maxZoom } = tileZoomRange(country);
    expect(maxZoom).toBeLessThan(TILE_MAX_ZOOM);
    expect(minZoom).toBeLessThanOrEqual(maxZoom);
    const tiles = (lonToTileX(country[2], maxZoom) - lonToTileX(country[0], maxZoom) + 1) * (latToTileY(country[1], maxZoom) - latToTileY(country[3], maxZoom) + 1);
    expect(tiles).toBeLessThanOrEqual(MAX_TILES_AT_MAX_ZOOM);
  });
});

describe("packBigLayer", () => {
  it("packs one vector layer with the store's ids and every property", async () => {
    const archive = openArchive(packBigLayer(points(600), "ds-a")!);
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([TILE_MIN_ZOOM, TILE_MAX_ZOOM]);
    const z = TILE_MAX_ZOOM;
    const tile = await readTile(archive, z, lonToTileX(3.72, z), latToTileY(51.05, z));
    const first = tile![TILE_LAYER]!.find((f) => f.properties?.name === "bank 0")!;
    expect(first.properties).toMatchObject({ id: "ds-a:0", source_id: "own-0", name: "bank 0" });
  });

  it("has nothing to pack without geometry", () => {
    expect(packBigLayer({ type: "FeatureCollection", features: [] }, "ds-b")).toBeNull();
  });
});

describe("tileBigLayers (the import worker's step) and toDataset", () => {
  it("leaves a small layer as it is and gives a large one an archive whose ids the dataset keeps", async () => {
    const small = layer(points(10));
    const big = layer(points(BIG_LAYER_THRESHOLD + 1));
    const [a, b] = tileBigLayers([small, big]);
    expect(a).toBe(small);
    expect(b!.tiled?.archive.byteLength).toBeGreaterThan(0);
    expect(archiveBuffers([a!, b!])).toEqual([b!.tiled!.archive.buffer]);

    const dataset = toDataset(b!, "benches");
    expect(dataset.id).toBe(b!.tiled!.datasetId);
    expect(dataset.tiles).toBe(b!.tiled!.archive);
    expect(dataset.features.features[7]!.properties.id).toBe(`${dataset.id}:7`);
    expect(toDataset(small).tiles).toBeUndefined();

    const z = TILE_MAX_ZOOM;
    const tile = await readTile(openArchive(dataset.tiles!), z, lonToTileX(3.72, z), latToTileY(51.05, z));
    expect(tile![TILE_LAYER]!.some((f) => f.properties?.id === `${dataset.id}:0`)).toBe(true);
  }, 60_000);
});
