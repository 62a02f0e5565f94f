// The street graph per zone as edges between grid nodes: each edge a slightly bowed polyline with
// a name. Edges that only bound blocks (the villa edge has no street) are kept but not walked.
import { lerp, type XY } from "./geo.ts";
import type { ZoneGrid } from "./grid.ts";
import { add, left, scale, sub, unit } from "./poly.ts";
import { between, rngFor } from "./rng.ts";
import { MISSING_STREETS, OLD_ROADS, VILLA_EDGE, type ZoneId } from "./plan.ts";

export interface NetEdge {
  zone: ZoneId;
  /** Node keys "col,row" at both ends; a cul-de-sac's far end has a key of its own. */
  a: string;
  b: string;
  points: XY[];
  name?: string;
  /** Walkable street (written to streets.geojson). */
  street: boolean;
  /** Bounds blocks (a cul-de-sac runs into a block and bounds none). */
  boundary: boolean;
}

const key = (col: number, row: number) => `${col},${row}`;
const SAMPLES = [0.25, 0.5, 0.75];

/** A gentle arc between two nodes: old streets were never pegged out straight. */
function bowed(a: XY, b: XY, bow: number, seed: string): XY[] {
  if (bow === 0) return [a, b];
  const rng = rngFor(`bow:${seed}`);
  const arc = between(rng, -bow, bow);
  const wave = between(rng, -bow, bow) / 3;
  const n = left(unit(sub(b, a)));
  return [a, ...SAMPLES.map((t) => add(lerp(a, b, t), scale(n, arc * Math.sin(Math.PI * t) + wave * Math.sin(2 * Math.PI * t)))), b];
}

/** Catmull-Rom between p1 and p2: an old road flows through its nodes without kinks. */
function catmullRom(p0: XY, p1: XY, p2: XY, p3: XY): XY[] {
  const at = (t: number): XY => {
    const t2 = t * t;
    const t3 = t2 * t;
    const c = (i: 0 | 1) => 0.5 * (2 * p1[i] + (p2[i] - p0[i]) * t + (2 * p0[i] - 5 * p1[i] + 4 * p2[i] - p3[i]) * t2 + (3 * p1[i] - p0[i] - 3 * p2[i] + p3[i]) * t3);
    return [c(0), c(1)];
  };
  return [p1, ...SAMPLES.map(at), p2];
}

/** The old roads' edges as smooth curves, keyed "col,row|col,row" in both directions. */
function oldRoadEdges(grid: ZoneGrid): Map<string, { name: string; points: XY[] }> {
  const out = new Map<string, { name: string; points: XY[] }>();
  for (const road of OLD_ROADS.filter((r) => r.zone === grid.zone.id)) {
    const pts = road.route.map(([c, r]) => grid.nodes[c][r]);
    for (let i = 0; i + 1 < pts.length; i++) {
      const points = catmullRom(pts[Math.max(0, i - 1)], pts[i], pts[i + 1], pts[Math.min(pts.length - 1, i + 2)]);
      const [from, to] = [key(...road.route[i]), key(...road.route[i + 1])];
      out.set(`${from}|${to}`, { name: road.name, points });
      out.set(`${to}|${from}`, { name: road.name, points: [...points].reverse() });
    }
  }
  return out;
}

export function buildEdges(grid: ZoneGrid): NetEdge[] {
  const { zone, nodes } = grid;
  const lastCol = zone.xs.length - 1;
  const lastRow = zone.ys.length - 1;
  const villas = zone.id === VILLA_EDGE.zone;
  const missing = new Set(MISSING_STREETS.filter((m) => m.zone === zone.id).map((m) => `${key(...m.from)}|${key(...m.to)}`));
  const oldRoads = oldRoadEdges(grid);
  const edges: NetEdge[] = [];

  const link = (c0: number, r0: number, c1: number, r1: number, name: string, villaEdge: boolean) => {
    const id = `${key(c0, r0)}|${key(c1, r1)}`;
    if (missing.has(id)) return;
    const [a, b] = [nodes[c0][r0], nodes[c1][r1]];
    // Edges along the boundary, the canal or the railway stay straight.
    const onEdge = (c0 === c1 && (c0 === 0 || c0 === lastCol)) || (r0 === r1 && (r0 === 0 || r0 === lastRow));
    const old = oldRoads.get(id);
    const points = old?.points ?? (onEdge ? [a, b] : bowed(a, b, zone.bow, `${zone.id}:${id}`));
    edges.push({ zone: zone.id, a: key(c0, r0), b: key(c1, r1), points, name: old?.name ?? name, street: !villaEdge, boundary: true });
  };

  zone.xs.forEach((_, col) => {
    for (let row = 0; row < lastRow; row++) link(col, row, col, row + 1, zone.namesX[col], villas && col > VILLA_EDGE.col);
  });
  zone.ys.forEach((_, row) => {
    for (let col = 0; col < lastCol; col++) link(col, row, col + 1, row, zone.namesY[row], villas && col >= VILLA_EDGE.col);
  });
  const taken = new Set(edges.flatMap((e) => [`${e.a}|${e.b}`, `${e.b}|${e.a}`]));
  for (const [id, { name, points }] of oldRoads) {
    if (taken.has(id)) continue; // a straight step took over a grid street, or the way back was added
    taken.add(id).add(id.split("|").reverse().join("|"));
    const [a, b] = id.split("|");
    edges.push({ zone: zone.id, a, b, points, name, street: true, boundary: true });
  }
  if (villas) edges.push(...culDeSacs(grid));
  return edges;
}

/** On even rows a short street runs into the villa edge and stops. */
function culDeSacs({ zone, nodes }: ZoneGrid): NetEdge[] {
  const col = VILLA_EDGE.col;
  return zone.ys.flatMap((_, row) => {
    if (row % 2 !== 0) return [];
    const from = nodes[col][row];
    const end = lerp(from, nodes[col + 1][row], VILLA_EDGE.reach);
    return [{ zone: zone.id, a: key(col, row), b: `end:${row}`, points: [from, end], name: zone.namesY[row], street: true, boundary: false }];
  });
}
