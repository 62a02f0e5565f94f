/**
 * Gap areas: grid cells of the study area farther than the limit, dissolved into polygons.
 *
 * Cells are classified by the walking distance at their centre (snapped to the network like
 * a resident). Uncovered cells are grouped by 4-connectivity; each group's boundary is traced
 * along cell edges into rings (exterior counter-clockwise, holes clockwise, RFC 7946). At a
 * vertex where two cells of a group touch only diagonally the tracer turns left, so such
 * cells stay apart, matching 4-connectivity. Collinear vertices are dropped.
 */
import type { Feature, FeatureCollection, Polygon } from "geojson";

export interface GapOptions {
  /** recompute even if cached */
  force: boolean;
}

export interface GapProperties {
  id: string;
  rank: number;
  /** residents beyond reach whose location lies in this gap (weight) */
  residents: number;
  residentPoints: number;
  areaM2: number;
  cells: number;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: [number, number, number, number];
}

export interface GapsResult {
  collection: FeatureCollection<Polygon, GapProperties>;
  cellSizeM: number;
  /** residents beyond reach that live in some gap */
  residentsInGapAreas: number;
  /** residents beyond reach whose own cell is covered (its centre is within reach) */
  residentsOutsideGapAreas: number;
}

export interface GapGrid {
  x0: number;
  y0: number;
  cols: number;
  rows: number;
  cell: number;
  cellDist: Int32Array;
  inArea: Uint8Array;
  limitDm: number;
  residents: { x: Float64Array; y: Float64Array; weight: Float64Array; reached: Uint8Array };
  inverse: (x: number, y: number) => [number, number];
}

