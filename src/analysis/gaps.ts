/**
 * Gap areas: grid cells of the study area farther than the limit, dissolved into polygons;
 * and, apart from them, the cells with no street data (no street or path within the
 * no-street-data distance), which are no gap: the loaded network simply does not cover them.
 *
 * Cells are classified by the walking distance at their centre (snapped to the network like
 * a resident). Each kind of cell is grouped by 4-connectivity; each group's boundary is traced
 * along cell edges into rings (exterior counter-clockwise, holes clockwise, RFC 7946). At a
 * vertex where two cells of a group touch only diagonally the tracer turns left, so such
 * cells stay apart, matching 4-connectivity. Collinear vertices are dropped.
 */
import type { Feature, FeatureCollection, Polygon, Position } from "geojson";

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

export interface NoStreetDataProperties {
  id: string;
  /** residents without street data whose location lies in this area (weight) */
  residents: number;
  areaM2: number;
}

export interface GapsResult {
  collection: FeatureCollection<Polygon, GapProperties>;
  /** parts of the study area without street data (network mode; empty otherwise), most residents first */
  noStreetData: FeatureCollection<Polygon, NoStreetDataProperties>;
  cellSizeM: number;
  /** residents beyond reach (with street data) that live in some gap */
  residentsInGapAreas: number;
  /** residents beyond reach (with street data) whose own cell is covered (its centre is within reach) */
  residentsOutsideGapAreas: number;
}

export interface GapGrid {
  x0: number;
  y0: number;
  cols: number;
  rows: number;
  cell: number;
  cellDist: Int32Array;
  /** 1: the cell centre lies in the study area */
  inArea: Uint8Array;
  /** 1: in the area, but no street within the no-street-data distance (never a gap) */
  noStreet?: Uint8Array;
  limitDm: number;
  residents: { x: Float64Array; y: Float64Array; weight: Float64Array; reached: Uint8Array; noStreet?: Uint8Array };
  inverse: (x: number, y: number) => [number, number];
}

/** Cells grouped by 4-connectivity: a label per cell (-1 outside), and per group its size and first cell. */
interface Regions {
  label: Int32Array;
  cells: number[];
  first: number[];
}

function labelRegions(cols: number, rows: number, member: Uint8Array): Regions {
  const label = new Int32Array(cols * rows).fill(-1);
  const cells: number[] = [], first: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < label.length; i++) {
    if (label[i] >= 0 || !member[i]) continue;
    const id = cells.length;
    label[i] = id;
    stack.push(i);
    let count = 0;
    while (stack.length) {
      const k = stack.pop()!;
      count++;
      const c = k % cols, r = (k - c) / cols;
      const nb = [c > 0 ? k - 1 : -1, c < cols - 1 ? k + 1 : -1, r > 0 ? k - cols : -1, r < rows - 1 ? k + cols : -1];
      for (const m of nb) if (m >= 0 && label[m] < 0 && member[m]) { label[m] = id; stack.push(m); }
    }
    cells.push(count);
    first.push(i);
  }
  return { label, cells, first };
}

/** Each region's rings in grid vertex units [i, j, i, j, …]: its outer ring and its holes. */
function traceRings(cols: number, rows: number, { label, cells }: Regions): { outer: (number[] | null)[]; holes: number[][][] } {
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
  const outer: (number[] | null)[] = new Array(cells.length).fill(null);
  const holes: number[][][] = Array.from({ length: cells.length }, () => []);
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
    if (area > 0) outer[eComp[e0]] = pts;
    else holes[eComp[e0]].push(pts);
  }
  return { outer, holes };
}

