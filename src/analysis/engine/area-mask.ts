/**
 * Which cell centres of a grid lie in the study area. A city's neighbourhoods (a hundred
 * polygons, tens of thousands of vertices) over a few hundred thousand cells are too many for
 * a point-in-polygon test per cell and polygon; a scanline per grid row is not: per polygon
 * and row, the ring edges crossing the row's centre line give sorted crossings, and the cells
 * between the 1st and 2nd, 3rd and 4th … crossing are inside. The crossings use the same
 * formula and the same half-open rule as pointInRings, so the answer is exactly its answer.
 */
import type { Ring } from "../geometry.ts";

export interface CellFrame {
  x0: number;
  y0: number;
  cols: number;
  rows: number;
  cell: number;
}

/** Centre of column c / row r, computed exactly as the grid computes it. */
const centre = (o: number, k: number, cell: number) => o + (k + 0.5) * cell;

/** First index k in [0, n] whose centre is ≥ v (centres increase with k). */
function firstAtOrAbove(o: number, cell: number, n: number, v: number): number {
  let k = Math.min(n, Math.max(0, Math.ceil((v - o) / cell - 0.5)));
  while (k > 0 && centre(o, k - 1, cell) >= v) k--;
  while (k < n && centre(o, k, cell) < v) k++;
  return k;
}

/** 1 for every cell whose centre lies in any of the polygons (rings[0] outer, rest holes; even–odd). */
export function cellsInPolygons(polys: readonly (readonly Ring[])[], f: CellFrame): Uint8Array {
  const mask = new Uint8Array(f.cols * f.rows);
  const rowsX = new Map<number, number[]>();
  for (const rings of polys) {
    rowsX.clear();
    for (const r of rings) {
      const n = r.length / 2;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const xi = r[2 * i], yi = r[2 * i + 1], xj = r[2 * j], yj = r[2 * j + 1];
        // candidate rows, then the exact test pointInRings makes
        const r0 = firstAtOrAbove(f.y0, f.cell, f.rows, Math.min(yi, yj)), r1 = firstAtOrAbove(f.y0, f.cell, f.rows, Math.max(yi, yj));
        for (let row = Math.max(0, r0 - 1); row <= Math.min(f.rows - 1, r1 + 1); row++) {
          const y = centre(f.y0, row, f.cell);
          if (yi > y === yj > y) continue;
          const x = ((xj - xi) * (y - yi)) / (yj - yi) + xi;
          const list = rowsX.get(row);
          if (list) list.push(x); else rowsX.set(row, [x]);
        }
      }
    }
    for (const [row, xs] of rowsX) {
      xs.sort((a, b) => a - b);
      // a centre x is inside when an odd number of crossings lie beyond it: [xs[0], xs[1]), …
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const c0 = firstAtOrAbove(f.x0, f.cell, f.cols, xs[k]), c1 = firstAtOrAbove(f.x0, f.cell, f.cols, xs[k + 1]);
        mask.fill(1, row * f.cols + c0, row * f.cols + c1);
      }
    }
  }
  return mask;
}
