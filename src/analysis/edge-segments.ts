import type { Feature, FeatureCollection, LineString } from "geojson";
import { networkParts } from "./network-parts";

/**
 * One LineString per routing edge, with the edge index as its numeric feature id, so the map
 * can colour each edge by walking distance through feature-state without re-sending geometry.
 * The engine reports each edge's input feature, part and segment; this undoes that mapping.
 * Straight crossings of walkable areas (part and segment -1) are not drawn: they are no
 * street, and the area's outline is coloured like any other street.
 */
export function edgeSegments(
  network: FeatureCollection,
  edgeFeature: Int32Array,
  edgePart: Int32Array,
  edgeSegment: Int32Array,
): FeatureCollection<LineString, { kind: string }> {
  const features: Feature<LineString, { kind: string }>[] = [];
  let cached = -1;
  let parts: ReturnType<typeof networkParts>["parts"] = [];
  for (let e = 0; e < edgeFeature.length; e++) {
    if (edgePart[e] < 0) continue;
    const source = network.features[edgeFeature[e]];
    // Edges come grouped by feature: split each feature's geometry into parts once.
    if (edgeFeature[e] !== cached) { cached = edgeFeature[e]; parts = networkParts(source?.geometry).parts; }
    const coords = parts[edgePart[e]];
    const a = coords?.[edgeSegment[e]];
    const b = coords?.[edgeSegment[e] + 1];
    if (!a || !b) continue;
    const kind = source.properties?.kind;
    features.push({
      type: "Feature",
      id: e,
      properties: { kind: typeof kind === "string" ? kind : "" },
      geometry: { type: "LineString", coordinates: [a, b] },
    });
  }
  return { type: "FeatureCollection", features };
}

/**
 * The segments as the map receives them: UTF-8 GeoJSON made in the worker, which MapLibre's own
 * worker reads from a blob URL, so the page never serialises one feature per street edge.
 */
export interface DrawnSegments {
  count: number;
  json: Uint8Array;
}
