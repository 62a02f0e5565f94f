/**
 * The distance labels and the search that settles them: a multi-source Dijkstra over
 * (distance, owner) labels with a Dial bucket queue (one bucket per decimetre up to the
 * cut-off; linked lists in two Int32Arrays; lazy deletion). A label is the lexicographic
 * minimum over all places of (distance, place slot), so any order of seeding gives the same
 * labels: that is what lets incremental steps agree exactly with a full recompute.
 */
import type { Network } from "../network.ts";
import { INF } from "./types.ts";

export class LabelSearch {
  /** per node: distance in decimetres, INF beyond the cut-off */
  readonly dist: Int32Array;
  /** per node: the place slot the distance comes from, -1 when none */
  readonly owner: Int32Array;
  /** nodes whose label changed since beginTracking() (only when tracking) */
  touched: number[] = [];

  private readonly head: Int32Array;
  private poolNode: Int32Array;
  private poolNext: Int32Array;
  private poolSize = 0;
  private qMin = INF;
  private qMax = -1;
  private readonly touchedMark: Uint32Array;
  private touchStamp = 1;

  constructor(private readonly net: Network | null, readonly cutoffDm: number) {
    const N = net ? net.nodeCount : 0;
    this.dist = new Int32Array(N).fill(INF);
    this.owner = new Int32Array(N).fill(-1);
    this.head = new Int32Array(cutoffDm + 2).fill(-1);
    this.poolNode = new Int32Array(Math.max(1024, N));
    this.poolNext = new Int32Array(Math.max(1024, N));
    this.touchedMark = new Uint32Array(N);
  }

  /** Every label back to "not reached"; starts a new tracking period. */
  reset(): void {
    this.dist.fill(INF);
    this.owner.fill(-1);
    this.beginTracking();
  }

  beginTracking(): void {
    this.touchStamp++;
    this.touched = [];
  }

  touch(n: number): void {
    if (this.touchedMark[n] !== this.touchStamp) { this.touchedMark[n] = this.touchStamp; this.touched.push(n); }
  }

  /** Queue a node at distance d (its label already set). */
  push(node: number, d: number): void {
    if (this.poolSize === this.poolNode.length) this.growPool();
    const k = this.poolSize++;
    this.poolNode[k] = node;
    this.poolNext[k] = this.head[d];
    this.head[d] = k;
    if (d < this.qMin) this.qMin = d;
    if (d > this.qMax) this.qMax = d;
  }

  /** Offer (d, slot) to a node: taken and queued when it beats the node's label. */
  seed(node: number, d: number, slot: number): void {
    if (d > this.cutoffDm) return;
    if (d < this.dist[node] || (d === this.dist[node] && slot < this.owner[node])) {
      this.dist[node] = d;
      this.owner[node] = slot;
      this.touch(node);
      this.push(node, d);
    }
  }

  /** Drain the queue: Dijkstra with lexicographic (distance, owner) labels, cut off at cutoffDm. */
  run(track = true): number {
    const net = this.net!;
    const { adjOffsets, adjTarget, adjLenDm } = net;
    // each directed edge relaxes at most once per run: reserve room so the loop needs no checks
    while (this.poolNode.length < this.poolSize + adjTarget.length + 1) this.growPool();
    const poolNode = this.poolNode, poolNext = this.poolNext;
    let poolSize = this.poolSize;
    const dist = this.dist, owner = this.owner, head = this.head;
    const cutoff = this.cutoffDm;
    const touchedMark = this.touchedMark, ts = this.touchStamp, touched = this.touched;
    let qMax = this.qMax;
    let settledCount = 0;
    for (let b = this.qMin; b <= qMax; b++) {
      let k = head[b];
      while (k !== -1) {
        const u = poolNode[k];
        k = poolNext[k];
        // stale entry; a node queued twice at the same distance is harmlessly scanned twice
        if (dist[u] !== b) continue;
        settledCount++;
        const o = owner[u];
        for (let a = adjOffsets[u], end = adjOffsets[u + 1]; a < end; a++) {
          const nd = b + adjLenDm[a];
          if (nd > cutoff) continue;
          const v = adjTarget[a];
          const dv = dist[v];
          if (nd < dv || (nd === dv && o < owner[v])) {
            dist[v] = nd;
            owner[v] = o;
            if (track && touchedMark[v] !== ts) { touchedMark[v] = ts; touched.push(v); }
            poolNode[poolSize] = v;
            poolNext[poolSize] = head[nd];
            head[nd] = poolSize++;
            if (nd > qMax) qMax = nd;
          }
        }
      }
      head[b] = -1;
    }
    this.poolSize = 0;
    this.qMin = INF;
    this.qMax = -1;
    return settledCount;
  }

  private growPool() {
    const n = this.poolNode.length * 2;
    const a = new Int32Array(n); a.set(this.poolNode); this.poolNode = a;
    const b = new Int32Array(n); b.set(this.poolNext); this.poolNext = b;
  }
}
