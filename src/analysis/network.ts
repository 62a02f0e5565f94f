/**
 * Street/footpath network → compact routing graph (CSR in typed arrays) + segment index.
 *
 * Nodes are shared coordinates (rounded to 1e-7°, ≈1 cm): lines that share a vertex are
 * connected, lines that only cross are not (bridges, tunnels). Every segment between two
 * consecutive vertices of an input line becomes one undirected edge; edge i keeps the
 * input feature index, the part index (MultiLineString) and the segment index inside that
 * part, so a map can colour a static street layer by edge without re-sending geometry.
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { isFinitePosition } from "../geo/positions.ts";
import { createProjection, type LocalProjection } from "./projection.ts";

export const DM_PER_M = 10; // all routing distances are integers in decimetres

export interface NetworkData {
  /** Projection centre (the projection itself is rebuilt from these). */
  lon0: number;
  lat0: number;
  nodeCount: number;
  edgeCount: number;
  nodeX: Float64Array;
  nodeY: Float64Array;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  /** Exact projected length in metres. */
  edgeLenM: Float64Array;
  /** Routing length in decimetres, rounded, at least 1 (keeps the bucket queue exact). */
  edgeLenDm: Int32Array;
  edgeFeature: Int32Array;
  edgePart: Int32Array;
  edgeSegment: Int32Array;
  /** CSR adjacency: for node n, entries adjOffsets[n] … adjOffsets[n+1]-1. */
  adjOffsets: Int32Array;
  adjTarget: Int32Array;
  adjEdge: Int32Array;
  adjLenDm: Int32Array;
  /** Connected component per node, 0…componentCount-1. */
  component: Int32Array;
  componentCount: number;
  /** Uniform grid of segments for nearest-segment queries. */
  gridMinX: number;
  gridMinY: number;
  gridCell: number;
  gridCols: number;
  gridRows: number;
  gridOffsets: Int32Array;
  gridEdges: Int32Array;
  /** Input line features that were skipped (no usable geometry). */
  skippedFeatures: number;
}

export interface Network extends NetworkData {
  projection: LocalProjection;
}

/** The typed arrays of a network, e.g. for a transfer list. */
export function networkBuffers(n: NetworkData): ArrayBuffer[] {
  return [n.nodeX, n.nodeY, n.edgeFrom, n.edgeTo, n.edgeLenM, n.edgeLenDm, n.edgeFeature, n.edgePart, n.edgeSegment, n.adjOffsets, n.adjTarget, n.adjEdge, n.adjLenDm, n.component, n.gridOffsets, n.gridEdges].map((a) => a.buffer as ArrayBuffer);
}

export function hydrateNetwork(n: NetworkData): Network {
  return { ...n, projection: createProjection(n.lon0, n.lat0) };
}

/** The line parts of any geometry (other types have none). */
export function lineParts(g: Geometry | null | undefined): Position[][] {
  if (!g) return [];
  if (g.type === "LineString") return [g.coordinates];
  if (g.type === "MultiLineString") return g.coordinates;
  if (g.type === "GeometryCollection") return g.geometries.flatMap(lineParts);
  return [];
}


/** Longitude/latitude bounding box of anything GeoJSON-like (positions only). */
export function geometryBbox(geoms: Iterable<Geometry | null | undefined>, into?: [number, number, number, number]): [number, number, number, number] {
  const b = into ?? [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === "number") {
      const x = c[0] as number, y = c[1] as number;
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
      return;
    }
    for (const e of c) walk(e);
  };
  for (const g of geoms) {
    if (!g) continue;
    if (g.type === "GeometryCollection") geometryBbox(g.geometries, b);
    else walk(g.coordinates);
  }
  return b;
}

export interface BuildNetworkOptions {
  /** Projection centre; default: centre of the network's bounding box. */
  center?: [number, number];
}

