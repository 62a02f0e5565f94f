/**
 * Residents as the engine holds them: projected once, snapped once to the network
 * (edge, position along it, straight last metres), grouped by edge (CSR) so a step can
 * re-evaluate exactly the residents on the edges it touched, and the headline sums kept
 * exact by difference (weights are multiples of 1/1024, so every order gives the same sum).
 * A resident farther than the no-street-data distance from every street is not snapped: it
 * is never reached, and counts in no component (so never as unreachable either).
 */
import { DM_PER_M, type Network } from "../network.ts";
import type { LocalProjection } from "../projection.ts";
import type { WeightedPoints } from "../residents.ts";
import { snapWithin } from "./street-snap.ts";
import { INF } from "./types.ts";

export class ResidentState {
  readonly count: number;
  readonly weight: Float64Array;
  /** input feature (area) index per resident */
  readonly feature: Int32Array;
  readonly rx: Float64Array;
  readonly ry: Float64Array;
  /** snap: edge (-1 when none), position along it and straight last metres, in decimetres */
  readonly rEdge: Int32Array;
  readonly rS: Int32Array;
  readonly rOff: Int32Array;
  /** network component of the snap (0 without a network) */
  readonly rComp: Int32Array;
  /** 1: no street within the no-street-data distance (network mode only) */
  readonly rNoStreet: Uint8Array;
  /** walking distance in decimetres, INF beyond the cut-off */
  readonly rDist: Int32Array;
  /** nearest place slot, straight-line mode only */
  readonly rOwner: Int32Array;
  readonly rReached: Uint8Array;
  rBaseline: Uint8Array;
  /** residents by snapped edge: erList[erOffsets[e] … erOffsets[e+1]-1] */
  readonly erOffsets: Int32Array;
  readonly erList: Int32Array;
  /** resident weight per network component (residents without street data excluded) */
  readonly compWeight: Float64Array;

  // sums, exact (multiples of 1/1024)
  total = 0;
  noStreetW = 0;
  reachedW = 0;
  gainedW = 0;
  gainedN = 0;
  lostW = 0;

  constructor(points: WeightedPoints, projection: LocalProjection, net: Network | null, noStreetDataM = Infinity) {
    const R = points.lon.length;
    this.count = R;
    this.weight = points.weight;
    this.feature = points.feature;
    this.rx = new Float64Array(R);
    this.ry = new Float64Array(R);
    this.rEdge = new Int32Array(R).fill(-1);
    this.rS = new Int32Array(R);
    this.rOff = new Int32Array(R);
    this.rComp = new Int32Array(R);
    this.rNoStreet = new Uint8Array(R);
    this.rDist = new Int32Array(R).fill(INF);
    this.rOwner = new Int32Array(R).fill(-1);
    this.rReached = new Uint8Array(R);
    this.rBaseline = new Uint8Array(R);
    this.compWeight = new Float64Array(net ? net.componentCount : 1);
    const E = net ? net.edgeCount : 0;
    const erCount = new Int32Array(E + 1);
    for (let i = 0; i < R; i++) {
      const [x, y] = projection.forward(points.lon[i], points.lat[i]);
      this.rx[i] = x;
      this.ry[i] = y;
      this.total += points.weight[i];
      if (net) {
        const s = snapWithin(net, x, y, noStreetDataM);
        if (!s) {
          this.rNoStreet[i] = 1;
          this.noStreetW += points.weight[i];
          continue;
        }
        this.rEdge[i] = s.edge;
        this.rS[i] = Math.min(net.edgeLenDm[s.edge], Math.round(s.along * DM_PER_M));
        this.rOff[i] = Math.round(s.off * DM_PER_M);
        this.rComp[i] = net.component[net.edgeFrom[s.edge]];
        erCount[s.edge + 1]++;
      }
      this.compWeight[this.rComp[i]] += points.weight[i];
    }
    for (let e = 0; e < E; e++) erCount[e + 1] += erCount[e];
    this.erOffsets = erCount;
    this.erList = new Int32Array(R);
    const fill = erCount.slice(0, E);
    for (let i = 0; i < R; i++) if (this.rEdge[i] >= 0) this.erList[fill[this.rEdge[i]]++] = i;
  }

  /** A resident's new distance; the sums follow when it crosses the limit. */
  set(r: number, d: number, limitDm: number): void {
    this.rDist[r] = d;
    const ok = d <= limitDm ? 1 : 0;
    if (ok === this.rReached[r]) return;
    const w = this.weight[r];
    this.rReached[r] = ok;
    if (ok) {
      this.reachedW += w;
      if (!this.rBaseline[r]) { this.gainedW += w; this.gainedN++; } else this.lostW -= w;
    } else {
      this.reachedW -= w;
      if (!this.rBaseline[r]) { this.gainedW -= w; this.gainedN--; } else this.lostW += w;
    }
  }

  /** After every rDist was written: reach flags and sums from scratch. */
  recount(limitDm: number): void {
    let reached = 0, gained = 0, gainedN = 0, lost = 0;
    const rDist = this.rDist, rReached = this.rReached, base = this.rBaseline, weight = this.weight;
    for (let r = 0; r < this.count; r++) {
      const ok = rDist[r] <= limitDm ? 1 : 0;
      rReached[r] = ok;
      const w = weight[r];
      if (ok) reached += w;
      if (ok && !base[r]) { gained += w; gainedN++; }
      if (!ok && base[r]) lost += w;
    }
    this.reachedW = reached;
    this.gainedW = gained;
    this.gainedN = gainedN;
    this.lostW = lost;
  }

  /** Take the current reach as the reference for gained/lost. */
  setBaseline(): void {
    this.rBaseline = this.rReached.slice();
    this.gainedW = 0;
    this.gainedN = 0;
    this.lostW = 0;
  }

  /** The baseline and its gained/lost sums, to put back after a trial (shortlist). */
  saveBaseline(): () => void {
    const baseline = this.rBaseline, g = this.gainedW, n = this.gainedN, l = this.lostW;
    return () => { this.rBaseline = baseline; this.gainedW = g; this.gainedN = n; this.lostW = l; };
  }
}
