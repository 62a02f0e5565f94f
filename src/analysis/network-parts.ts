import type { Geometry, Position } from "geojson";

/**
 * What a network feature's geometry adds to the walking network: lines to walk along, and
 * walkable areas (squares, pedestrian zones) whose outline is walked along and whose inside
 * is crossed in straight lines (walkable-areas.ts).
 */
export interface NetworkParts {
  /** Every line part and every polygon ring, in order; an edge's `edgePart` indexes this list. */
  parts: Position[][];
  /** Per walkable polygon: the indices in `parts` of its rings, the outer ring first. */
  areas: number[][];
}

function collect(g: Geometry | null | undefined, out: NetworkParts): void {
  if (!g) return;
  // Files hold anything: parts that are not arrays are left out here, bad positions in buildNetwork.
  const list = <T>(c: unknown): T[] => (Array.isArray(c) ? (c as T[]) : []);
  const addPolygon = (rings: Position[][]) => {
    const valid = list<Position[]>(rings);
    if (valid.length > 0) out.areas.push(valid.map((ring) => out.parts.push(ring) - 1));
  };
  switch (g.type) {
    case "LineString":
      out.parts.push(g.coordinates);
      return;
    case "MultiLineString":
      out.parts.push(...list<Position[]>(g.coordinates));
      return;
    case "Polygon":
      addPolygon(list(g.coordinates));
      return;
    case "MultiPolygon":
      list<Position[][]>(g.coordinates).forEach(addPolygon);
      return;
    case "GeometryCollection":
      list<Geometry>(g.geometries).forEach((child) => collect(child, out));
      return;
  }
}

/** Lines and walkable areas of any geometry (points have none). */
export function networkParts(g: Geometry | null | undefined): NetworkParts {
  const out: NetworkParts = { parts: [], areas: [] };
  collect(g, out);
  return out;
}
