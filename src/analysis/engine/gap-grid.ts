/**
 * The gap grid: 25 m cells over the study area (a given polygon, else the data's box plus a
 * buffer), anchored on multiples of the cell size so results do not jitter. Each cell centre
 * inside the area is snapped once (cached for the engine's life) and gets the same point
 * distance as a resident; a cell with no street within the no-street-data distance is no gap
 * but "no street data here". gaps.ts dissolves both kinds into polygons.
 */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { buildGaps, type GapOptions, type GapsResult } from "../gaps.ts";
import { projectPolygons, type Ring } from "../geometry.ts";
import { DM_PER_M } from "../network.ts";
import { straightDistance } from "../places.ts";
import { cellsInPolygons, type CellFrame } from "./area-mask.ts";
import type { EngineCore } from "./core.ts";
import { pointDistanceDm } from "./point-distance.ts";
import { boxGrower, placeBuckets } from "./straight-line.ts";
import { snapWithin } from "./street-snap.ts";
import { INF } from "./types.ts";

/** Cell snap markers in place of an edge index. */
const OUTSIDE = -1;
const NO_STREET = -2;

/** Grids larger than this get coarser cells (a browser tab's memory). */
const MAX_CELLS = 4_000_000;

/** The polygons of an area given as a geometry, a feature or a collection. */
export function areaGeometry(a: Geometry | Feature | FeatureCollection): Geometry | null {
  if (a.type === "Feature") return a.geometry;
  if (a.type === "FeatureCollection") {
    const polys = a.features.flatMap((f) => (f.geometry?.type === "Polygon" ? [f.geometry.coordinates] : f.geometry?.type === "MultiPolygon" ? f.geometry.coordinates : []));
    return polys.length ? { type: "MultiPolygon", coordinates: polys } : null;
  }
  return a;
}

export interface GridOptions {
  cellM: number;
  /** around the data's box when no area is given */
  bufferM: number;
  noStreetDataM: number;
}

export class StudyAreaGrid {
  private cache: GapsResult | null = null;
  /** grid and its cell snaps ([edge, s, off] × cells; edge OUTSIDE or NO_STREET): made once */
  private cells: { frame: CellFrame; snaps: Int32Array; xs: Float64Array; ys: Float64Array } | null = null;
  private readonly areaPolys: Ring[][] | null;

  constructor(private readonly core: EngineCore, area: Geometry | Feature | FeatureCollection | null | undefined, private readonly opts: GridOptions) {
    const g = area ? areaGeometry(area) : null;
    this.areaPolys = g ? projectPolygons(g, core.projection.forward) : null;
  }

  /** Places or labels changed: the next gaps() recomputes. */
  invalidate(): void {
    this.cache = null;
  }

  gaps(opts: Partial<GapOptions> = {}): GapsResult {
    if (this.cache && !opts.force) return this.cache;
    const { net, places, res, limitDm, cutoffDm } = this.core;
    const { frame, snaps, xs, ys } = this.cells ?? (this.cells = this.snapCells());
    const n = frame.cols * frame.rows;
    const cellDist = new Int32Array(n);
    const inArea = new Uint8Array(n), noStreet = new Uint8Array(n);
    // straight-line mode: only places whose box lies within the limit of a cell can cover it
    const near = net ? null : placeBuckets(places, limitDm);
    for (let i = 0; i < n; i++) {
      const e = snaps[3 * i];
      if (e !== OUTSIDE) inArea[i] = 1;
      if (e === NO_STREET) noStreet[i] = 1;
      if (e < 0) { cellDist[i] = INF; continue; }
      if (net) cellDist[i] = pointDistanceDm(net, this.core.labels.dist, places, cutoffDm, snaps[3 * i], snaps[3 * i + 1], snaps[3 * i + 2]);
      else {
        let best = INF;
        for (const slot of near!.at(xs[i], ys[i])) best = Math.min(best, Math.round(straightDistance(places.slots[slot].shape, xs[i], ys[i]) * DM_PER_M));
        // beyond the limit the exact value does not matter for gaps
        cellDist[i] = best > limitDm ? INF : best;
      }
    }
    this.cache = buildGaps({
      ...frame, cellDist, inArea, noStreet, limitDm,
      residents: { x: res.rx, y: res.ry, weight: res.weight, reached: res.rReached, noStreet: res.rNoStreet },
      inverse: this.core.projection.inverse,
    });
    return this.cache;
  }

  private snapCells() {
    const net = this.core.net;
    const frame = this.frame();
    const { cols, rows, x0, y0, cell } = frame;
    const n = cols * rows;
    const snaps = new Int32Array(n * 3).fill(OUTSIDE);
    const xs = new Float64Array(n), ys = new Float64Array(n);
    const inside = this.areaPolys ? cellsInPolygons(this.areaPolys, frame) : null;
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const x = x0 + (c + 0.5) * cell, y = y0 + (r + 0.5) * cell;
      xs[i] = x; ys[i] = y;
      if (inside && !inside[i]) continue; // outside the study area
      if (net) {
        const s = snapWithin(net, x, y, this.opts.noStreetDataM);
        if (s) { snaps[3 * i] = s.edge; snaps[3 * i + 1] = Math.min(net.edgeLenDm[s.edge], Math.round(s.along * DM_PER_M)); snaps[3 * i + 2] = Math.round(s.off * DM_PER_M); }
        else snaps[3 * i] = NO_STREET;
      } else {
        snaps[3 * i] = 0;
      }
    }
    return { frame, snaps, xs, ys };
  }

  private frame(): CellFrame {
    const { net, res, places } = this.core;
    const { box, grow } = boxGrower();
    if (this.areaPolys && this.areaPolys.length) {
      for (const p of this.areaPolys) { const r = p[0]; for (let i = 0; i < r.length; i += 2) grow(r[i], r[i + 1]); }
    } else {
      if (net) for (let i = 0; i < net.nodeCount; i++) grow(net.nodeX[i], net.nodeY[i]);
      else {
        for (let i = 0; i < res.count; i++) grow(res.rx[i], res.ry[i]);
        for (const s of places.slots) for (let i = 0; i < s.shape.points.length; i += 2) grow(s.shape.points[i], s.shape.points[i + 1]);
      }
      if (!Number.isFinite(box.minX)) { box.minX = box.minY = 0; box.maxX = box.maxY = 0; }
      const b = this.opts.bufferM;
      box.minX -= b; box.minY -= b; box.maxX += b; box.maxY += b;
    }
    let size = this.opts.cellM;
    const x0 = Math.floor(box.minX / size) * size, y0 = Math.floor(box.minY / size) * size;
    let cols = Math.max(1, Math.ceil((box.maxX - x0) / size)), rows = Math.max(1, Math.ceil((box.maxY - y0) / size));
    while (cols * rows > MAX_CELLS) { size *= 2; cols = Math.ceil(cols / 2); rows = Math.ceil(rows / 2); }
    return { x0, y0, cols, rows, cell: size };
  }
}
