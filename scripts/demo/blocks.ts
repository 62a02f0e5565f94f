// Blocks: the land between four street nodes, inset from the street centre lines.
import { distance, type XY } from "./geo.ts";
import type { ZoneGrid } from "./grid.ts";
import { cellSpec, type CellSpec, type ZoneId } from "./plan.ts";

/** Half a street plus pavement: building fronts stand this far from the centre line. */
const INSET = 7;

export interface Cell {
  key: string;
  zone: ZoneId;
  col: number;
  row: number;
  /** South-west, south-east, north-east, north-west street nodes. */
  corners: [XY, XY, XY, XY];
  spec: CellSpec;
  /** Block width (west–east) and depth (south–north) after the inset, metres. */
  width: number;
  height: number;
}

export function buildCells(grid: ZoneGrid): Cell[] {
  const { zone, nodes } = grid;
  const cells: Cell[] = [];
  for (let row = 0; row < zone.ys.length - 1; row++) {
    for (let col = 0; col < zone.xs.length - 1; col++) {
      const corners: [XY, XY, XY, XY] = [nodes[col][row], nodes[col + 1][row], nodes[col + 1][row + 1], nodes[col][row + 1]];
      const width = (distance(corners[0], corners[1]) + distance(corners[3], corners[2])) / 2 - 2 * INSET;
      const height = (distance(corners[0], corners[3]) + distance(corners[1], corners[2])) / 2 - 2 * INSET;
      cells.push({ key: `${zone.id}:${col},${row}`, zone: zone.id, col, row, corners, spec: cellSpec(zone.id, col, row), width, height });
    }
  }
  return cells;
}

/** Bilinear point in the cell's quad, from unit coordinates. */
export function cellPoint(cell: Cell, u: number, v: number): XY {
  const [a, b, c, d] = cell.corners;
  const w00 = (1 - u) * (1 - v);
  const w10 = u * (1 - v);
  const w11 = u * v;
  const w01 = (1 - u) * v;
  return [a[0] * w00 + b[0] * w10 + c[0] * w11 + d[0] * w01, a[1] * w00 + b[1] * w10 + c[1] * w11 + d[1] * w01];
}

/** A point given in metres from the block's south-west corner (inside the inset). */
export function blockPoint(cell: Cell, a: number, b: number): XY {
  return cellPoint(cell, (INSET + a) / (cell.width + 2 * INSET), (INSET + b) / (cell.height + 2 * INSET));
}

/** A counter-clockwise quad from a rectangle in block metres (skewed with the block). */
export function blockRect(cell: Cell, a0: number, b0: number, a1: number, b1: number): XY[] {
  return [blockPoint(cell, a0, b0), blockPoint(cell, a1, b0), blockPoint(cell, a1, b1), blockPoint(cell, a0, b1)];
}
