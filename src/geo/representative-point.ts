import { pointOnFeature } from "@turf/turf";
import type { Geometry } from "geojson";

/** A point that lies on the geometry (inside a polygon, on a line): where to put a marker or a label. */
export function representativePoint(geometry: Geometry): [number, number] {
  if (geometry.type === "Point") return [geometry.coordinates[0], geometry.coordinates[1]];
  const [lon, lat] = pointOnFeature(geometry).geometry.coordinates;
  return [lon, lat];
}
