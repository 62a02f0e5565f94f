/**
 * Straight crossings of walkable areas (squares, pedestrian zones), in local metres.
 *
 * People cross a square; they do not walk around its edge. For each walkable polygon the
 * network builder asks for straight edges between its entry nodes, kept only where the
 * straight segment stays inside the polygon (concave squares, holes such as a fountain or a
 * building). Entries are, in order of priority:
 *   1. outline vertices shared with another line or area: where streets and paths come in;
 *   2. reflex outline vertices (inner corners): a shortest walk inside a polygon only bends
 *      there, so with them the crossings give the true shortest walk around a concave corner.
 *      Corners flatter than 1° are left out (mapping jitter of a centimetre on a straight
 *      edge makes many): a walk grazing one simply follows the outline;
 *   3. network nodes inside the area (a path that ends or bends on the square);
 *   4. all other outline vertices when the outline is small (at most SMALL_OUTLINE).
 * At most MAX_ENTRIES entries are used per polygon (so at most 4,950 pairs); the outline
 * itself is always walkable, so a capped area stays connected, only some crossings are lost.
 */
import { pointInRings, segmentDistance2, type Ring } from "./geometry.ts";

/** Outlines with at most this many vertices use all of them as entries. */
export const SMALL_OUTLINE = 16;
/** Entries per polygon; n entries give n(n−1)/2 candidate pairs. */
export const MAX_ENTRIES = 100;
/** Metres: a vertex this close to a crossing touches it (OSM positions are 1e-7°, ≈1 cm). */
const EPS = 1e-6;
/** An inner corner must turn by more than 1° to be an entry. */
const MIN_REFLEX_SIN = Math.sin(Math.PI / 180);

export interface AreaNodes {
  nodeX: Float64Array;
  nodeY: Float64Array;
  /** 1 when a node is also used by another line or area: a way into the area. */
  shared: Uint8Array;
  /** Ground-level line nodes that may lie inside an area, sorted by x (see `byX`). */
  innerByX: Int32Array;
}

/** Node ids sorted by x, for the inside-node range query. */
export function byX(nodeX: Float64Array, nodes: Iterable<number>): Int32Array {
  return Int32Array.from(nodes).sort((a, b) => nodeX[a] - nodeX[b]);
}

function ringOf(nodes: readonly number[], nodeX: Float64Array, nodeY: Float64Array): Ring {
  const n = nodes.length;
  const closed = n > 0 && nodes[0] === nodes[n - 1];
  const r = new Float64Array(2 * (closed ? n : n + 1));
  nodes.forEach((id, i) => { r[2 * i] = nodeX[id]; r[2 * i + 1] = nodeY[id]; });
  if (!closed && n > 0) { r[2 * n] = r[0]; r[2 * n + 1] = r[1]; }
  return r;
}

function onBoundary(x: number, y: number, rings: readonly Ring[]): boolean {
  for (const r of rings) {
    for (let i = 0; i + 3 < r.length; i += 2) if (segmentDistance2(x, y, r[i], r[i + 1], r[i + 2], r[i + 3]) <= EPS * EPS) return true;
  }
  return false;
}

const insideOrOn = (x: number, y: number, rings: readonly Ring[]) => onBoundary(x, y, rings) || pointInRings(x, y, rings);

/**
 * Whether the straight segment a–b stays inside the polygon (its boundary counts as inside).
 * The segment is cut wherever it meets the boundary; each piece lies wholly inside or wholly
 * outside, so testing each piece's midpoint is exact, also where it grazes a vertex.
 */
export function segmentInside(ax: number, ay: number, bx: number, by: number, rings: readonly Ring[]): boolean {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return false;
  const len = Math.sqrt(len2);
  const cuts = [0, 1];
  const along = (px: number, py: number) => ((px - ax) * dx + (py - ay) * dy) / len2;
  for (const r of rings) {
    for (let i = 0; i + 3 < r.length; i += 2) {
      const cx = r[i], cy = r[i + 1], ex = r[i + 2], ey = r[i + 3];
      const dc = (dx * (cy - ay) - dy * (cx - ax)) / len; // signed distance of c from the line a–b
      const de = (dx * (ey - ay) - dy * (ex - ax)) / len;
      if (Math.abs(dc) <= EPS) cuts.push(along(cx, cy));
      if (Math.abs(de) <= EPS) cuts.push(along(ex, ey));
      if ((dc > EPS && de < -EPS) || (dc < -EPS && de > EPS)) {
        const s = dc / (dc - de);
        cuts.push(along(cx + s * (ex - cx), cy + s * (ey - cy)));
      }
    }
  }
  const ts = cuts.filter((t) => t >= 0 && t <= 1).sort((p, q) => p - q);
  for (let k = 0; k + 1 < ts.length; k++) {
    if ((ts[k + 1] - ts[k]) * len <= EPS) continue;
    const t = (ts[k] + ts[k + 1]) / 2;
    if (!insideOrOn(ax + t * dx, ay + t * dy, rings)) return false;
  }
  return true;
}