/** Every region as a polygon in lon/lat, with its bbox; regions without an outer ring are left out. */
function regionPolygons(g: GapGrid, regions: Regions): { k: number; coordinates: Position[][]; bbox: [number, number, number, number] }[] {
  const { outer, holes } = traceRings(g.cols, g.rows, regions);
  const toLonLat = (pts: number[]) => {
    const coords: [number, number][] = [];
    for (let i = 0; i < pts.length; i += 2) coords.push(g.inverse(g.x0 + pts[i] * g.cell, g.y0 + pts[i + 1] * g.cell));
    coords.push(coords[0]);
    return coords;
  };
  const out: { k: number; coordinates: Position[][]; bbox: [number, number, number, number] }[] = [];
  outer.forEach((o, k) => {
    if (!o) return;
    const coordinates = [toLonLat(o), ...holes[k].map(toLonLat)];
    let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
    for (const [lon, lat] of coordinates[0]) { minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon); minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat); }
    out.push({ k, coordinates, bbox: [minLon, minLat, maxLon, maxLat] });
  });
  return out;
}

/** The region label of each resident's cell (-1 when outside the grid or in no region). */
function cellLabelAt(g: GapGrid, label: Int32Array, x: number, y: number): number {
  const c = Math.floor((x - g.x0) / g.cell), r = Math.floor((y - g.y0) / g.cell);
  return c >= 0 && c < g.cols && r >= 0 && r < g.rows ? label[r * g.cols + c] : -1;
}

const byResidentsThenArea = <P extends { id: string; residents: number; areaM2: number }>(a: Feature<Polygon, P>, b: Feature<Polygon, P>) =>
  b.properties.residents - a.properties.residents || b.properties.areaM2 - a.properties.areaM2 || a.properties.id.localeCompare(b.properties.id);

export function buildGaps(g: GapGrid): GapsResult {
  const { cols, rows, cell } = g;
  const n = cols * rows;
  const cellArea = cell * cell;
  const gapMember = new Uint8Array(n), noStreetMember = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!g.inArea[i]) continue;
    if (g.noStreet?.[i]) noStreetMember[i] = 1;
    else if (g.cellDist[i] > g.limitDm) gapMember[i] = 1;
  }
  const gaps = labelRegions(cols, rows, gapMember);
  const noData = labelRegions(cols, rows, noStreetMember);
  // residents per gap (beyond reach, with street data) and per no-street-data area (without)
  const resW = new Float64Array(gaps.cells.length), resN = new Int32Array(gaps.cells.length);
  const noDataW = new Float64Array(noData.cells.length);
  let inGap = 0, outside = 0;
  const { x, y, weight, reached, noStreet } = g.residents;
  for (let r = 0; r < x.length; r++) {
    if (noStreet?.[r]) {
      const k = cellLabelAt(g, noData.label, x[r], y[r]);
      if (k >= 0) noDataW[k] += weight[r];
      continue;
    }
    if (reached[r]) continue;
    const k = cellLabelAt(g, gaps.label, x[r], y[r]);
    if (k >= 0) { resW[k] += weight[r]; resN[k]++; inGap += weight[r]; }
    else outside += weight[r];
  }
  const features: Feature<Polygon, GapProperties>[] = regionPolygons(g, gaps).map(({ k, coordinates, bbox }) => {
    const id = `gap-${gaps.first[k]}`;
    const properties: GapProperties = { id, rank: 0, residents: resW[k], residentPoints: resN[k], areaM2: gaps.cells[k] * cellArea, cells: gaps.cells[k], bbox };
    return { type: "Feature", id, bbox, geometry: { type: "Polygon", coordinates }, properties };
  });
  features.sort(byResidentsThenArea);
  features.forEach((f, i) => { f.properties.rank = i + 1; });
  const noDataFeatures: Feature<Polygon, NoStreetDataProperties>[] = regionPolygons(g, noData).map(({ k, coordinates, bbox }) => {
    const id = `no-street-data-${noData.first[k]}`;
    return { type: "Feature", id, bbox, geometry: { type: "Polygon", coordinates }, properties: { id, residents: noDataW[k], areaM2: noData.cells[k] * cellArea } };
  });
  noDataFeatures.sort(byResidentsThenArea);
  return {
    collection: { type: "FeatureCollection", features },
    noStreetData: { type: "FeatureCollection", features: noDataFeatures },
    cellSizeM: cell, residentsInGapAreas: inGap, residentsOutsideGapAreas: outside,
  };
}
