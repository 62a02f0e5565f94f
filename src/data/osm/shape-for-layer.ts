import { pointOnFeature } from "@turf/turf";
import type { Feature, Geometry, LineString, Position } from "geojson";
import type { LayerKind } from "../import/layer-kinds.ts";

/** Layers drawn and analysed as points: a bench or a library is a place to walk to. */
const POINT_KINDS: ReadonlySet<LayerKind> = new Set(["benches", "meeting"]);

function linesOf(g: Geometry): Position[][] {
  switch (g.type) {
    case "LineString":
      return [g.coordinates];
    case "MultiLineString":
    case "Polygon":
      return g.coordinates;
    case "MultiPolygon":
      return g.coordinates.flat();
    case "GeometryCollection":
      return g.geometries.flatMap(linesOf);
    default:
      return [];
  }
}

/**
 * The feature as the layer needs it: points for benches and meeting places (a point inside
 * an area), LineStrings for the walking network (outlines of pedestrian areas walk too),
 * unchanged for the area layers and context.
 */
export function shapeForLayer(feature: Feature, kind: LayerKind): Feature[] {
  const { geometry } = feature;
  if (POINT_KINDS.has(kind)) {
    if (geometry.type === "Point") return [feature];
    return [{ ...feature, geometry: pointOnFeature(feature).geometry }];
  }
  if (kind === "network") {
    return linesOf(geometry).map((coordinates): Feature<LineString> => ({
      ...feature,
      geometry: { type: "LineString", coordinates },
    }));
  }
  return [feature];
}
