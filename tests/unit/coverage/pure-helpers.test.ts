import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/analysis/network";
import { DISTANCE_CLASSES, edgeStateValue } from "../../../src/coverage/distance-classes";
import { edgeSegments } from "../../../src/analysis/edge-segments";
import { placesForCoverage, shortlistCandidates } from "../../../src/coverage/places-for-coverage";
import { SHORTLIST_SHOWN, shortlistFeatures } from "../../../src/coverage/shortlist-features";
import { createAppStore } from "../../../src/state/store";
import type { PlaceCollection } from "../../../src/state/types";

const network: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: { kind: "street" }, geometry: { type: "LineString", coordinates: [[3, 52], [3.001, 52], [3.002, 52]] } },
    {
      type: "Feature",
      properties: { kind: "footpath" },
      geometry: { type: "MultiLineString", coordinates: [[[3.001, 52], [3.001, 52.001]], [[3.002, 52], [3.002, 52.001], [3.003, 52.001]]] },
    },
  ],
};

const points = (...ids: string[]): PlaceCollection => ({
  type: "FeatureCollection",
  features: ids.map((id, i) => ({ type: "Feature", properties: { id }, geometry: { type: "Point", coordinates: [3 + i / 1000, 52] } })),
});

describe("edge segments", () => {
  it("gives each routing edge its own two-point line, id = edge index, in input order", () => {
    const net = buildNetwork(network);
    const fc = edgeSegments(network, net.edgeFeature, net.edgePart, net.edgeSegment);
    expect(fc.features).toHaveLength(net.edgeCount);
    expect(fc.features.map((f) => f.id)).toEqual([...Array(net.edgeCount).keys()]);
    expect(fc.features.map((f) => f.geometry.coordinates)).toEqual([
      [[3, 52], [3.001, 52]],
      [[3.001, 52], [3.002, 52]],
      [[3.001, 52], [3.001, 52.001]],
      [[3.002, 52], [3.002, 52.001]],
      [[3.002, 52.001], [3.003, 52.001]],
    ]);
    expect(fc.features.map((f) => f.properties.kind)).toEqual(["street", "street", "footpath", "footpath", "footpath"]);
  });
});

describe("places for the engine", () => {
  it("takes only the chosen layers and prefixes ids with the layer", () => {
    const store = createAppStore();
    store.getState().setLayerData("meeting", points("a", "b"));
    store.getState().setLayerData("benches", points("a"));
    store.getState().setLayerData("vacant", points("v1"));
    const s = store.getState();
    expect(placesForCoverage(s.layerData, s.coverageSettings.placeLayers).map((p) => p.id)).toEqual(["meeting:a", "meeting:b"]);
    expect(placesForCoverage(s.layerData, { meeting: false, squares: true, green: true, benches: true }).map((p) => p.id)).toEqual(["benches:a"]);
    expect(shortlistCandidates(s.layerData).map((p) => p.id)).toEqual(["vacant:v1"]);
  });
});

describe("distance classes and the shortlist on the map", () => {
  it("ends with an open class and marks unreached edges as -1", () => {
    expect(DISTANCE_CLASSES.at(-1)?.upTo).toBe(Infinity);
    expect(DISTANCE_CLASSES.filter((c) => c.upTo <= 1)).toHaveLength(4);
    expect(edgeStateValue(123.6)).toBe(124);
    expect(edgeStateValue(Infinity)).toBe(-1);
  });

  it("numbers the top candidates from 1 and keeps only the shown ones", () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ layer: "vacant" as const, id: `v${i}`, properties: { name: `V${i}` }, gained: 100 - i + 0.4, at: [3, 52] as [number, number] }));
    const fc = shortlistFeatures(items);
    expect(fc.features).toHaveLength(SHORTLIST_SHOWN);
    expect(fc.features.map((f) => f.properties.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(fc.features[0].properties).toEqual({ rank: 1, gained: 100 });
    expect(shortlistFeatures(undefined).features).toEqual([]);
  });
});
