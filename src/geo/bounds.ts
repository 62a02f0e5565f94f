import { bbox } from "@turf/turf";
import type { FeatureCollection } from "geojson";

export type Bounds = [west: number, south: number, east: number, north: number];

/** Bounds of a collection, or null when it has nothing to frame. */
export function boundsOf(fc: FeatureCollection): Bounds | null {
  if (fc.features.length === 0) return null;
  const [w, s, e, n] = bbox(fc);
  return [w, s, e, n].every(Number.isFinite) ? [w, s, e, n] : null;
}