/** Outline vertices at an inner corner of the area (a reflex angle seen from inside). */
function reflexVertices(ringNodes: readonly number[], ring: Ring, isOuter: boolean): number[] {
  const n = ring.length / 2 - 1; // distinct vertices (the ring is closed)
  if (n < 3) return [];
  let area2 = 0;
  for (let i = 0; i < n; i++) area2 += ring[2 * i] * ring[2 * i + 3] - ring[2 * i + 2] * ring[2 * i + 1];
  // Inside the area lies left of a counter-clockwise outer ring and right of a counter-clockwise hole.
  const sign = Math.sign(area2) * (isOuter ? 1 : -1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = (i + n - 1) % n, q = (i + 1) % n;
    const turn = (ring[2 * i] - ring[2 * p]) * (ring[2 * q + 1] - ring[2 * i + 1]) - (ring[2 * i + 1] - ring[2 * p + 1]) * (ring[2 * q] - ring[2 * i]);
    const scale = Math.hypot(ring[2 * i] - ring[2 * p], ring[2 * i + 1] - ring[2 * p + 1]) * Math.hypot(ring[2 * q] - ring[2 * i], ring[2 * q + 1] - ring[2 * i + 1]);
    if (turn * sign < -MIN_REFLEX_SIN * scale) out.push(ringNodes[i]);
  }
  return out;
}

/** Nodes of `sorted` (by x) with x in [x0, x1]. */
function* inXRange(sorted: Int32Array, nodeX: Float64Array, x0: number, x1: number): Generator<number> {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodeX[sorted[mid]] < x0) lo = mid + 1; else hi = mid;
  }
  for (let k = lo; k < sorted.length && nodeX[sorted[k]] <= x1; k++) yield sorted[k];
}

/** The entry nodes of one polygon (rings as node ids and as coordinates, outer first), best first, at most MAX_ENTRIES. */
function areaEntries(ctx: AreaNodes, ringNodes: readonly (readonly number[])[], rings: readonly Ring[]): number[] {
  const { nodeX, nodeY, shared } = ctx;
  const onOutline = new Set(ringNodes.flat());
  const entries = new Set<number>();
  for (const id of onOutline) if (shared[id]) entries.add(id);
  ringNodes.forEach((r, i) => reflexVertices(r, rings[i], i === 0).forEach((id) => entries.add(id)));
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const id of onOutline) {
    minX = Math.min(minX, nodeX[id]); maxX = Math.max(maxX, nodeX[id]);
    minY = Math.min(minY, nodeY[id]); maxY = Math.max(maxY, nodeY[id]);
  }
  for (const id of inXRange(ctx.innerByX, nodeX, minX, maxX)) {
    if (onOutline.has(id) || nodeY[id] < minY || nodeY[id] > maxY) continue;
    if (insideOrOn(nodeX[id], nodeY[id], rings)) entries.add(id);
  }
  if (onOutline.size <= SMALL_OUTLINE) for (const id of onOutline) entries.add(id);
  return [...entries].slice(0, MAX_ENTRIES);
}

/**
 * Straight crossings of one walkable polygon: flat pairs [a0, b0, a1, b1, …] of entry nodes
 * whose straight segment stays inside it.
 */
export function areaCrossings(ctx: AreaNodes, ringNodes: readonly (readonly number[])[]): number[] {
  if (ringNodes.length === 0 || ringNodes[0].length < 3) return [];
  const { nodeX, nodeY } = ctx;
  const rings = ringNodes.map((r) => ringOf(r, nodeX, nodeY));
  const entries = areaEntries(ctx, ringNodes, rings);
  const pairs: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i], b = entries[j];
      if (segmentInside(nodeX[a], nodeY[a], nodeX[b], nodeY[b], rings)) pairs.push(a, b);
    }
  }
  return pairs;
}
