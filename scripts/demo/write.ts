// GeoJSON output with a fixed key order, one feature per line, so diffs of the demo stay readable.
import type { FeatureCollection, Geometry, Position } from "geojson";
import { ringToLonLat, toLonLat, type XY } from "./geo.ts";

export type Props = Record<string, string | number>;

export interface OutFeature {
  properties: Props;
  geometry: Geometry;
}

export const point = (p: XY): Geometry => ({ type: "Point", coordinates: toLonLat(p) });
export const line = (points: XY[]): Geometry => ({ type: "LineString", coordinates: points.map(toLonLat) });
export const polygon = (ring: XY[]): Geometry => ({ type: "Polygon", coordinates: [ringToLonLat(ring)] });

/** Lon/lat of a point geometry written by `point`. */
export function pointPosition(feature: OutFeature): Position {
  if (feature.geometry.type !== "Point") throw new Error(`${feature.properties.id} is not a point`);
  return feature.geometry.coordinates;
}

export function serializeCollection(features: OutFeature[]): string {
  const lines = features.map((f) => JSON.stringify({ type: "Feature", properties: f.properties, geometry: f.geometry }));
  return `{"type":"FeatureCollection","features":[\n${lines.join(",\n")}\n]}\n`;
}

/** "bench", 7, 3 → "bench-007". */
export function makeId(prefix: string, index: number, digits: number): string {
  return `${prefix}-${String(index + 1).padStart(digits, "0")}`;
}

/** A GeoJSON FeatureCollection, keeping only the named properties when `keep` is given. */
export function toCollection(features: OutFeature[], keep?: string[]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: features.map((f) => ({
      type: "Feature",
      properties: keep ? Object.fromEntries(keep.filter((k) => k in f.properties).map((k) => [k, f.properties[k]])) : { ...f.properties },
      geometry: f.geometry,
    })),
  };
}