export function buildGaps(g: GapGrid): GapsResult {
  const { cols, rows, cell, x0, y0 } = g;
  const n = cols * rows;
  const label = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  let comps = 0;
  const compCells: number[] = [];
  const compFirst: number[] = [];
  for (let i = 0; i < n; i++) {
    if (label[i] >= 0 || !g.inArea[i] || g.cellDist[i] <= g.limitDm) continue;
    label[i] = comps;
    stack.push(i);
    let count = 0;
    while (stack.length) {
      const k = stack.pop()!;
      count++;
      const c = k % cols, r = (k - c) / cols;
      const nb = [c > 0 ? k - 1 : -1, c < cols - 1 ? k + 1 : -1, r > 0 ? k - cols : -1, r < rows - 1 ? k + cols : -1];
      for (const m of nb) if (m >= 0 && label[m] < 0 && g.inArea[m] && g.cellDist[m] > g.limitDm) { label[m] = comps; stack.push(m); }
    }
    compCells.push(count);
    compFirst.push(i);
    comps++;
  }
  // residents per gap
  const resW = new Float64Array(comps), resN = new Int32Array(comps);
  let inGap = 0, outside = 0;
  const R = g.residents.x.length;
  for (let r = 0; r < R; r++) {
    if (g.residents.reached[r]) continue;
    const c = Math.floor((g.residents.x[r] - x0) / cell), rr = Math.floor((g.residents.y[r] - y0) / cell);
    const k = c >= 0 && c < cols && rr >= 0 && rr < rows ? label[rr * cols + c] : -1;
    if (k >= 0) { resW[k] += g.residents.weight[r]; resN[k]++; inGap += g.residents.weight[r]; }
    else outside += g.residents.weight[r];
  }
  // directed boundary edges, interior on the left; vertex id = j * (cols + 1) + i
  const VW = cols + 1;
  const eFrom: number[] = [], eDir: number[] = [], eComp: number[] = [];
  const out1 = new Map<number, number>(), out2 = new Map<number, number>();
  const addEdge = (v: number, dir: number, comp: number) => {
    const id = eFrom.length;
    eFrom.push(v); eDir.push(dir); eComp.push(comp);
    if (!out1.has(v)) out1.set(v, id); else out2.set(v, id);
  };
  const same = (c: number, r: number, comp: number) => c >= 0 && c < cols && r >= 0 && r < rows && label[r * cols + c] === comp;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    const comp = label[r * cols + c];
    if (comp < 0) continue;
    if (!same(c, r - 1, comp)) addEdge(r * VW + c, 0, comp); // bottom, heading east
    if (!same(c + 1, r, comp)) addEdge(r * VW + c + 1, 1, comp); // right, heading north
    if (!same(c, r + 1, comp)) addEdge((r + 1) * VW + c + 1, 2, comp); // top, heading west
    if (!same(c - 1, r, comp)) addEdge((r + 1) * VW + c, 3, comp); // left, heading south
  }
  const DX = [1, 0, -1, 0], DY = [0, 1, 0, -1];
  const used = new Uint8Array(eFrom.length);
  const rings: { comp: number; pts: number[]; area: number }[] = [];
  for (let e0 = 0; e0 < eFrom.length; e0++) {
    if (used[e0]) continue;
    const pts: number[] = [];
    let e = e0;
    let prevDir = -1;
    while (!used[e]) {
      used[e] = 1;
      const v = eFrom[e];
      const vi = v % VW, vj = (v - vi) / VW;
      if (eDir[e] !== prevDir) pts.push(vi, vj);
      prevDir = eDir[e];
      const w = v + DX[eDir[e]] + DY[eDir[e]] * VW;
      const a = out1.get(w), b = out2.get(w);
      let next = a!;
      if (b !== undefined) {
        const left = (eDir[e] + 1) % 4;
        const pick = (x: number | undefined) => x !== undefined && !used[x] && eComp[x] === eComp[e];
        if (pick(a) && eDir[a!] === left) next = a!;
        else if (pick(b) && eDir[b] === left) next = b;
        else next = pick(a) ? a! : b;
      }
      if (next === undefined) break;
      e = next;
    }
    // drop the start vertex if the ring enters it straight
    if (pts.length >= 4 && eDir[e0] === prevDir) pts.splice(0, 2);
    let area = 0;
    for (let i = 0; i < pts.length; i += 2) {
      const j = (i + 2) % pts.length;
      area += pts[i] * pts[j + 1] - pts[j] * pts[i + 1];
    }
    rings.push({ comp: eComp[e0], pts, area: (area / 2) * cell * cell });
  }
  const outer: (number[] | null)[] = new Array(comps).fill(null);
  const holes: number[][][] = Array.from({ length: comps }, () => []);
  for (const ring of rings) {
    if (ring.area > 0) outer[ring.comp] = ring.pts;
    else holes[ring.comp].push(ring.pts);
  }
  const toLonLat = (pts: number[]) => {
    const coords: [number, number][] = [];
    for (let i = 0; i < pts.length; i += 2) coords.push(g.inverse(x0 + pts[i] * cell, y0 + pts[i + 1] * cell));
    coords.push(coords[0]);
    return coords;
  };
  const features: Feature<Polygon, GapProperties>[] = [];
  for (let k = 0; k < comps; k++) {
    const o = outer[k];
    if (!o) continue;
    const coordinates = [toLonLat(o), ...holes[k].map(toLonLat)];
    let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
    for (const [lon, lat] of coordinates[0]) { minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon); minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat); }
    const bbox: [number, number, number, number] = [minLon, minLat, maxLon, maxLat];
    const id = `gap-${compFirst[k]}`;
    features.push({
      type: "Feature",
      id,
      bbox,
      geometry: { type: "Polygon", coordinates },
      properties: { id, rank: 0, residents: resW[k], residentPoints: resN[k], areaM2: compCells[k] * cell * cell, cells: compCells[k], bbox },
    });
  }
  features.sort((a, b) => b.properties.residents - a.properties.residents || b.properties.areaM2 - a.properties.areaM2 || a.properties.id.localeCompare(b.properties.id));
  features.forEach((f, i) => { f.properties.rank = i + 1; });
  return { collection: { type: "FeatureCollection", features }, cellSizeM: cell, residentsInGapAreas: inGap, residentsOutsideGapAreas: outside };
}