export function buildNetwork(fc: FeatureCollection | Feature[] | null | undefined, opts: BuildNetworkOptions = {}): Network {
  const features: Feature[] = !fc ? [] : Array.isArray(fc) ? fc : fc.features ?? [];
  const bbox = geometryBbox(features.map((f) => (f ? lineParts(f.geometry).length ? f.geometry : null : null)));
  const center = opts.center ?? (Number.isFinite(bbox[0]) ? [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2] : [0, 0]);
  const proj = createProjection(center[0], center[1]);

  const nodeIndex = new Map<string, number>();
  let xs: number[] = [];
  let ys: number[] = [];
  const ef: number[] = [], et: number[] = [], efeat: number[] = [], epart: number[] = [], eseg: number[] = [];
  let skipped = 0;
  const nodeOf = (p: Position): number => {
    const key = Math.round(p[0] * 1e7) + "," + Math.round(p[1] * 1e7);
    let id = nodeIndex.get(key);
    if (id === undefined) {
      id = xs.length;
      nodeIndex.set(key, id);
      const [x, y] = proj.forward(p[0], p[1]);
      xs.push(x);
      ys.push(y);
    }
    return id;
  };
  for (let fi = 0; fi < features.length; fi++) {
    const parts = lineParts(features[fi]?.geometry);
    let used = false;
    for (let pi = 0; pi < parts.length; pi++) {
      const coords = parts[pi];
      if (!Array.isArray(coords)) continue;
      let prev = -1;
      for (let si = 0; si < coords.length; si++) {
        const p = coords[si];
        if (!isFinitePosition(p)) { prev = -1; continue; }
        const n = nodeOf(p);
        if (prev >= 0 && prev !== n) {
          ef.push(prev); et.push(n); efeat.push(fi); epart.push(pi); eseg.push(si - 1);
          used = true;
        }
        prev = n;
      }
    }
    if (!used) skipped++;
  }
  const nodeCount = xs.length;
  const edgeCount = ef.length;
  const nodeX = Float64Array.from(xs);
  const nodeY = Float64Array.from(ys);
  xs = ys = [];
  const edgeFrom = Int32Array.from(ef), edgeTo = Int32Array.from(et);
  const edgeLenM = new Float64Array(edgeCount), edgeLenDm = new Int32Array(edgeCount);
  const deg = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    const a = edgeFrom[e], b = edgeTo[e];
    const len = Math.hypot(nodeX[b] - nodeX[a], nodeY[b] - nodeY[a]);
    edgeLenM[e] = len;
    edgeLenDm[e] = Math.max(1, Math.round(len * DM_PER_M));
    deg[a + 1]++;
    deg[b + 1]++;
  }
  for (let i = 0; i < nodeCount; i++) deg[i + 1] += deg[i];
  const adjOffsets = deg;
  const fill = adjOffsets.slice(0, nodeCount);
  const adjTarget = new Int32Array(2 * edgeCount), adjEdge = new Int32Array(2 * edgeCount), adjLenDm = new Int32Array(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const a = edgeFrom[e], b = edgeTo[e];
    let k = fill[a]++;
    adjTarget[k] = b; adjEdge[k] = e; adjLenDm[k] = edgeLenDm[e];
    k = fill[b]++;
    adjTarget[k] = a; adjEdge[k] = e; adjLenDm[k] = edgeLenDm[e];
  }
  // Components by iterative flood fill.
  const component = new Int32Array(nodeCount).fill(-1);
  const stack = new Int32Array(nodeCount);
  let componentCount = 0;
  for (let s = 0; s < nodeCount; s++) {
    if (component[s] >= 0) continue;
    let top = 0;
    stack[top++] = s;
    component[s] = componentCount;
    while (top > 0) {
      const u = stack[--top];
      for (let k = adjOffsets[u]; k < adjOffsets[u + 1]; k++) {
        const v = adjTarget[k];
        if (component[v] < 0) { component[v] = componentCount; stack[top++] = v; }
      }
    }
    componentCount++;
  }
  const grid = buildSegmentGrid(nodeX, nodeY, edgeFrom, edgeTo);
  return {
    lon0: center[0], lat0: center[1], projection: proj,
    nodeCount, edgeCount, nodeX, nodeY, edgeFrom, edgeTo, edgeLenM, edgeLenDm,
    edgeFeature: Int32Array.from(efeat), edgePart: Int32Array.from(epart), edgeSegment: Int32Array.from(eseg),
    adjOffsets, adjTarget, adjEdge, adjLenDm, component, componentCount,
    ...grid, skippedFeatures: skipped,
  };
}

