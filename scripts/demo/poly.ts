// Plane geometry for irregular blocks: inset, half-plane cuts, containment and a block's own axes.
import { centroid, distance, signedArea, type XY } from "./geo.ts";

export const add = (a: XY, b: XY): XY => [a[0] + b[0], a[1] + b[1]];
export const sub = (a: XY, b: XY): XY => [a[0] - b[0], a[1] - b[1]];
export const scale = (a: XY, s: number): XY => [a[0] * s, a[1] * s];
export const cross = (a: XY, b: XY): number => a[0] * b[1] - a[1] * b[0];
export const unit = (a: XY): XY => scale(a, 1 / (Math.hypot(a[0], a[1]) || 1));
/** Left normal: the inside of a counter-clockwise ring. */
export const left = ([x, y]: XY): XY => [-y, x];

/** A ring whose segment i (ring[i] → ring[i+1]) fronts a street or not. */
export interface FlaggedRing {
  ring: XY[];
  street: boolean[];
}

/** Interior angle at vertex i of a counter-clockwise ring, radians (> π where the ring bends inwards). */
export function interiorAngle(ring: XY[], i: number): number {
  const n = ring.length;
  const a = unit(sub(ring[(i + n - 1) % n], ring[i]));
  const b = unit(sub(ring[(i + 1) % n], ring[i]));
  const angle = Math.atan2(cross(b, a), a[0] * b[0] + a[1] * b[1]);
  return angle < 0 ? angle + 2 * Math.PI : angle;
}

/** Moves every segment of a counter-clockwise ring inwards by its own distance. */
export function insetRing(ring: XY[], by: (i: number) => number): XY[] {
  const n = ring.length;
  const lines = ring.map((p, i) => {
    const dir = unit(sub(ring[(i + 1) % n], p));
    return { p: add(p, scale(left(dir), by(i))), dir };
  });
  return lines.map((cur, i) => {
    const prev = lines[(i + n - 1) % n];
    const denom = cross(prev.dir, cur.dir);
    // Almost straight on: the two offset lines nearly coincide, so take the current one's start.
    if (Math.abs(denom) < 0.05) return cur.p;
    const t = cross(sub(cur.p, prev.p), cur.dir) / denom;
    return add(prev.p, scale(prev.dir, t));
  });
}

/** Keeps the part of a ring left of the directed line through `origin`; the cut is no street. */
export function clipLeft({ ring, street }: FlaggedRing, origin: XY, dir: XY): FlaggedRing {
  const side = (p: XY) => cross(dir, sub(p, origin));
  const out: FlaggedRing = { ring: [], street: [] };
  const push = (p: XY, s: boolean) => {
    out.ring.push(p);
    out.street.push(s);
  };
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length];
    const [sa, sb] = [side(a), side(b)];
    if (sa >= 0) push(a, street[i]);
    if (sa >= 0 !== sb >= 0) {
      const x: XY = add(a, scale(sub(b, a), sa / (sa - sb)));
      push(x, sa >= 0 ? false : street[i]);
    }
  });
  return out;
}

export function pointInRing([x, y]: XY, ring: XY[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segmentDistance(p: XY, a: XY, b: XY): number {
  const ab = sub(b, a);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / (ab[0] ** 2 + ab[1] ** 2 || 1)));
  return distance(p, add(a, scale(ab, t)));
}

/** True when every corner lies inside the ring, at least `margin` metres from its edges. */
export function fitsInside(shape: XY[], ring: XY[], margin: number): boolean {
  return shape.every((p) => pointInRing(p, ring) && ring.every((a, i) => segmentDistance(p, a, ring[(i + 1) % ring.length]) >= margin));
}

/** Radius of the largest circle that roughly fits: 2·area / perimeter (exact for triangles). */
export function inradius(ring: XY[]): number {
  const perimeter = ring.reduce((s, p, i) => s + distance(p, ring[(i + 1) % ring.length]), 0);
  return (2 * Math.abs(signedArea(ring))) / perimeter;
}

/** A block's own axes: along its longest edge, with the origin at its centroid. */
export interface Frame {
  origin: XY;
  u: XY;
  v: XY;
}

export function longestEdgeFrame(ring: XY[]): Frame {
  let best = 0;
  ring.forEach((p, i) => {
    if (distance(p, ring[(i + 1) % ring.length]) > distance(ring[best], ring[(best + 1) % ring.length])) best = i;
  });
  const u = unit(sub(ring[(best + 1) % ring.length], ring[best]));
  return { origin: centroid(ring), u, v: left(u) };
}

export const framePoint = (f: Frame, a: number, b: number): XY => add(f.origin, add(scale(f.u, a), scale(f.v, b)));

/** A rectangle in frame metres, counter-clockwise. */
export function frameRect(f: Frame, a0: number, b0: number, a1: number, b1: number): XY[] {
  return [framePoint(f, a0, b0), framePoint(f, a1, b0), framePoint(f, a1, b1), framePoint(f, a0, b1)];
}

/** Extent of a ring along the frame's axes: [minA, minB, maxA, maxB]. */
export function frameExtent(f: Frame, ring: XY[]): [number, number, number, number] {
  const as = ring.map((p) => (p[0] - f.origin[0]) * f.u[0] + (p[1] - f.origin[1]) * f.u[1]);
  const bs = ring.map((p) => (p[0] - f.origin[0]) * f.v[0] + (p[1] - f.origin[1]) * f.v[1]);
  return [Math.min(...as), Math.min(...bs), Math.max(...as), Math.max(...bs)];
}
