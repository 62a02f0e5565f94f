import { pointOnFeature } from "@turf/turf";
import type { Feature, Geometry, LineString } from "geojson";
import type { LayerKind } from "../import/layer-kinds.ts";

/** Layers drawn and analysed as points: a bench or a library is a place to walk to. */
const POINT_KINDS: ReadonlySet<LayerKind> = new Set(["benches", "meeting"]);

/**
 * The walking network's shapes: LineStrings (a MultiLineString gives one per part), and
 * Polygons or MultiPolygons kept whole: a pedestrian square is walked across, not only along
 * its outline (the network builder adds the crossings).
 */
function walkableShapes(g: Geometry): Geometry[] {
  switch (g.type) {
    case "LineString":
    case "Polygon":
    case "MultiPolygon":
      return [g];
    case "MultiLineString":
      return g.coordinates.map((coordinates): LineString => ({ type: "LineString", coordinates }));
    case "GeometryCollection":
      return g.geometries.flatMap(walkableShapes);
    default:
      return [];
  }
}

/**
 * The feature as the layer needs it: points for benches and meeting places (a point inside
 * an area), lines and walkable areas for the walking network, unchanged for the area layers
 * and context.
 */
export function shapeForLayer(feature: Feature, kind: LayerKind): Feature[] {
  const { geometry } = feature;
  if (POINT_KINDS.has(kind)) {
    if (geometry.type === "Point") return [feature];
    return [{ ...feature, geometry: pointOnFeature(feature).geometry }];
  }
  if (kind === "network") return walkableShapes(geometry).map((shape) => (shape === geometry ? feature : { ...feature, geometry: shape }));
  return [feature];
}
