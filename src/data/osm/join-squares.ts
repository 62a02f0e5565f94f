import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { eachPosition } from "../../geo/positions.ts";

const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * The squares that join the walking network: a `place=square` area is walkable across only
 * where a path or street comes onto it, i.e. shares a vertex with its outline or has a vertex
 * inside it. A square no path touches stays a place, not a shortcut through a block.
 */
export function squaresOnNetwork(squares: readonly Feature<Polygon | MultiPolygon>[], network: readonly Feature[]): Feature<Polygon | MultiPolygon>[] {
  if (squares.length === 0) return [];
  const shared = new Set<string>();
  const vertices: Position[] = [];
  for (const f of network) eachPosition(f.geometry, (p) => { shared.add(key(p)); vertices.push(p); });
  vertices.sort((a, b) => a[0] - b[0]);
  const touches = (square: Feature<Polygon | MultiPolygon>): boolean => {
    let touching = false, w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
    eachPosition(square.geometry, (p) => {
      if (shared.has(key(p))) touching = true;
      w = Math.min(w, p[0]); e = Math.max(e, p[0]); s = Math.min(s, p[1]); n = Math.max(n, p[1]);
    });
    if (touching) return true;
    let lo = 0, hi = vertices.length; // first vertex with longitude ≥ w
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vertices[mid][0] < w) lo = mid + 1; else hi = mid;
    }
    for (let i = lo; i < vertices.length && vertices[i][0] <= e; i++) {
      const p = vertices[i];
      if (p[1] >= s && p[1] <= n && booleanPointInPolygon(p, square)) return true;
    }
    return false;
  };
  return squares.filter(touches);
}