function buildSegmentGrid(nodeX: Float64Array, nodeY: Float64Array, edgeFrom: Int32Array, edgeTo: Int32Array) {
  const E = edgeFrom.length;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < nodeX.length; i++) {
    if (nodeX[i] < minX) minX = nodeX[i];
    if (nodeX[i] > maxX) maxX = nodeX[i];
    if (nodeY[i] < minY) minY = nodeY[i];
    if (nodeY[i] > maxY) maxY = nodeY[i];
  }
  if (E === 0) return { gridMinX: 0, gridMinY: 0, gridCell: 1, gridCols: 0, gridRows: 0, gridOffsets: new Int32Array(1), gridEdges: new Int32Array(0) };
  const w = Math.max(maxX - minX, 1), h = Math.max(maxY - minY, 1);
  // About two segments per cell on average, never finer than 5 m.
  const cell = Math.max(5, Math.sqrt((w * h) / Math.max(E / 2, 1)));
  const cols = Math.max(1, Math.ceil(w / cell) + 1), rows = Math.max(1, Math.ceil(h / cell) + 1);
  const counts = new Int32Array(cols * rows + 1);
  const range = (e: number, f: (c: number) => void) => {
    const a = edgeFrom[e], b = edgeTo[e];
    const c0 = Math.floor((Math.min(nodeX[a], nodeX[b]) - minX) / cell), c1 = Math.floor((Math.max(nodeX[a], nodeX[b]) - minX) / cell);
    const r0 = Math.floor((Math.min(nodeY[a], nodeY[b]) - minY) / cell), r1 = Math.floor((Math.max(nodeY[a], nodeY[b]) - minY) / cell);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) f(r * cols + c);
  };
  for (let e = 0; e < E; e++) range(e, (c) => counts[c + 1]++);
  for (let i = 0; i < cols * rows; i++) counts[i + 1] += counts[i];
  const fill = counts.slice(0, cols * rows);
  const edges = new Int32Array(counts[cols * rows]);
  for (let e = 0; e < E; e++) range(e, (c) => { edges[fill[c]++] = e; });
  return { gridMinX: minX, gridMinY: minY, gridCell: cell, gridCols: cols, gridRows: rows, gridOffsets: counts, gridEdges: edges };
}

/** Where a point meets the network: edge, position along it, and the straight last metres. */
export interface Snap {
  edge: number;
  /** metres from edgeFrom[edge] along the edge */
  along: number;
  /** straight distance from the point to that position, metres */
  off: number;
}

/** Nearest position on any segment (not just the nearest vertex). Null on an empty network. */
export function snapPoint(net: NetworkData, x: number, y: number, maxDistance = Infinity): Snap | null {
  if (net.edgeCount === 0) return null;
  const { gridMinX, gridMinY, gridCell, gridCols, gridRows, gridOffsets, gridEdges, nodeX, nodeY, edgeFrom, edgeTo } = net;
  const cc = Math.min(gridCols - 1, Math.max(0, Math.floor((x - gridMinX) / gridCell)));
  const cr = Math.min(gridRows - 1, Math.max(0, Math.floor((y - gridMinY) / gridCell)));
  let best = Infinity, bestE = -1, bestT = 0;
  const maxRing = Math.max(gridCols, gridRows);
  const visit = (c: number, r: number) => {
    const cell = r * gridCols + c;
    for (let k = gridOffsets[cell]; k < gridOffsets[cell + 1]; k++) {
      const e = gridEdges[k];
      const a = edgeFrom[e], b = edgeTo[e];
      const ax = nodeX[a], ay = nodeY[a];
      const dx = nodeX[b] - ax, dy = nodeY[b] - ay;
      const l2 = dx * dx + dy * dy;
      let t = l2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / l2 : 0;
      if (t < 0) t = 0; else if (t > 1) t = 1;
      const fx = ax + t * dx - x, fy = ay + t * dy - y;
      const d2 = fx * fx + fy * fy;
      if (d2 < best || (d2 === best && e < bestE)) { best = d2; bestE = e; bestT = t; }
    }
  };
  for (let ring = 0; ring <= maxRing; ring++) {
    const c0 = cc - ring, c1 = cc + ring, r0 = cr - ring, r1 = cr + ring;
    for (let c = Math.max(0, c0); c <= Math.min(gridCols - 1, c1); c++) {
      if (r0 >= 0) visit(c, r0);
      if (ring > 0 && r1 < gridRows) visit(c, r1);
    }
    for (let r = Math.max(0, r0 + 1); r <= Math.min(gridRows - 1, r1 - 1); r++) {
      if (c0 >= 0) visit(c0, r);
      if (ring > 0 && c1 < gridCols) visit(c1, r);
    }
    const bound = ring * gridCell; // every unvisited cell is at least this far away
    if (bestE >= 0 && best <= bound * bound) break;
    if (bound > maxDistance && bestE < 0) break;
  }
  if (bestE < 0) return null;
  const off = Math.sqrt(best);
  if (off > maxDistance) return null;
  return { edge: bestE, along: bestT * net.edgeLenM[bestE], off };
}
