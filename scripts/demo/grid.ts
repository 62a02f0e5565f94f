// Street-grid nodes per zone, slightly jittered so blocks are not perfect rectangles.
import type { XY } from "./geo.ts";
import { between, rngFor } from "./rng.ts";
import { ZONES, type Zone, type ZoneId } from "./plan.ts";

const JITTER = 8;

export interface ZoneGrid {
  zone: Zone;
  /** nodes[col][row] in metres. */
  nodes: XY[][];
}

/**
 * Nodes on a zone's edge move only along that edge. Along the canal and railway the shift
 * depends on the line alone, so nodes facing each other line up and crossings stay straight.
 */
function node(zone: Zone, col: number, row: number): XY {
  const lastCol = col === zone.xs.length - 1;
  const lastRow = row === zone.ys.length - 1;
  const onX = col === 0 || lastCol;
  const onY = row === 0 || lastRow;
  const xKey = onY ? `x:${zone.xs.join()}:${col}` : `x:${zone.id}:${col}:${row}`;
  const yKey = onX ? `y:${zone.ys.join()}:${row}` : `y:${zone.id}:${col}:${row}`;
  const dx = onX ? 0 : between(rngFor(xKey), -JITTER, JITTER);
  const dy = onY ? 0 : between(rngFor(yKey), -JITTER, JITTER);
  return [zone.xs[col] + dx, zone.ys[row] + dy];
}

export function buildGrids(): Map<ZoneId, ZoneGrid> {
  const grids = new Map<ZoneId, ZoneGrid>();
  for (const zone of ZONES) {
    const nodes = zone.xs.map((_, col) => zone.ys.map((_, row) => node(zone, col, row)));
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
