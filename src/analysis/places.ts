/**
 * Places (meeting places, proposals, candidates) and how they meet the network.
 *
 * A point place is reached at its own location; a polygon place at its edge (or only at its
 * given entrances). On the network a place becomes a list of accesses: an interval
 * [s0, s1] (decimetres from the edge's first node) on one edge, plus straight last metres
 * `off`. A point snaps to one position; a polygon contributes the parts of every edge that
 * lie inside it (off = 0) and its boundary sampled every `sampleM` metres, each sample
 * snapped with its own straight last metres.
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { DM_PER_M, snapPoint, type Network } from "./network.ts";
import { distanceToPolygon, pointInPolygons, projectPolygons, type Ring } from "./geometry.ts";
import type { LocalProjection } from "./projection.ts";

export interface PlaceInput {
  id: string;
  geometry: Geometry;
  /** Entrances [lon, lat]: when given, a polygon is reached only there. */
  entrances?: Position[];
}

/** Projected place geometry, for straight-line distances and sampling. */
export interface PlaceShape {
  points: Float64Array; // x,y pairs
  polygons: Ring[][];
}

export function placeShape(p: PlaceInput, proj: LocalProjection): PlaceShape {
  const pts: number[] = [];
  const addPt = (c: Position) => {
    if (!c || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) return;
    const [x, y] = proj.forward(c[0], c[1]);
    pts.push(x, y);
  };
  const g = p.geometry;
  if (p.entrances && p.entrances.length) {
    p.entrances.forEach(addPt);
    return { points: Float64Array.from(pts), polygons: [] };
  }
  const polygons: Ring[][] = [];
  const walk = (g: Geometry) => {
    if (g.type === "Point") addPt(g.coordinates);
    else if (g.type === "MultiPoint") g.coordinates.forEach(addPt);
    else if (g.type === "Polygon" || g.type === "MultiPolygon") polygons.push(...projectPolygons(g, proj.forward));
    else if (g.type === "LineString") g.coordinates.forEach(addPt);
    else if (g.type === "MultiLineString") g.coordinates.flat().forEach(addPt);
    else if (g.type === "GeometryCollection") g.geometries.forEach(walk);
  };
  if (g) walk(g);
  return { points: Float64Array.from(pts), polygons };
}

/** Straight-line distance (m) from a point to a place (0 inside a polygon place). */
export function straightDistance(shape: PlaceShape, x: number, y: number): number {
  let best = Infinity;
  const pts = shape.points;
  for (let i = 0; i < pts.length; i += 2) best = Math.min(best, Math.hypot(pts[i] - x, pts[i + 1] - y));
  return shape.polygons.length ? Math.min(best, distanceToPolygon(x, y, shape.polygons)) : best;
}

/** Flattened accesses: [edge, s0Dm, s1Dm, offDm] × n. */
export type Accesses = Int32Array;

export function placeAccesses(net: Network, shape: PlaceShape, sampleM = 10): Accesses {
  const out: number[] = [];
  const seen = new Set<string>();
  const add = (edge: number, s0: number, s1: number, off: number) => {
    const L = net.edgeLenDm[edge];
    const a = Math.min(L, Math.max(0, Math.round(s0 * DM_PER_M)));
    const b = Math.min(L, Math.max(a, Math.round(s1 * DM_PER_M)));
    const o = Math.round(off * DM_PER_M);
    const k = edge + ":" + a + ":" + b + ":" + o;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(edge, a, b, o);
  };
  const snapAdd = (x: number, y: number) => {
    const s = snapPoint(net, x, y);
    if (s) add(s.edge, s.along, s.along, s.off);
  };
  const pts = shape.points;
  for (let i = 0; i < pts.length; i += 2) snapAdd(pts[i], pts[i + 1]);
  for (const rings of shape.polygons) {
    // 1) parts of edges inside the polygon: reached with no extra metres
    clipEdges(net, rings, add);
    // 2) boundary samples, each with its straight last metres
    for (const r of rings) {
      for (let i = 0; i + 3 < r.length; i += 2) {
        const ax = r[i], ay = r[i + 1], bx = r[i + 2], by = r[i + 3];
        const len = Math.hypot(bx - ax, by - ay);
        const n = Math.max(1, Math.ceil(len / sampleM));
        for (let k = 0; k < n; k++) snapAdd(ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n);
      }
    }
  }
  return Int32Array.from(out);
}

