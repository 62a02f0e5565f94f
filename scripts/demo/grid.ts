// Street-grid nodes per zone, bent by smooth seeded noise so streets wander and meet at varied
// angles, with the old roads' nodes swung and eased onto smooth curves.
import { lerp, type XY } from "./geo.ts";
import { add, left, scale, sub, unit } from "./poly.ts";
import { between, rngFor } from "./rng.ts";
import { CANAL, OLD_ROADS, RAIL, ZONES, type OldRoad, type Zone, type ZoneId } from "./plan.ts";

/** Nodes on the canal and railway move less, and the same for both banks. */
const BARRIER_WARP = 8;
/** Node-to-node scatter on top of the smooth field, metres. */
const SCATTER = 4;

export interface ZoneGrid {
  zone: Zone;
  /** nodes[col][row] in metres. */
  nodes: XY[][];
}

/**
 * A smooth field in [-1, 1]: three seeded plane waves, long ones bending whole streets and a
 * short one (about two blocks) making neighbouring junctions differ.
 */
function smoothField(key: string): (p: XY) => number {
  const rng = rngFor(`field:${key}`);
  const waves = [
    [560, 0.45],
    [300, 0.35],
    [190, 0.2],
  ].map(([wavelength, weight]) => {
    const angle = between(rng, 0, 2 * Math.PI);
    return { kx: (Math.cos(angle) * 2 * Math.PI) / wavelength, ky: (Math.sin(angle) * 2 * Math.PI) / wavelength, phase: between(rng, 0, 2 * Math.PI), weight };
  });
  return ([x, y]) => waves.reduce((s, w) => s + w.weight * Math.sin(w.kx * x + w.ky * y + w.phase), 0);
}

const fieldX = smoothField("x");
const fieldY = smoothField("y");

/** Where the field is read: on a barrier, its centre line, so nodes facing each other move alike. */
function probe(p: XY, onCanal: boolean, onRail: boolean): XY {
  return [onRail ? RAIL.x : p[0], onCanal ? (CANAL.south + CANAL.north) / 2 : p[1]];
}

/** Nodes on a zone's edge move only along that edge, so barriers and the boundary stay straight. */
function node(zone: Zone, col: number, row: number): XY {
  const base: XY = [zone.xs[col], zone.ys[row]];
  const lastCol = col === zone.xs.length - 1;
  const lastRow = row === zone.ys.length - 1;
  const onX = col === 0 || lastCol;
  const onY = row === 0 || lastRow;
  const onRail = (lastCol && base[0] < RAIL.x) || (col === 0 && base[0] > RAIL.x);
  const onCanal = (lastRow && base[1] < CANAL.south) || (row === 0 && base[1] > CANAL.north);
  const p = probe(base, onCanal, onRail);
  const warp = onRail || onCanal ? BARRIER_WARP : zone.warp;
  const rng = rngFor(`node:${zone.id}:${col}:${row}`);
  const scatter = onX || onY ? 0 : SCATTER;
  const dx = onX ? 0 : warp * fieldX(p) + between(rng, -scatter, scatter);
  const dy = onY ? 0 : warp * fieldY(p) + between(rng, -scatter, scatter);
  return [base[0] + dx, base[1] + dy];
}

/** How far from an old road its swing still moves the streets around it (m). */
const SWING_REACH = 220;

/**
 * Swings an old road off the straight line between its ends, taking the streets around it along
 * (less with distance) so the blocks beside it keep their shape; then eases the road's own nodes
 * towards their neighbours, so it runs in one long curve.
 */
function curveOldRoad(zone: Zone, nodes: XY[][], road: OldRoad): void {
  const route = road.route;
  const first = nodes[route[0][0]][route[0][1]];
  const last = nodes[route[route.length - 1][0]][route[route.length - 1][1]];
  const chord = sub(last, first);
  const length = Math.hypot(chord[0], chord[1]);
  const along = unit(chord);
  const side = left(along);
  nodes.forEach((column, col) =>
    column.forEach((p, row) => {
      if (col === 0 || row === 0 || col === zone.xs.length - 1 || row === zone.ys.length - 1) return; // edges stay put
      const rel = sub(p, first);
      const t = Math.max(0, Math.min(1, (rel[0] * along[0] + rel[1] * along[1]) / length));
      const off = rel[0] * side[0] + rel[1] * side[1];
      const fade = Math.exp(-((off / SWING_REACH) ** 2));
      column[row] = add(p, scale(side, road.swing * Math.sin(Math.PI * t) * fade));
    }),
  );
  for (let pass = 0; pass < 3; pass++) {
    const points = route.map(([c, r]) => nodes[c][r]);
    for (let i = 1; i < route.length - 1; i++) {
      const [c, r] = route[i];
      nodes[c][r] = lerp(points[i], lerp(points[i - 1], points[i + 1], 0.5), 0.5);
    }
  }
}

export function buildGrids(): Map<ZoneId, ZoneGrid> {
  const grids = new Map<ZoneId, ZoneGrid>();
  for (const zone of ZONES) {
    const nodes = zone.xs.map((_, col) => zone.ys.map((_, row) => node(zone, col, row)));
    for (const road of OLD_ROADS.filter((r) => r.zone === zone.id)) curveOldRoad(zone, nodes, road);
    grids.set(zone.id, { zone, nodes });
  }
  return grids;
}

export function gridNode(grids: Map<ZoneId, ZoneGrid>, ref: { zone: ZoneId; col: number; row: number }): XY {
  const grid = grids.get(ref.zone);
  const p = grid?.nodes[ref.col]?.[ref.row];
  if (!p) throw new Error(`no grid node ${ref.zone} ${ref.col},${ref.row}`);
  return p;
}
