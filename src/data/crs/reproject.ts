import proj4 from "proj4";
import type { Geometry, Position } from "geojson";
import { CRS_DEFINITIONS, type CrsCode } from "./definitions.ts";

export type PositionTransform = (pos: Position) => Position;

const identity: PositionTransform = (pos) => pos;

/** A function that takes [x, y(, z)] in `code` to [lon, lat(, z)] in WGS 84. */
export function toWgs84(code: CrsCode): PositionTransform {
  if (code === "EPSG:4326") return identity;
  const converter = proj4(CRS_DEFINITIONS[code].proj4, CRS_DEFINITIONS["EPSG:4326"].proj4);
  return (pos) => {
    const [lon, lat] = converter.forward([pos[0], pos[1]]);
    return pos.length > 2 ? [lon, lat, pos[2]] : [lon, lat];
  };
}

/** The inverse: WGS 84 to `code` (used by tests and by callers that export). */
export function fromWgs84(code: CrsCode): PositionTransform {
  if (code === "EPSG:4326") return identity;
  const converter = proj4(CRS_DEFINITIONS["EPSG:4326"].proj4, CRS_DEFINITIONS[code].proj4);
  return (pos) => converter.forward([pos[0], pos[1]]);
}

/** Applies a position function to every position of a geometry, returning a new geometry. */
export function mapPositions<G extends Geometry>(geometry: G, fn: PositionTransform): G {
  const g = geometry as Geometry;
  switch (g.type) {
    case "Point":
      return { ...g, coordinates: fn(g.coordinates) } as G;
    case "MultiPoint":
    case "LineString":
      return { ...g, coordinates: g.coordinates.map(fn) } as G;
    case "MultiLineString":
    case "Polygon":
      return { ...g, coordinates: g.coordinates.map((ring) => ring.map(fn)) } as G;
    case "MultiPolygon":
      return { ...g, coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(fn))) } as G;
    case "GeometryCollection":
      return { ...g, geometries: g.geometries.map((child) => mapPositions(child, fn)) } as G;
  }
}

/** Calls `fn` for every position of a geometry (no copies). */
export { eachPosition } from "../../geo/positions";
