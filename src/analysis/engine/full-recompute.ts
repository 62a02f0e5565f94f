/**
 * Full recompute: every active place seeds its injections, one search settles all labels,
 * then every resident reads its distance, edge by edge (the edge's labels read once, in
 * memory order).
 */
import type { EngineCore } from "./core.ts";
import { residentsOnEdge } from "./point-distance.ts";
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
    const erOffsets = res.erOffsets, rDist = res.rDist;
    for (let e = 0; e < net.edgeCount; e++) if (erOffsets[e] !== erOffsets[e + 1]) residentsOnEdge(net, labels.dist, places, cutoffDm, res, e);
    for (let r = 0; r < res.count; r++) if (res.rEdge[r] < 0) rDist[r] = INF;
  } else {
    for (let r = 0; r < res.count; r++) res.rDist[r] = straightResident(res, places, cutoffDm, r);
  }
  res.recount(core.limitDm);
}
