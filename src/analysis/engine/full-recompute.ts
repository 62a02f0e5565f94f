/**
 * Full recompute: every active place seeds its injections, one search settles all labels,
 * then every resident reads its distance. Residents are visited by edge, so the edge's two
 * node labels are read once and in memory order.
 */
import type { EngineCore } from "./core.ts";
import { pointDistanceDm } from "./point-distance.ts";
import { straightResident } from "./straight-line.ts";
import { INF } from "./types.ts";

export function recomputeAll(core: EngineCore): void {
  const { net, labels, places, res, cutoffDm } = core;
  if (net) {
    labels.reset();
    for (let slot = 0; slot < places.slots.length; slot++) {
      const s = places.slots[slot];
      if (!s.active) continue;
      for (let i = 0; i < s.inj.length; i += 2) labels.seed(s.inj[i], s.inj[i + 1], slot);
    }
    labels.run(false); // every node is recomputed anyway: no change tracking
    labels.touched = [];
    const { edgeFrom, edgeTo, edgeLenDm } = net;
    const dist = labels.dist, rDist = res.rDist, rS = res.rS, rOff = res.rOff, erList = res.erList, erOffsets = res.erOffsets;
    for (let e = 0; e < edgeFrom.length; e++) {
      const k0 = erOffsets[e], k1 = erOffsets[e + 1];
      if (k0 === k1) continue;
      if (places.edgeHasPlaces[e]) {
        for (let k = k0; k < k1; k++) { const r = erList[k]; rDist[r] = pointDistanceDm(net, dist, places, cutoffDm, e, rS[r], rOff[r]); }
        continue;
      }
      const da = dist[edgeFrom[e]], db = dist[edgeTo[e]], len = edgeLenDm[e];
      for (let k = k0; k < k1; k++) {
        const r = erList[k];
        let best = da === INF ? INF : da + rS[r];
        if (db !== INF && db + len - rS[r] < best) best = db + len - rS[r];
        rDist[r] = best === INF || best + rOff[r] > cutoffDm ? INF : best + rOff[r];
      }
    }
    for (let r = 0; r < res.count; r++) if (res.rEdge[r] < 0) rDist[r] = INF;
  } else {
    for (let r = 0; r < res.count; r++) res.rDist[r] = straightResident(res, places, cutoffDm, r);
  }
  res.recount(core.limitDm);
}
