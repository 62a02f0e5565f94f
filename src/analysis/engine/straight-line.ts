/**
 * Straight-line mode (no usable network): Euclidean distances to points and polygon edges
 * (0 inside a polygon). Each resident keeps its nearest place slot, so adding a place only
 * compares against it and removing one re-measures only the residents it owned.
 */
import type { Geometry, Position } from "geojson";
import { eachPosition } from "../../geo/positions.ts";
import { DM_PER_M } from "../network.ts";
import { straightDistance, type PlaceInput, type PlaceShape } from "../places.ts";
import { createProjection, type LocalProjection } from "../projection.ts";
import type { WeightedPoints } from "../residents.ts";
import type { PlaceSlots } from "./place-slots.ts";
import type { ResidentState } from "./resident-state.ts";
import { INF } from "./types.ts";

/** Box of finite points, grown one point at a time. */
export function boxGrower() {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const grow = (x: number, y: number) => {
    box.minX = Math.min(box.minX, x); box.maxX = Math.max(box.maxX, x);
    box.minY = Math.min(box.minY, y); box.maxY = Math.max(box.maxY, y);
  };
  return { box, grow };
}

/** Centred on the residents (they do not change), else on the places; or as given. */
export function straightLineProjection(residents: WeightedPoints, places: PlaceInput[], center?: [number, number]): LocalProjection {
  if (center) return createProjection(center[0], center[1]);
  const { box, grow } = boxGrower();
  const growFinite = (x: number, y: number) => { if (Number.isFinite(x) && Number.isFinite(y)) grow(x, y); };
  for (let i = 0; i < residents.lon.length; i++) growFinite(residents.lon[i], residents.lat[i]);
  if (!Number.isFinite(box.minX)) for (const p of places) eachPosition(p.geometry as Geometry, (pos: Position) => growFinite(pos[0], pos[1]));
  return Number.isFinite(box.minX) ? createProjection((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2) : createProjection(0, 0);
}

const distanceDm = (shape: PlaceShape, x: number, y: number) => Math.round(straightDistance(shape, x, y) * DM_PER_M);

/** Nearest active place of resident r (sets its owner); INF beyond the cut-off. */
export function straightResident(res: ResidentState, places: PlaceSlots, cutoffDm: number, r: number): number {
  let best = INF, bestSlot = -1;
  for (let slot = 0; slot < places.slots.length; slot++) {
    const s = places.slots[slot];
    if (!s.active) continue;
    const d = distanceDm(s.shape, res.rx[r], res.ry[r]);
    if (d < best) { best = d; bestSlot = slot; }
  }
  res.rOwner[r] = bestSlot;
  return best > cutoffDm ? INF : best;
}

/** A place was added: residents it is nearer to (or as near, with a lower slot) take it. */
export function straightInsert(res: ResidentState, places: PlaceSlots, cutoffDm: number, limitDm: number, slot: number): void {
  const shape = places.slots[slot].shape;
  for (let r = 0; r < res.count; r++) {
    let d = distanceDm(shape, res.rx[r], res.ry[r]);
    if (d > cutoffDm) d = INF;
    if (d < res.rDist[r] || (d === res.rDist[r] && d !== INF && slot < res.rOwner[r])) { res.rOwner[r] = slot; res.set(r, d, limitDm); }
  }
}

/** A place was removed: the residents it owned look again. */
export function straightRemove(res: ResidentState, places: PlaceSlots, cutoffDm: number, limitDm: number, slot: number): void {
  for (let r = 0; r < res.count; r++) {
    if (res.rOwner[r] !== slot) continue;
    res.set(r, straightResident(res, places, cutoffDm, r), limitDm);
  }
}

/** Active places bucketed on a grid of limit-sized squares, by their box grown by the limit. */
export function placeBuckets(places: PlaceSlots, limitDm: number): { at: (x: number, y: number) => number[] } {
  const size = Math.max(limitDm / DM_PER_M, 1);
  const buckets = new Map<string, number[]>();
  places.slots.forEach((s, slot) => {
    if (!s.active) return;
    const { box, grow } = boxGrower();
    for (let i = 0; i < s.shape.points.length; i += 2) grow(s.shape.points[i], s.shape.points[i + 1]);
    for (const p of s.shape.polygons) for (let i = 0; i < p[0].length; i += 2) grow(p[0][i], p[0][i + 1]);
    if (!Number.isFinite(box.minX)) return;
    for (let bx = Math.floor((box.minX - size) / size); bx <= Math.floor((box.maxX + size) / size); bx++) {
      for (let by = Math.floor((box.minY - size) / size); by <= Math.floor((box.maxY + size) / size); by++) {
        const k = bx + "," + by;
        const list = buckets.get(k);
        if (list) list.push(slot); else buckets.set(k, [slot]);
      }
    }
  });
  return { at: (x, y) => buckets.get(Math.floor(x / size) + "," + Math.floor(y / size)) ?? [] };
}
