import { describe, expect, it } from "vitest";
import { TILE_LAYER } from "../../../src/data/big-layers/index";
import { LAYERS } from "../../../src/layers/definitions";
import { tiledBeforeId, tiledDatasets, tiledInteractiveIds, tiledSourceId, tiledStyleLayers, untiledData } from "../../../src/map/big-layer-style";
import { CONTEXT_LAYERS, contextData } from "../../../src/map/dataset-layers";
import { overlayLayersOf } from "../../../src/map/overlay-style";
import { unionOf, type Dataset } from "../../../src/state/slices/datasets";
import type { PlaceCollection } from "../../../src/state/types";

const points = (prefix: string, n: number): PlaceCollection => ({
  type: "FeatureCollection",
  features: Array.from({ length: n }, (_, i) => ({ type: "Feature", properties: { id: `${prefix}:${i}` }, geometry: { type: "Point", coordinates: [4 + i * 0.001, 51] } })),
});
const tiles = new Uint8Array([1, 2, 3]);
const dataset = (id: string, kind: Dataset["kind"], extra: Partial<Dataset> = {}): Dataset => ({
  id, name: id, sourceFile: `${id}.geojson`, kind, features: points(id, 3), crs: "EPSG:4326", origin: "file", hidden: false, ...extra,
});

describe("which datasets the map draws from vector tiles", () => {
  it("those with an archive, visible, of a place layer or context (the analysis-only kinds are not drawn)", () => {
    const list = [dataset("a", "benches", { tiles }), dataset("b", "benches"), dataset("c", "context", { tiles }), dataset("d", "green", { tiles, hidden: true }), dataset("e", "network", { tiles })];
    expect(tiledDatasets(list).map((d) => d.id)).toEqual(["a", "c"]);
  });
});

describe("style layers of a tiled dataset", () => {
  it("points: the same colours, drawn as circles (no icon symbols), on the dataset's vector source", () => {
    const layers = tiledStyleLayers({ id: "a", kind: "benches" });
    expect(layers.map((l) => l.id)).toEqual(["tiled-a/benches-halo", "tiled-a/benches-icon"]);
    for (const l of layers) expect(l).toMatchObject({ source: tiledSourceId("a"), "source-layer": TILE_LAYER });
    expect(layers.some((l) => l.type === "symbol")).toBe(false);
    const circle = layers[1] as { type: string; paint: Record<string, unknown> };
    expect(circle.type).toBe("circle");
    expect(circle.paint["circle-color"]).toBe(LAYERS.benches.color);
    expect(circle.paint["circle-stroke-color"]).toBe(LAYERS.benches.outline);
  });

  it("areas: exactly the GeoJSON layer's fill, outline and labels, retargeted", () => {
    const layers = tiledStyleLayers({ id: "g", kind: "green" });
    const own = overlayLayersOf("green");
    expect(layers).toEqual(own.map((l) => ({ ...l, id: `tiled-g/${l.id}`, source: "tiled-g", "source-layer": TILE_LAYER })));
  });

  it("context: the grey context layers; they answer no clicks", () => {
    const layers = tiledStyleLayers({ id: "c", kind: "context" });
    expect(layers.map((l) => l.type)).toEqual(CONTEXT_LAYERS.map((l) => l.type));
    expect(tiledInteractiveIds([{ id: "c", kind: "context" }])).toEqual([]);
  });

  it("sit just under the GeoJSON layers of their kind; fills and points answer hover and click", () => {
    expect(tiledBeforeId("benches")).toBe("benches-halo");
    expect(tiledBeforeId("green")).toBe("green-fill");
    expect(tiledBeforeId("context")).toBe("green-fill");
    expect(tiledInteractiveIds([{ id: "a", kind: "benches" }, { id: "g", kind: "vacant" }])).toEqual(["tiled-a/benches-icon", "tiled-g/vacant-fill"]);
  });
});

describe("the GeoJSON sources leave tiled datasets out", () => {
  it("a place layer keeps only its untiled datasets' features; without tiled datasets the same object", () => {
    const big = dataset("big", "benches", { tiles });
    const small = dataset("small", "benches");
    const union = unionOf([small, big]);
    expect(untiledData(union, "benches", [small, big]).features).toEqual(small.features.features);
    expect(untiledData(union, "benches", [small])).toBe(union);
    // A hidden tiled dataset is in neither: the store's union leaves it out already.
    expect(untiledData(small.features, "benches", [small, { ...big, hidden: true }])).toBe(small.features);
  });

  it("the context source holds only untiled context datasets", () => {
    const list = [dataset("c1", "context", { tiles }), dataset("c2", "context")];
    expect(contextData(list).features.map((f) => f.properties.id)).toEqual(["c2:0", "c2:1", "c2:2"]);
  });
});