function clipEdges(net: Network, rings: Ring[], add: (e: number, s0: number, s1: number, off: number) => void) {
  const outer = rings[0];
  if (!outer || outer.length < 8 || net.gridCols === 0) return;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < outer.length; i += 2) {
    minX = Math.min(minX, outer[i]); maxX = Math.max(maxX, outer[i]);
    minY = Math.min(minY, outer[i + 1]); maxY = Math.max(maxY, outer[i + 1]);
  }
  const { gridMinX, gridMinY, gridCell, gridCols, gridRows, gridOffsets, gridEdges, nodeX, nodeY, edgeFrom, edgeTo, edgeLenM } = net;
  const c0 = Math.max(0, Math.floor((minX - gridMinX) / gridCell)), c1 = Math.min(gridCols - 1, Math.floor((maxX - gridMinX) / gridCell));
  const r0 = Math.max(0, Math.floor((minY - gridMinY) / gridCell)), r1 = Math.min(gridRows - 1, Math.floor((maxY - gridMinY) / gridCell));
  const done = new Set<number>();
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) {
    const cell = r * gridCols + c;
    for (let k = gridOffsets[cell]; k < gridOffsets[cell + 1]; k++) {
      const e = gridEdges[k];
      if (done.has(e)) continue;
      done.add(e);
      const ax = nodeX[edgeFrom[e]], ay = nodeY[edgeFrom[e]], bx = nodeX[edgeTo[e]], by = nodeY[edgeTo[e]];
      const ts = [0, 1];
      for (const ring of rings) {
        for (let i = 0; i + 3 < ring.length; i += 2) {
          const t = segmentHit(ax, ay, bx, by, ring[i], ring[i + 1], ring[i + 2], ring[i + 3]);
          if (t !== null) ts.push(t);
        }
      }
      ts.sort((p, q) => p - q);
      let start = -1;
      for (let i = 0; i + 1 < ts.length; i++) {
        const tm = (ts[i] + ts[i + 1]) / 2;
        const inside = ts[i + 1] > ts[i] && pointInPolygons(ax + (bx - ax) * tm, ay + (by - ay) * tm, [rings]);
        if (inside && start < 0) start = ts[i];
        if (!inside && start >= 0 && ts[i + 1] > ts[i]) { add(e, start * edgeLenM[e], ts[i] * edgeLenM[e], 0); start = -1; }
      }
      if (start >= 0) add(e, start * edgeLenM[e], edgeLenM[e], 0);
    }
  }
}

/** Parameter t on a–b where it meets segment c–d, or null. */
function segmentHit(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): number | null {
  const rx = bx - ax, ry = by - ay, sx = dx - cx, sy = dy - cy;
  const den = rx * sy - ry * sx;
  if (den === 0) return null;
  const t = ((cx - ax) * sy - (cy - ay) * sx) / den;
  const u = ((cx - ax) * ry - (cy - ay) * rx) / den;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return t;
}

/**
 * GeoJSON features → places. The id is feature.id, else properties[idProperty], else
 * "place-<index>"; a repeated id (real data has them) gets "#2", "#3", … appended.
 */
export function placesFromGeoJSON(input: FeatureCollection | Feature[], idProperty = "id"): PlaceInput[] {
  const features = Array.isArray(input) ? input : input.features ?? [];
  const out: PlaceInput[] = [];
  const seen = new Map<string, number>();
  features.forEach((f, i) => {
    if (!f?.geometry) return;
    const props = f.properties ?? {};
    let id = f.id !== undefined ? String(f.id) : props[idProperty] !== undefined ? String(props[idProperty]) : `place-${i}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id = `${id}#${n}`;
    const ent = props.entrances;
    const entrances = Array.isArray(ent) && ent.every((p) => Array.isArray(p) && p.length >= 2) ? (ent as Position[]) : undefined;
    out.push({ id, geometry: f.geometry, entrances });
  });
  return out;
}
