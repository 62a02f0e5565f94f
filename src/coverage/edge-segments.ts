import type { Feature, FeatureCollection, LineString } from "geojson";
import { lineParts } from "../analysis/network";

/**
 * One LineString per routing edge, with the edge index as its numeric feature id, so the map
 * can colour each edge by walking distance through feature-state without re-sending geometry.
 * The engine reports each edge's input feature, part and segment; this undoes that mapping.
 */
export function edgeSegments(
  network: FeatureCollection,
  edgeFeature: Int32Array,
  edgePart: Int32Array,
  edgeSegment: Int32Array,
): FeatureCollection<LineString, { kind: string }> {
  const features: Feature<LineString, { kind: string }>[] = [];
  for (let e = 0; e < edgeFeature.length; e++) {
    const source = network.features[edgeFeature[e]];
    const coords = lineParts(source?.geometry)[edgePart[e]];
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
