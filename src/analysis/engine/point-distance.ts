/**
 * Reading distances off the node labels. A point on the network at (edge e, s along it,
 * `off` straight last metres) is `off + min(d[a] + s, d[b] + len − s, local)`, where `local`
 * covers a place on the same edge (its last metres plus the stretch along the edge), so the
 * straight path along one segment is not forced through a vertex.
 */
import type { Network } from "../network.ts";
import type { PlaceSlots } from "./place-slots.ts";
import type { ResidentState } from "./resident-state.ts";
import { INF } from "./types.ts";

/** Distance (dm) at a position on the network, INF beyond the cut-off or when e < 0. */
export function pointDistanceDm(net: Network, dist: Int32Array, places: PlaceSlots, cutoffDm: number, e: number, s: number, off: number): number {
  if (e < 0) return INF;
  let best = INF;
  const da = dist[net.edgeFrom[e]];
  if (da !== INF) best = da + s;
  const db = dist[net.edgeTo[e]];
  if (db !== INF && db + net.edgeLenDm[e] - s < best) best = db + net.edgeLenDm[e] - s;
  const local = places.edgeHasPlaces[e] ? places.edgePlaces.get(e) : undefined;
  if (local) {
    for (const slot of local) {
      const acc = places.slots[slot].acc;
      for (let i = 0; i < acc.length; i += 4) {
        if (acc[i] !== e) continue;
        const gap = s < acc[i + 1] ? acc[i + 1] - s : s > acc[i + 2] ? s - acc[i + 2] : 0;
        if (acc[i + 3] + gap < best) best = acc[i + 3] + gap;
      }
    }
  }
  if (best === INF) return INF;
  best += off;
  return best > cutoffDm ? INF : best;
}

/**
 * Writes rDist of every resident snapped to edge e. The edge's two node labels are read once;
 * the along-the-edge shortcut is only looked up when some place has an access on e.
 */
export function residentsOnEdge(net: Network, dist: Int32Array, places: PlaceSlots, cutoffDm: number, res: ResidentState, e: number): void {
  const { rDist, rS, rOff, erList } = res;
  const k0 = res.erOffsets[e], k1 = res.erOffsets[e + 1];
  if (places.edgeHasPlaces[e]) {
    for (let k = k0; k < k1; k++) { const r = erList[k]; rDist[r] = pointDistanceDm(net, dist, places, cutoffDm, e, rS[r], rOff[r]); }
    return;
  }
  const da = dist[net.edgeFrom[e]], db = dist[net.edgeTo[e]], len = net.edgeLenDm[e];
  for (let k = k0; k < k1; k++) {
    const r = erList[k];
    let best = da === INF ? INF : da + rS[r];
    if (db !== INF && db + len - rS[r] < best) best = db + len - rS[r];
    rDist[r] = best === INF || best + rOff[r] > cutoffDm ? INF : best + rOff[r];
  }
}

/** Distance (dm) to the nearest point of an edge, for colouring streets; Infinity when not reached. */
export function edgeDistanceDm(net: Network, dist: Int32Array, places: PlaceSlots, e: number): number {
  let d = Math.min(dist[net.edgeFrom[e]], dist[net.edgeTo[e]]);
  const local = places.edgePlaces.get(e);
  if (local) for (const slot of local) {
    const acc = places.slots[slot].acc;
    for (let i = 0; i < acc.length; i += 4) if (acc[i] === e && acc[i + 3] < d) d = acc[i + 3];
  }
  return d === INF ? Infinity : d;
}
