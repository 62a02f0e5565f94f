/**
 * What-if steps, exact against a full recompute (docs/engine.md explains why):
 * - insert: seed the place's injections and run the same search; it only touches labels it
 *   improves.
 * - remove: the region the place owned (flooded from its injection nodes through owned
 *   nodes) is reset and re-seeded from settled neighbours outside it and from other places
 *   injecting inside it; one search re-settles it.
 * After a step, residents on edges touching a changed node (or the place's own edges) are
 * re-evaluated and the sums follow by difference.
 */
import { DM_PER_M } from "../network.ts";
import type { EngineCore } from "./core.ts";
import type { Slot } from "./place-slots.ts";
import { edgeDistanceDm, residentsOnEdge } from "./point-distance.ts";
import { straightInsert, straightRemove } from "./straight-line.ts";
import { INF } from "./types.ts";

export interface StepChanges {
  /** edges whose colouring distance may have changed, with the new distance (m, Infinity beyond cut-off) */
  edgeUpdates: { edges: Int32Array; distM: Float32Array };
  nodesChanged: number;
}

export class WhatIf {
  private readonly edgeMark: Uint32Array;
  private edgeStamp = 1;
  private stepEdges: number[] = [];

  constructor(private readonly core: EngineCore) {
    this.edgeMark = new Uint32Array(core.net ? core.net.edgeCount : 0);
  }

  begin(): void {
    this.core.labels.beginTracking();
    this.stepEdges = [];
  }

  /** Add an active place: bounded search that only improves labels. */
  insert(slot: number, previous?: Slot): void {
    const { places, labels, res } = this.core;
    places.activate(slot);
    const s = places.slots[slot];
    if (this.core.mode !== "network") { straightInsert(res, places, this.core.cutoffDm, this.core.limitDm, slot); return; }
    for (let i = 0; i < s.inj.length; i += 2) labels.seed(s.inj[i], s.inj[i + 1], slot);
    labels.run();
    for (let i = 0; i < s.acc.length; i += 4) this.stepEdges.push(s.acc[i]);
    if (previous) for (let i = 0; i < previous.acc.length; i += 4) this.stepEdges.push(previous.acc[i]);
  }

  /** Remove a place: reset the region it owned, re-seed it from its boundary, re-settle. */
  remove(slot: number): void {
    const { places, labels, res, cutoffDm } = this.core;
    const s = places.slots[slot];
    places.deactivate(slot);
    if (this.core.mode !== "network") { straightRemove(res, places, cutoffDm, this.core.limitDm, slot); return; }
    const { adjOffsets, adjTarget, adjLenDm } = this.core.net!;
    const dist = labels.dist, owner = labels.owner;
    // region owned by the slot: flood from its injection nodes through owned nodes
    const region: number[] = [];
    for (let i = 0; i < s.inj.length; i += 2) {
      const n = s.inj[i];
      if (owner[n] === slot) { owner[n] = -2; region.push(n); }
    }
    for (let q = 0; q < region.length; q++) {
      const u = region[q];
      for (let a = adjOffsets[u]; a < adjOffsets[u + 1]; a++) {
        const v = adjTarget[a];
        if (owner[v] === slot) { owner[v] = -2; region.push(v); }
      }
    }
    for (const u of region) { dist[u] = INF; owner[u] = -1; labels.touch(u); }
    // seeds: settled neighbours outside the region, and other places injecting inside it
    for (const u of region) {
      for (let a = adjOffsets[u]; a < adjOffsets[u + 1]; a++) {
        const v = adjTarget[a];
        if (dist[v] !== INF && owner[v] >= 0) {
          const nd = dist[v] + adjLenDm[a];
          if (nd <= cutoffDm && (nd < dist[u] || (nd === dist[u] && owner[v] < owner[u]))) { dist[u] = nd; owner[u] = owner[v]; }
        }
      }
      const inj = places.nodeInj.get(u);
      if (inj) for (let k = 0; k < inj.length; k += 2) {
        const d = inj[k + 1], o = inj[k];
        if (d < dist[u] || (d === dist[u] && o < owner[u])) { dist[u] = d; owner[u] = o; }
      }
      if (dist[u] !== INF) labels.push(u, dist[u]);
    }
    labels.run();
    for (let i = 0; i < s.acc.length; i += 4) this.stepEdges.push(s.acc[i]);
  }

  /** Re-evaluate the residents the step may have changed; list the edges to recolour. */
  end(): StepChanges {
    const { net, labels, places, res, cutoffDm, limitDm } = this.core;
    const edgesOut: number[] = [];
    if (net) {
      const es = ++this.edgeStamp;
      const mark = (e: number) => { if (this.edgeMark[e] !== es) { this.edgeMark[e] = es; edgesOut.push(e); } };
      for (const u of labels.touched) for (let a = net.adjOffsets[u]; a < net.adjOffsets[u + 1]; a++) mark(net.adjEdge[a]);
      for (const e of this.stepEdges) mark(e);
      const { erOffsets, erList, rDist } = res;
      for (const e of edgesOut) {
        const k0 = erOffsets[e], k1 = erOffsets[e + 1];
        if (k0 === k1) continue;
        residentsOnEdge(net, labels.dist, places, cutoffDm, res, e);
        for (let k = k0; k < k1; k++) res.set(erList[k], rDist[erList[k]], limitDm);
      }
    }
    const edges = Int32Array.from(edgesOut);
    const distM = new Float32Array(edges.length);
    for (let i = 0; i < edges.length; i++) distM[i] = edgeDistanceDm(net!, labels.dist, places, edges[i]) / DM_PER_M;
    const nodesChanged = labels.touched.length;
    labels.touched = [];
    return { edgeUpdates: { edges, distM }, nodesChanged };
  }
}
