import type { Geometry, Position } from "geojson";

/** Calls `visit` for every position of a geometry, in order, without copying anything. */
export function eachPosition(g: Geometry | null | undefined, visit: (p: Position) => void): void {
  if (!g) return;
  switch (g.type) {
    case "Point":
      return visit(g.coordinates);
    case "MultiPoint":
    case "LineString":
      return g.coordinates.forEach(visit);
    case "MultiLineString":
    case "Polygon":
      return g.coordinates.forEach((part) => part.forEach(visit));
    case "MultiPolygon":
      return g.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)));
    case "GeometryCollection":
      return g.geometries.forEach((child) => eachPosition(child, visit));
  }
}

/** A position with finite longitude and latitude (input files hold NaN, null and worse). */
export function isFinitePosition(p: Position | undefined): p is Position {
  return !!p && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}
