// Local metric plane (x east, y north, metres) around a point in the open North Sea.
import type { Position } from "geojson";

export type XY = [number, number];

/** ≈ 80 km off the Dutch coast: no land, but a realistic latitude for metres and Mercator scale. */
export const ORIGIN = { lon: 3.0, lat: 52.1 } as const;

const phi = (ORIGIN.lat * Math.PI) / 180;
// Metres per degree on the WGS84 ellipsoid at the origin's latitude.
const M_PER_DEG_LAT = 111132.92 - 559.82 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
const M_PER_DEG_LON = 111412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi) + 0.118 * Math.cos(5 * phi);

export function round6(value: number): number {
  const r = Math.round(value * 1e6) / 1e6;
  return r === 0 ? 0 : r; // no "-0" in the output
}

export function toLonLat([x, y]: XY): Position {
  return [round6(ORIGIN.lon + x / M_PER_DEG_LON), round6(ORIGIN.lat + y / M_PER_DEG_LAT)];
}

export function lerp(a: XY, b: XY, t: number): XY {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

export function distance(a: XY, b: XY): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** Shoelace area of an open or closed ring; positive when counter-clockwise. */
export function signedArea(ring: XY[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Area-weighted centroid of a simple ring. */
export function centroid(ring: XY[]): XY {
  let cx = 0;
  let cy = 0;
  let twiceArea = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    const cross = x1 * y2 - x2 * y1;
    twiceArea += cross;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  return [cx / (3 * twiceArea), cy / (3 * twiceArea)];
}

export function rect(x0: number, y0: number, x1: number, y1: number): XY[] {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
}

/** RFC 7946 exterior ring: counter-clockwise and closed. */
export function ringToLonLat(ring: XY[]): Position[] {
  const ccw = signedArea(ring) >= 0 ? ring : [...ring].reverse();
  const out = ccw.map(toLonLat);
  out.push(out[0]);
  return out;
}
