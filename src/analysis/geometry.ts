/** Small planar helpers in local metres (no allocation in the hot ones). */
import type { Geometry, Position } from "geojson";

export type Ring = Float64Array; // x0,y0,x1,y1,… closed (last == first)

/** Squared distance from (px, py) to the segment a–b. */
export function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  let t = l2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / l2 : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const fx = ax + t * dx - px;
  const fy = ay + t * dy - py;
  return fx * fx + fy * fy;
}

/** Even–odd point in polygon; rings[0] outer, rest holes. */
export function pointInRings(x: number, y: number, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = r[2 * i], yi = r[2 * i + 1], xj = r[2 * j], yj = r[2 * j + 1];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Distance from a point to the boundary of a polygon (0 inside). */
export function distanceToPolygon(x: number, y: number, polys: readonly (readonly Ring[])[]): number {
  let best = Infinity;
  for (const rings of polys) {
    if (pointInRings(x, y, rings)) return 0;
    for (const r of rings) {
      for (let i = 0; i + 3 < r.length; i += 2) {
        const d2 = segmentDistance2(x, y, r[i], r[i + 1], r[i + 2], r[i + 3]);
        if (d2 < best) best = d2;
      }
    }
  }
  return Math.sqrt(best);
}

export function ringArea(r: Ring): number {
  let a = 0;
  for (let i = 0; i + 3 < r.length; i += 2) a += r[i] * r[i + 3] - r[i + 2] * r[i + 1];
  return a / 2;
}

export type Project = (lon: number, lat: number) => [number, number];

export function projectRing(coords: readonly Position[], project: Project): Ring {
  const closed = coords.length > 0 && (coords[0][0] !== coords[coords.length - 1][0] || coords[0][1] !== coords[coords.length - 1][1]);
  const n = coords.length + (closed ? 1 : 0);
  const out = new Float64Array(2 * n);
  for (let i = 0; i < coords.length; i++) {
    const [x, y] = project(coords[i][0], coords[i][1]);
    out[2 * i] = x;
    out[2 * i + 1] = y;
  }
  if (closed) {
    out[2 * n - 2] = out[0];
    out[2 * n - 1] = out[1];
  }
  return out;
}

/** Polygon or MultiPolygon → list of polygons, each a list of projected rings. */
export function projectPolygons(g: Geometry, project: Project): Ring[][] {
  if (g.type === "Polygon") return [g.coordinates.map((r) => projectRing(r, project))];
  if (g.type === "MultiPolygon") return g.coordinates.map((p) => p.map((r) => projectRing(r, project)));
  return [];
}

export function pointInPolygons(x: number, y: number, polys: readonly (readonly Ring[])[]): boolean {
  for (const p of polys) if (pointInRings(x, y, p)) return true;
  return false;
}
