/** Small builders shared by the analysis tests: local metres → lon/lat GeoJSON. */
import type { Feature, FeatureCollection, LineString, Point, Polygon } from "geojson";
import { createProjection } from "../../../src/analysis/projection.ts";

export const CENTER: [number, number] = [4.4, 51.2];
export const P = createProjection(...CENTER);
export const ll = (x: number, y: number): [number, number] => P.inverse(x, y);

export const line = (...pts: [number, number][]): Feature<LineString> => ({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: pts.map(([x, y]) => ll(x, y)) } });
export const point = (x: number, y: number, properties: Record<string, unknown> = {}): Feature<Point> => ({ type: "Feature", properties, geometry: { type: "Point", coordinates: ll(x, y) } });
export const rect = (x0: number, y0: number, x1: number, y1: number, properties: Record<string, unknown> = {}): Feature<Polygon> => ({
  type: "Feature",
  properties,
  geometry: { type: "Polygon", coordinates: [[ll(x0, y0), ll(x1, y0), ll(x1, y1), ll(x0, y1), ll(x0, y0)]] },
});
export const fc = (...features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });
