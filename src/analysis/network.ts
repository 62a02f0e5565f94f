/**
 * Street/footpath network → compact routing graph (CSR in typed arrays) + segment index.
 *
 * Nodes are shared coordinates (rounded to 1e-7°, ≈1 cm): lines that share a vertex are
 * connected, lines that only cross are not (bridges, tunnels). Every segment between two
 * consecutive vertices of an input line or polygon ring becomes one undirected edge; edge i
 * keeps the input feature index, the part index (networkParts) and the segment index inside
 * that part, so a map can colour a static street layer by edge without re-sending geometry.
 * Polygons are walkable areas: besides their outline they get straight crossing edges
 * (walkable-areas.ts), which have no input segment: part and segment CROSSING (-1).
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { isFinitePosition } from "../geo/positions.ts";
import { componentIslands, ISLAND_SNAP_EXTRA_M } from "./islands.ts";
import { networkParts } from "./network-parts.ts";
import { createProjection, type LocalProjection } from "./projection.ts";
import { areaCrossings, byX, type AreaNodes } from "./walkable-areas.ts";

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
  /** Index into networkParts(feature).parts; CROSSING for a straight crossing of a walkable area. */
  edgePart: Int32Array;
  /** Segment k (vertex k to k+1) of that part; CROSSING for a crossing. */
  edgeSegment: Int32Array;
  /** CSR adjacency: for node n, entries adjOffsets[n] … adjOffsets[n+1]-1. */
  adjOffsets: Int32Array;
  adjTarget: Int32Array;
  adjEdge: Int32Array;
  adjLenDm: Int32Array;
  /** Connected component per node, 0…componentCount-1. */
  component: Int32Array;
  componentCount: number;
  /** Street length per component, metres (crossings not counted). */
  componentLengthM: Float64Array;
  /** 1 for a small cut-off component that snapping passes by (islands.ts). */
  componentIsland: Uint8Array;
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
  return [n.nodeX, n.nodeY, n.edgeFrom, n.edgeTo, n.edgeLenM, n.edgeLenDm, n.edgeFeature, n.edgePart, n.edgeSegment, n.adjOffsets, n.adjTarget, n.adjEdge, n.adjLenDm, n.component, n.componentLengthM, n.componentIsland, n.gridOffsets, n.gridEdges].map((a) => a.buffer as ArrayBuffer);
}

export function hydrateNetwork(n: NetworkData): Network {
  return { ...n, projection: createProjection(n.lon0, n.lat0) };
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

/** edgePart and edgeSegment of a straight crossing of a walkable area: it has no input segment. */
export const CROSSING = -1;

const YES = (v: unknown) => v !== undefined && v !== null && v !== "no" && v !== false;

/**
 * A bridge, a tunnel or a line on another layer passes over or under a square: its nodes
 * inside the area are no way onto it (where it shares an outline vertex, it still is).
 */
function offGround(props: Record<string, unknown> | null | undefined): boolean {
  if (!props) return false;
  const layer = Number(props.layer ?? 0);
  return YES(props.bridge) || (YES(props.tunnel) && props.tunnel !== "building_passage") || (Number.isFinite(layer) && layer !== 0);
}

export interface BuildNetworkOptions {
  /** Projection centre; default: centre of the network's bounding box. */
  center?: [number, number];
}

export function buildNetwork(fc: FeatureCollection | Feature[] | null | undefined, opts: BuildNetworkOptions = {}): Network {
  const features: Feature[] = !fc ? [] : Array.isArray(fc) ? fc : fc.features ?? [];
  const partsOf = features.map((f) => networkParts(f?.geometry));
  const bbox = geometryBbox(features.map((f, fi) => (partsOf[fi].parts.length ? f.geometry : null)));
  const center = opts.center ?? (Number.isFinite(bbox[0]) ? [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2] : [0, 0]);
  const proj = createProjection(center[0], center[1]);

  const nodeIndex = new Map<string, number>();
  let xs: number[] = [];
  let ys: number[] = [];
  // Only with walkable areas, per node: the first line feature or polygon using it, whether
  // another one does too (a way into an area), and whether a ground-level one does (it may
  // lie on a square).
  const withAreas = partsOf.some((p) => p.areas.length > 0);
  const firstUser: number[] = [], sharedBy: number[] = [], ground: number[] = [];
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
      if (withAreas) { firstUser.push(-1); sharedBy.push(0); ground.push(0); }
    }
    return id;
  };
  /** Walkable polygons: their feature and their rings as node ids. */
  const areas: { feature: number; rings: number[][] }[] = [];
  let users = 0; // one user id per line feature and per polygon
  for (let fi = 0; fi < features.length; fi++) {
    const { parts, areas: polygons } = partsOf[fi];
    const isGround = withAreas && !offGround(features[fi]?.properties);
    const lineUser = users++;
    // Rings (of this feature's polygons) as node ids, and the user id of each ring part.
    const ringUser = new Map<number, number>();
    const ringNodes = new Map<number, number[]>();
    for (const rings of polygons) {
      const user = users++;
      for (const r of rings) { ringUser.set(r, user); ringNodes.set(r, []); }
    }
    let used = false;
    for (let pi = 0; pi < parts.length; pi++) {
      const coords = parts[pi];
      if (!Array.isArray(coords)) continue;
      const user = ringUser.get(pi) ?? lineUser;
      const ring = ringNodes.get(pi);
      let prev = -1;
      for (let si = 0; si < coords.length; si++) {
        const p = coords[si];
        if (!isFinitePosition(p)) { prev = -1; continue; }
        const n = nodeOf(p);
        if (withAreas) {
          if (firstUser[n] < 0) firstUser[n] = user;
          else if (firstUser[n] !== user) sharedBy[n] = 1;
          if (isGround) ground[n] = 1;
        }
        if (prev >= 0 && prev !== n) {
          ef.push(prev); et.push(n); efeat.push(fi); epart.push(pi); eseg.push(si - 1);
          used = true;
        }
        if (ring && prev !== n) ring.push(n);
        prev = n;
      }
    }
    for (const rings of polygons) areas.push({ feature: fi, rings: rings.map((r) => ringNodes.get(r)!) });
    if (!used) skipped++;
  }
  const nodeCount = xs.length;
  const nodeX = Float64Array.from(xs);
  const nodeY = Float64Array.from(ys);
  xs = ys = [];
  if (areas.length > 0) addCrossings(areas, { nodeX, nodeY, shared: Uint8Array.from(sharedBy), innerByX: byX(nodeX, ground.flatMap((g, n) => (g ? [n] : []))) }, { ef, et, efeat, epart, eseg });
  const edgeCount = ef.length;
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
  const edgePart = Int32Array.from(epart);
  const grid = buildSegmentGrid(nodeX, nodeY, edgeFrom, edgeTo);
  return {
    lon0: center[0], lat0: center[1], projection: proj,
    nodeCount, edgeCount, nodeX, nodeY, edgeFrom, edgeTo, edgeLenM, edgeLenDm,
    edgeFeature: Int32Array.from(efeat), edgePart, edgeSegment: Int32Array.from(eseg),
    adjOffsets, adjTarget, adjEdge, adjLenDm, component, componentCount,
    ...componentIslands(componentCount, component, edgeFrom, edgeLenM, edgePart),
    ...grid, skippedFeatures: skipped,
  };
}

interface EdgeLists { ef: number[]; et: number[]; efeat: number[]; epart: number[]; eseg: number[] }

/**
 * Adds the straight crossings of every walkable area, then puts each feature's crossings right
 * after its own edges, so edges stay in feature order (featureDistances sizes its answer by
 * the last edge's feature). A crossing that repeats an existing edge is left out.
 */
function addCrossings(areas: readonly { feature: number; rings: number[][] }[], ctx: AreaNodes, lists: EdgeLists): void {
  const { ef, et, efeat, epart, eseg } = lists;
  const n = ctx.nodeX.length;
  const key = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const pairsOf = areas.map((area) => areaCrossings(ctx, area.rings));
  const inPair = new Uint8Array(n);
  for (const pairs of pairsOf) for (const id of pairs) inPair[id] = 1;
  const existing = new Set<number>();
  for (let e = 0; e < ef.length; e++) if (inPair[ef[e]] && inPair[et[e]]) existing.add(key(ef[e], et[e]));
  const inputEdges = ef.length;
  areas.forEach((area, k) => {
    const pairs = pairsOf[k];
    for (let i = 0; i < pairs.length; i += 2) {
      const id = key(pairs[i], pairs[i + 1]);
      if (existing.has(id)) continue;
      existing.add(id);
      ef.push(pairs[i]); et.push(pairs[i + 1]); efeat.push(area.feature); epart.push(CROSSING); eseg.push(CROSSING);
    }
  });
  if (ef.length === inputEdges) return;
  // Stable counting sort by feature: input edges are in feature order already, crossings too.
  const features = efeat.reduce((m, f) => Math.max(m, f), 0) + 1;
  const start = new Int32Array(features + 1);
  for (const f of efeat) start[f + 1]++;
  for (let f = 0; f < features; f++) start[f + 1] += start[f];
  const order = new Int32Array(ef.length);
  for (let e = 0; e < ef.length; e++) order[start[efeat[e]]++] = e;
  for (const list of [ef, et, efeat, epart, eseg]) {
    const copy = list.slice();
    for (let k = 0; k < order.length; k++) list[k] = copy[order[k]];
  }
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
  // The cells a segment passes through, row by row (not its whole bounding box: a long
  // diagonal, such as the crossing of a square, would otherwise fill a block of cells).
  const range = (e: number, f: (c: number) => void) => {
    const a = edgeFrom[e], b = edgeTo[e];
    const ax = nodeX[a], ay = nodeY[a], bx = nodeX[b], by = nodeY[b];
    const c0 = Math.floor((Math.min(ax, bx) - minX) / cell), c1 = Math.floor((Math.max(ax, bx) - minX) / cell);
    const r0 = Math.floor((Math.min(ay, by) - minY) / cell), r1 = Math.floor((Math.max(ay, by) - minY) / cell);
    const slope = r0 === r1 ? 0 : (bx - ax) / (by - ay);
    const slack = 1e-9 * cell; // a segment through a cell corner is kept in both cells
    for (let r = r0; r <= r1; r++) {
      let lo = c0, hi = c1;
      if (r0 !== r1) {
        const y0 = Math.max(Math.min(ay, by), minY + r * cell), y1 = Math.min(Math.max(ay, by), minY + (r + 1) * cell);
        const x0 = ax + (y0 - ay) * slope, x1 = ax + (y1 - ay) * slope;
        lo = Math.max(c0, Math.floor((Math.min(x0, x1) - slack - minX) / cell));
        hi = Math.min(c1, Math.floor((Math.max(x0, x1) + slack - minX) / cell));
      }
      for (let c = lo; c <= hi; c++) f(r * cols + c);
    }
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

export interface SnapOptions {
  /**
   * "avoid" (default): when the nearest segment lies on a small cut-off island (islands.ts)
   * and a segment of a larger component is at most ISLAND_SNAP_EXTRA_M further, snap there.
   * "keep": always the nearest segment.
   */
  islands?: "avoid" | "keep";
}

/**
 * Nearest position on any segment (not just the nearest vertex), passing small islands by
 * (see SnapOptions). Null on an empty network or beyond maxDistance.
 */
export function snapPoint(net: NetworkData, x: number, y: number, maxDistance = Infinity, options: SnapOptions = {}): Snap | null {
  if (net.edgeCount === 0) return null;
  const nearest = nearestSegment(net, x, y, maxDistance);
  if (!nearest || options.islands === "keep") return nearest;
  const { component, componentIsland, edgeFrom } = net;
  if (!componentIsland?.[component[edgeFrom[nearest.edge]]]) return nearest;
  const connected = nearestSegment(net, x, y, Math.min(maxDistance, nearest.off + ISLAND_SNAP_EXTRA_M), (e) => !componentIsland[component[edgeFrom[e]]]);
  return connected ?? nearest;
}

/** Nearest position on any segment that `accept`s, by rings of grid cells outward. */
function nearestSegment(net: NetworkData, x: number, y: number, maxDistance: number, accept?: (edge: number) => boolean): Snap | null {
  const { gridMinX, gridMinY, gridCell, gridCols, gridRows, gridOffsets, gridEdges, nodeX, nodeY, edgeFrom, edgeTo } = net;
  const cc = Math.min(gridCols - 1, Math.max(0, Math.floor((x - gridMinX) / gridCell)));
  const cr = Math.min(gridRows - 1, Math.max(0, Math.floor((y - gridMinY) / gridCell)));
  let best = Infinity, bestE = -1, bestT = 0;
  const maxRing = Math.max(gridCols, gridRows);
  const visit = (c: number, r: number) => {
    const cell = r * gridCols + c;
    for (let k = gridOffsets[cell]; k < gridOffsets[cell + 1]; k++) {
      const e = gridEdges[k];
      if (accept && !accept(e)) continue;
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
