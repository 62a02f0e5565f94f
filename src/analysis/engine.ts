/**
 * The walking-distance coverage engine.
 *
 * Network mode: every node keeps a label (distance in decimetres, owner place slot), the
 * lexicographic minimum over all places within the cut-off. A full recompute is one
 * multi-source Dijkstra with a bucket (Dial) queue; adding a place runs a bounded Dijkstra
 * that only improves labels; removing a place resets the region it owned and re-settles it
 * from its boundary. Both give exactly the labels of a full recompute (see docs/engine.md).
 * Straight-line mode (no network) uses the same API with Euclidean distances.
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { eachPosition } from "../geo/positions.ts";
import { DM_PER_M, snapPoint, type Network } from "./network.ts";
import { createProjection, type LocalProjection } from "./projection.ts";
import { placeAccesses, placeShape, straightDistance, type PlaceInput, type PlaceShape } from "./places.ts";
import type { WeightedPoints } from "./residents.ts";
import { buildGaps, type GapOptions, type GapsResult } from "./gaps.ts";
import { pointInPolygons, projectPolygons, type Ring } from "./geometry.ts";

export const INF = 0x7fffffff;

export type CoverageMode = "network" | "straight-line";

export interface EngineOptions {
  /** Maximum walk in metres (the norm). */
  limitM: number;
  /** Distances are settled up to this (≥ limit); beyond it they are Infinity. Default: limit. */
  cutoffM?: number;
  /** Study area for gaps; default: the network's (or data's) bounding box buffered. */
  area?: Geometry | Feature | FeatureCollection | null;
  /** Buffer (m) around the bounding box when no area is given. Default 100. */
  areaBufferM?: number;
  /** Gap grid cell size in metres. Default 25. */
  gapCellM?: number;
  /** Projection centre [lon, lat] in straight-line mode; default: centre of the residents. */
  center?: [number, number];
  /** Polygon place boundary sampling step in metres. Default 10. */
  placeSampleM?: number;
}

export interface Figures {
  mode: CoverageMode;
  limitM: number;
  cutoffM: number;
  places: number;
  residentsTotal: number;
  withinReach: number;
  /** withinReach / residentsTotal, 0 when there are no residents */
  share: number;
  /** connected to a place, but farther than the limit */
  inGaps: number;
  /** in a part of the network with no place at all (or: no place anywhere) */
  unreachable: number;
}

export interface StepResult {
  id: string;
  figures: Figures;
  /** residents within reach now that were not in the baseline (weight, and number of points) */
  gained: number;
  gainedPoints: number;
  /** residents in reach in the baseline that no longer are */
  lost: number;
  /** edges whose colouring distance changed in this step, with the new distance (m, Infinity beyond cut-off) */
  edgeUpdates: { edges: Int32Array; distM: Float32Array };
  /** nodes whose label changed in this step */
  nodesChanged: number;
}

export interface ShortlistEntry {
  id: string;
  /** residents now beyond reach that this place would bring within reach */
  gained: number;
  gainedPoints: number;
}

export interface ReachCurvePoint {
  distanceM: number;
  reached: number;
  share: number;
}

interface Slot {
  id: string;
  input: PlaceInput;
  active: boolean;
  shape: PlaceShape;
  /** [edge, s0, s1, off] × n (network mode) */
  acc: Int32Array;
  /** [node, dm] × n: what the place injects into nodes */
  inj: Int32Array;
  comps: Int32Array;
}

export interface CoverageInput {
  network: Network | null;
  residents: WeightedPoints;
  places: PlaceInput[];
}

export class CoverageEngine {
  readonly mode: CoverageMode;
  readonly net: Network | null;
  readonly projection: LocalProjection;
  readonly limitDm: number;
  readonly cutoffDm: number;
  readonly options: Required<Pick<EngineOptions, "areaBufferM" | "gapCellM" | "placeSampleM">> & EngineOptions;

  // node labels
  readonly dist: Int32Array;
  readonly owner: Int32Array;

  // residents
  readonly residents: WeightedPoints;
  readonly rx: Float64Array;
  readonly ry: Float64Array;
  private readonly rEdge: Int32Array;
  private readonly rS: Int32Array;
  private readonly rOff: Int32Array;
  private readonly rComp: Int32Array;
  readonly rDist: Int32Array;
  private readonly rOwner: Int32Array; // straight-line mode only
  private readonly rReached: Uint8Array;
  private rBaseline: Uint8Array;
  private readonly erOffsets: Int32Array;
  private readonly erList: Int32Array;

  // components
  private readonly compCount: number;
  private readonly compPlaces: Int32Array;
  private readonly compWeight: Float64Array;

  // places
  private readonly slots: Slot[] = [];
  private readonly slotById = new Map<string, number>();
  private activeCount = 0;
  private readonly nodeInj = new Map<number, number[]>(); // node → [slot, dm, slot, dm, …]
  private readonly edgePlaces = new Map<number, number[]>(); // edge → slots with an access on it
  private readonly edgeHasPlaces: Uint8Array; // fast "is there any" before the map lookup

  // figures, kept exact (weights are multiples of 1/1024)
  private total = 0;
  private reachedW = 0;
  private unreachableW = 0;
  private gainedW = 0;
  private gainedN = 0;
  private lostW = 0;

  // bucket queue
  private readonly bucketHead: Int32Array;
  private poolNode: Int32Array;
  private poolNext: Int32Array;
  private poolSize = 0;
  private qMin = INF;
  private qMax = -1;
  // changed-node tracking
  private readonly touchedMark: Uint32Array;
  private touched: number[] = [];
  private touchStamp = 1;
  private readonly edgeMark: Uint32Array;
  private edgeStamp = 1;

  private gapsCache: GapsResult | null = null;
  /** gap grid and its cell snaps: made on the first gaps() call, then reused */
  private gapCells: { frame: { x0: number; y0: number; cols: number; rows: number; cell: number }; snaps: Int32Array; xs: Float64Array; ys: Float64Array } | null = null;
  private readonly areaPolys: Ring[][] | null;

  constructor(input: CoverageInput, options: EngineOptions) {
    if (!(options.limitM >= 0)) throw new Error("limitM must be a non-negative number");
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as EngineOptions;
    this.options = { areaBufferM: 100, gapCellM: 25, placeSampleM: 10, ...given };
    if (!(this.options.gapCellM > 0)) throw new Error("gapCellM must be positive");
    const net = input.network && input.network.edgeCount > 0 ? input.network : null;
    this.net = net;
    this.mode = net ? "network" : "straight-line";
    this.limitDm = Math.round(options.limitM * DM_PER_M);
    this.cutoffDm = Math.max(this.limitDm, Math.round((options.cutoffM ?? options.limitM) * DM_PER_M));
    this.residents = input.residents;
    const R = input.residents.lon.length;
    if (net) {
      this.projection = net.projection;
    } else {
      // centre on the residents and places
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      const grow = (x: number, y: number) => { if (Number.isFinite(x) && Number.isFinite(y)) { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); } };
      // centred on the residents (they do not change), else on the places; or as given
      for (let i = 0; i < R; i++) grow(input.residents.lon[i], input.residents.lat[i]);
      if (!Number.isFinite(minX)) for (const p of input.places) eachPosition(p.geometry, (pos) => grow(pos[0], pos[1]));
      if (options.center) {
        minX = maxX = options.center[0];
        minY = maxY = options.center[1];
      }
      this.projection = Number.isFinite(minX) ? createProjection((minX + maxX) / 2, (minY + maxY) / 2) : createProjection(0, 0);
    }
    const N = net ? net.nodeCount : 0;
    this.dist = new Int32Array(N).fill(INF);
    this.owner = new Int32Array(N).fill(-1);
    this.bucketHead = new Int32Array(this.cutoffDm + 2).fill(-1);
    this.poolNode = new Int32Array(Math.max(1024, N));
    this.poolNext = new Int32Array(Math.max(1024, N));
    this.touchedMark = new Uint32Array(N);
    this.edgeMark = new Uint32Array(net ? net.edgeCount : 0);
    this.edgeHasPlaces = new Uint8Array(net ? net.edgeCount : 0);

    // residents: project and snap once
    this.rx = new Float64Array(R);
    this.ry = new Float64Array(R);
    this.rEdge = new Int32Array(R).fill(-1);
    this.rS = new Int32Array(R);
    this.rOff = new Int32Array(R);
    this.rComp = new Int32Array(R);
    this.rDist = new Int32Array(R).fill(INF);
    this.rOwner = new Int32Array(R).fill(-1);
    this.rReached = new Uint8Array(R);
    this.rBaseline = new Uint8Array(R);
    this.compCount = net ? net.componentCount : 1;
    this.compPlaces = new Int32Array(this.compCount);
    this.compWeight = new Float64Array(this.compCount);
    const E = net ? net.edgeCount : 0;
    const erCount = new Int32Array(E + 1);
    for (let i = 0; i < R; i++) {
      const [x, y] = this.projection.forward(input.residents.lon[i], input.residents.lat[i]);
      this.rx[i] = x;
      this.ry[i] = y;
      this.total += input.residents.weight[i];
      if (net) {
        const s = snapPoint(net, x, y);
        if (s) {
          this.rEdge[i] = s.edge;
          this.rS[i] = Math.min(net.edgeLenDm[s.edge], Math.round(s.along * DM_PER_M));
          this.rOff[i] = Math.round(s.off * DM_PER_M);
          this.rComp[i] = net.component[net.edgeFrom[s.edge]];
          erCount[s.edge + 1]++;
        }
      }
      this.compWeight[this.rComp[i]] += input.residents.weight[i];
    }
    for (let e = 0; e < E; e++) erCount[e + 1] += erCount[e];
    this.erOffsets = erCount;
    this.erList = new Int32Array(R);
    const fill = erCount.slice(0, E);
    for (let i = 0; i < R; i++) if (this.rEdge[i] >= 0) this.erList[fill[this.rEdge[i]]++] = i;
    this.unreachableW = this.total; // no places yet: everyone is unreachable

    const area = options.area ? toGeometry(options.area) : null;
    this.areaPolys = area ? projectPolygons(area, this.projection.forward) : null;

    for (const p of input.places) this.createSlot(p);
    this.recomputeAll();
    this.setBaseline();
  }

  // ---------------------------------------------------------------- places

  private createSlot(p: PlaceInput): number {
    if (this.slotById.has(p.id)) throw new Error(`duplicate place id: ${p.id}`);
    const shape = placeShape(p, this.projection);
    const slot = this.slots.length;
    this.slots.push(this.resolve(p, shape));
    this.slotById.set(p.id, slot);
    this.activate(slot);
    return slot;
  }

  private resolve(input: PlaceInput, shape: PlaceShape): Slot {
    const id = input.id;
    const net = this.net;
    if (!net) return { id, input, active: false, shape, acc: new Int32Array(0), inj: new Int32Array(0), comps: new Int32Array(0) };
    const acc = placeAccesses(net, shape, this.options.placeSampleM);
    // injections: per node the best (smallest) distance from this place
    const best = new Map<number, number>();
    const put = (n: number, d: number) => { if (d <= this.cutoffDm && d < (best.get(n) ?? INF)) best.set(n, d); };
    const comps = new Set<number>();
    for (let i = 0; i < acc.length; i += 4) {
      const e = acc[i];
      put(net.edgeFrom[e], acc[i + 3] + acc[i + 1]);
      put(net.edgeTo[e], acc[i + 3] + net.edgeLenDm[e] - acc[i + 2]);
      comps.add(net.component[net.edgeFrom[e]]);
    }
    const inj = new Int32Array(best.size * 2);
    let k = 0;
    for (const [n, d] of best) { inj[k++] = n; inj[k++] = d; }
    return { id, input, active: false, shape, acc, inj, comps: Int32Array.from(comps) };
  }

  private activate(slot: number) {
    const s = this.slots[slot];
    s.active = true;
    this.activeCount++;
    for (let i = 0; i < s.inj.length; i += 2) {
      const list = this.nodeInj.get(s.inj[i]);
      if (list) list.push(slot, s.inj[i + 1]);
      else this.nodeInj.set(s.inj[i], [slot, s.inj[i + 1]]);
    }
    for (let i = 0; i < s.acc.length; i += 4) {
      const list = this.edgePlaces.get(s.acc[i]);
      if (!list) { this.edgePlaces.set(s.acc[i], [slot]); this.edgeHasPlaces[s.acc[i]] = 1; }
      else if (!list.includes(slot)) list.push(slot);
    }
    const comps = this.mode === "network" ? s.comps : Int32Array.of(0);
    for (const c of comps) if (this.compPlaces[c]++ === 0) this.unreachableW -= this.compWeight[c];
  }

  private deactivate(slot: number) {
    const s = this.slots[slot];
    s.active = false;
    this.activeCount--;
    for (let i = 0; i < s.inj.length; i += 2) {
      const list = this.nodeInj.get(s.inj[i])!;
      for (let k = 0; k < list.length; k += 2) if (list[k] === slot) { list.splice(k, 2); break; }
      if (!list.length) this.nodeInj.delete(s.inj[i]);
    }
    for (let i = 0; i < s.acc.length; i += 4) {
      const list = this.edgePlaces.get(s.acc[i]);
      if (!list) continue;
      const k = list.indexOf(slot);
      if (k >= 0) list.splice(k, 1);
      if (!list.length) { this.edgePlaces.delete(s.acc[i]); this.edgeHasPlaces[s.acc[i]] = 0; }
    }
    const comps = this.mode === "network" ? s.comps : Int32Array.of(0);
    for (const c of comps) if (--this.compPlaces[c] === 0) this.unreachableW += this.compWeight[c];
  }

  placeIds(): string[] {
    return this.slots.filter((s) => s.active).map((s) => s.id);
  }

  /** The active places as they are now (moved places at their new location). */
  currentPlaces(): PlaceInput[] {
    return this.slots.filter((s) => s.active).map((s) => s.input);
  }

  hasPlace(id: string): boolean {
    const k = this.slotById.get(id);
    return k !== undefined && this.slots[k].active;
  }

  // ---------------------------------------------------------------- bucket queue

  private push(node: number, d: number) {
    if (this.poolSize === this.poolNode.length) {
      const n = this.poolSize * 2;
      const a = new Int32Array(n); a.set(this.poolNode); this.poolNode = a;
      const b = new Int32Array(n); b.set(this.poolNext); this.poolNext = b;
    }
    const k = this.poolSize++;
    this.poolNode[k] = node;
    this.poolNext[k] = this.bucketHead[d];
    this.bucketHead[d] = k;
    if (d < this.qMin) this.qMin = d;
    if (d > this.qMax) this.qMax = d;
  }

  private touch(n: number) {
    if (this.touchedMark[n] !== this.touchStamp) { this.touchedMark[n] = this.touchStamp; this.touched.push(n); }
  }

  /** Drain the queue: Dijkstra with lexicographic (distance, owner) labels, cut off at cutoffDm. */
  private run(track = true) {
    const net = this.net!;
    const { adjOffsets, adjTarget, adjLenDm } = net;
    // each directed edge relaxes at most once per run: reserve room so the loop needs no checks
    while (this.poolNode.length < this.poolSize + adjTarget.length + 1) this.growPool();
    const poolNode = this.poolNode, poolNext = this.poolNext;
    let poolSize = this.poolSize;
    const dist = this.dist, owner = this.owner, head = this.bucketHead;
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

  private seed(node: number, d: number, slot: number) {
    if (d > this.cutoffDm) return;
    if (d < this.dist[node] || (d === this.dist[node] && slot < this.owner[node])) {
      this.dist[node] = d;
      this.owner[node] = slot;
      this.touch(node);
      this.push(node, d);
    }
  }

  // ---------------------------------------------------------------- full recompute

  /** Recompute every label and every resident from scratch. */
  recomputeAll(): void {
    this.gapsCache = null;
    if (this.net) {
      this.dist.fill(INF);
      this.owner.fill(-1);
      this.touchStamp++;
      this.touched = [];
      for (let slot = 0; slot < this.slots.length; slot++) {
        const s = this.slots[slot];
        if (!s.active) continue;
        for (let i = 0; i < s.inj.length; i += 2) this.seed(s.inj[i], s.inj[i + 1], slot);
      }
      this.run(false); // every node is recomputed anyway: no change tracking
      this.touched = [];
    }
    if (this.net) {
      // residents grouped by edge: the edge's two node labels are read once, in memory order
      const { edgeFrom, edgeTo, edgeLenDm } = this.net;
      const dist = this.dist, rDist = this.rDist, rS = this.rS, rOff = this.rOff, erList = this.erList, erOffsets = this.erOffsets, cutoff = this.cutoffDm;
      for (let e = 0; e < edgeFrom.length; e++) {
        const k0 = erOffsets[e], k1 = erOffsets[e + 1];
        if (k0 === k1) continue;
        if (this.edgeHasPlaces[e]) { for (let k = k0; k < k1; k++) rDist[erList[k]] = this.residentDistanceDm(erList[k]); continue; }
        const da = dist[edgeFrom[e]], db = dist[edgeTo[e]], len = edgeLenDm[e];
        for (let k = k0; k < k1; k++) {
          const r = erList[k];
          let best = da === INF ? INF : da + rS[r];
          if (db !== INF && db + len - rS[r] < best) best = db + len - rS[r];
          rDist[r] = best === INF || best + rOff[r] > cutoff ? INF : best + rOff[r];
        }
      }
    }
    let reached = 0, gained = 0, gainedN = 0, lost = 0;
    for (let r = 0; r < this.rDist.length; r++) {
      const d = this.net ? (this.rEdge[r] >= 0 ? this.rDist[r] : INF) : this.straightResident(r);
      this.rDist[r] = d;
      const ok = d <= this.limitDm ? 1 : 0;
      this.rReached[r] = ok;
      const w = this.residents.weight[r];
      if (ok) reached += w;
      if (ok && !this.rBaseline[r]) { gained += w; gainedN++; }
      if (!ok && this.rBaseline[r]) lost += w;
    }
    this.reachedW = reached;
    this.gainedW = gained;
    this.gainedN = gainedN;
    this.lostW = lost;
  }

  /** Distance (dm) at a position on the network, INF beyond the cut-off. */
  private pointDistanceDm(e: number, s: number, off: number): number {
    const net = this.net!;
    if (e < 0) return INF;
    let best = INF;
    const da = this.dist[net.edgeFrom[e]];
    if (da !== INF) best = da + s;
    const db = this.dist[net.edgeTo[e]];
    if (db !== INF && db + net.edgeLenDm[e] - s < best) best = db + net.edgeLenDm[e] - s;
    const local = this.edgeHasPlaces[e] ? this.edgePlaces.get(e) : undefined;
    if (local) {
      for (const slot of local) {
        const acc = this.slots[slot].acc;
        for (let i = 0; i < acc.length; i += 4) {
          if (acc[i] !== e) continue;
          const gap = s < acc[i + 1] ? acc[i + 1] - s : s > acc[i + 2] ? s - acc[i + 2] : 0;
          if (acc[i + 3] + gap < best) best = acc[i + 3] + gap;
        }
      }
    }
    if (best === INF) return INF;
    best += off;
    return best > this.cutoffDm ? INF : best;
  }

  private residentDistanceDm(r: number): number {
    return this.pointDistanceDm(this.rEdge[r], this.rS[r], this.rOff[r]);
  }

  private straightResident(r: number): number {
    let best = INF, bestSlot = -1;
    for (let slot = 0; slot < this.slots.length; slot++) {
      const s = this.slots[slot];
      if (!s.active) continue;
      const d = Math.round(straightDistance(s.shape, this.rx[r], this.ry[r]) * DM_PER_M);
      if (d < best) { best = d; bestSlot = slot; }
    }
    this.rOwner[r] = bestSlot;
    return best > this.cutoffDm ? INF : best;
  }

  // ---------------------------------------------------------------- what-if

  /** Take the current reach as the reference for `gained`/`lost`. */
  setBaseline(): void {
    this.rBaseline = this.rReached.slice();
    this.gainedW = 0;
    this.gainedN = 0;
    this.lostW = 0;
  }

  addPlace(place: PlaceInput): StepResult {
    const slot = this.createSlotInactive(place);
    this.beginStep();
    this.insert(slot);
    return this.endStep(slot);
  }

  removePlace(id: string): StepResult {
    const slot = this.requireSlot(id);
    this.beginStep();
    this.remove(slot);
    this.slotById.delete(id);
    const result = this.endStep(slot);
    // keep the slot index (owners refer to slots) but drop its geometry
    this.slots[slot] = { id, input: { id, geometry: { type: "GeometryCollection", geometries: [] } }, active: false, shape: { points: new Float64Array(0), polygons: [] }, acc: new Int32Array(0), inj: new Int32Array(0), comps: new Int32Array(0) };
    return result;
  }

  /** Move a place to a new location (a point [lon, lat] or a new geometry). */
  movePlace(id: string, to: Position | Geometry): StepResult {
    const slot = this.requireSlot(id);
    this.beginStep();
    const old = this.slots[slot];
    this.remove(slot);
    const geometry: Geometry = Array.isArray(to) ? { type: "Point", coordinates: to as Position } : (to as Geometry);
    const input: PlaceInput = { id, geometry };
    const fresh = this.resolve(input, placeShape(input, this.projection));
    this.slots[slot] = fresh;
    this.insert(slot, old);
    return this.endStep(slot);
  }

  private createSlotInactive(p: PlaceInput): number {
    if (this.slotById.has(p.id)) throw new Error(`duplicate place id: ${p.id}`);
    const slot = this.slots.length;
    this.slots.push(this.resolve(p, placeShape(p, this.projection)));
    this.slotById.set(p.id, slot);
    return slot;
  }

  private requireSlot(id: string): number {
    const slot = this.slotById.get(id);
    if (slot === undefined || !this.slots[slot].active) throw new Error(`unknown place id: ${id}`);
    return slot;
  }

  private stepEdges: number[] = [];

  private beginStep() {
    this.gapsCache = null;
    this.touchStamp++;
    this.touched = [];
    this.stepEdges = [];
  }

  /** Add an active place: bounded Dijkstra that only improves labels. */
  private insert(slot: number, previous?: Slot) {
    this.activate(slot);
    const s = this.slots[slot];
    if (this.mode === "network") {
      for (let i = 0; i < s.inj.length; i += 2) this.seed(s.inj[i], s.inj[i + 1], slot);
      this.run();
      for (let i = 0; i < s.acc.length; i += 4) this.stepEdges.push(s.acc[i]);
      if (previous) for (let i = 0; i < previous.acc.length; i += 4) this.stepEdges.push(previous.acc[i]);
    } else {
      this.straightInsert(slot);
    }
  }

  /** Remove a place: reset the region it owned, re-seed it from its boundary, re-settle. */
  private remove(slot: number) {
    const s = this.slots[slot];
    this.deactivate(slot);
    if (this.mode !== "network") { this.straightRemove(slot); return; }
    const net = this.net!;
    const { adjOffsets, adjTarget, adjLenDm } = net;
    const dist = this.dist, owner = this.owner;
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
    for (const u of region) { dist[u] = INF; owner[u] = -1; this.touch(u); }
    // seeds: settled neighbours outside the region, and other places injecting inside it
    for (const u of region) {
      for (let a = adjOffsets[u]; a < adjOffsets[u + 1]; a++) {
        const v = adjTarget[a];
        if (dist[v] !== INF && owner[v] >= 0) {
          const nd = dist[v] + adjLenDm[a];
          if (nd <= this.cutoffDm && (nd < dist[u] || (nd === dist[u] && owner[v] < owner[u]))) { dist[u] = nd; owner[u] = owner[v]; }
        }
      }
      const inj = this.nodeInj.get(u);
      if (inj) for (let k = 0; k < inj.length; k += 2) {
        const d = inj[k + 1], o = inj[k];
        if (d < dist[u] || (d === dist[u] && o < owner[u])) { dist[u] = d; owner[u] = o; }
      }
      if (dist[u] !== INF) this.push(u, dist[u]);
    }
    this.run();
    for (let i = 0; i < s.acc.length; i += 4) this.stepEdges.push(s.acc[i]);
  }

  private straightInsert(slot: number) {
    const s = this.slots[slot];
    for (let r = 0; r < this.rDist.length; r++) {
      let d = Math.round(straightDistance(s.shape, this.rx[r], this.ry[r]) * DM_PER_M);
      if (d > this.cutoffDm) d = INF;
      if (d < this.rDist[r] || (d === this.rDist[r] && d !== INF && slot < this.rOwner[r])) { this.rOwner[r] = slot; this.setResident(r, d); }
    }
  }

  private straightRemove(slot: number) {
    for (let r = 0; r < this.rDist.length; r++) {
      if (this.rOwner[r] !== slot) continue;
      const d = this.straightResident(r);
      this.setResident(r, d);
    }
  }

  private setResident(r: number, d: number) {
    this.rDist[r] = d;
    const ok = d <= this.limitDm ? 1 : 0;
    if (ok === this.rReached[r]) return;
    const w = this.residents.weight[r];
    this.rReached[r] = ok;
    if (ok) {
      this.reachedW += w;
      if (!this.rBaseline[r]) { this.gainedW += w; this.gainedN++; } else this.lostW -= w;
    } else {
      this.reachedW -= w;
      if (!this.rBaseline[r]) { this.gainedW -= w; this.gainedN--; } else this.lostW += w;
    }
  }

  private endStep(slot: number): StepResult {
    const edgesOut: number[] = [];
    if (this.mode === "network") {
      const net = this.net!;
      const es = ++this.edgeStamp;
      const mark = (e: number) => { if (this.edgeMark[e] !== es) { this.edgeMark[e] = es; edgesOut.push(e); } };
      for (const u of this.touched) for (let a = net.adjOffsets[u]; a < net.adjOffsets[u + 1]; a++) mark(net.adjEdge[a]);
      for (const e of this.stepEdges) mark(e);
      for (const e of edgesOut) {
        for (let k = this.erOffsets[e]; k < this.erOffsets[e + 1]; k++) {
          const r = this.erList[k];
          this.setResident(r, this.residentDistanceDm(r));
        }
      }
    }
    const edges = Int32Array.from(edgesOut);
    const distM = new Float32Array(edges.length);
    for (let i = 0; i < edges.length; i++) distM[i] = this.edgeDistanceDm(edges[i]) / DM_PER_M;
    const nodesChanged = this.touched.length;
    this.touched = [];
    return { id: this.slots[slot].id, figures: this.figures(), gained: this.gainedW, gainedPoints: this.gainedN, lost: this.lostW, edgeUpdates: { edges, distM }, nodesChanged };
  }

  // ---------------------------------------------------------------- results

  figures(): Figures {
    const inGaps = this.total - this.reachedW - this.unreachableW;
    return {
      mode: this.mode,
      limitM: this.limitDm / DM_PER_M,
      cutoffM: this.cutoffDm / DM_PER_M,
      places: this.activeCount,
      residentsTotal: this.total,
      withinReach: this.reachedW,
      share: this.total > 0 ? this.reachedW / this.total : 0,
      inGaps: Math.max(0, inGaps),
      unreachable: this.unreachableW,
    };
  }

  /** Residents within reach now that were not in the baseline. */
  gainedResidents(): Int32Array {
    const out: number[] = [];
    for (let r = 0; r < this.rReached.length; r++) if (this.rReached[r] && !this.rBaseline[r]) out.push(r);
    return Int32Array.from(out);
  }

  /** Walking distance per resident point in metres (Infinity beyond the cut-off or unreachable). */
  residentDistances(): Float32Array {
    const out = new Float32Array(this.rDist.length);
    for (let i = 0; i < out.length; i++) out[i] = this.rDist[i] === INF ? Infinity : this.rDist[i] / DM_PER_M;
    return out;
  }

  /** Per resident: 0 within reach, 1 in a gap, 2 unreachable (no place in its part of the network). */
  residentStatus(): Uint8Array {
    const out = new Uint8Array(this.rDist.length);
    for (let r = 0; r < out.length; r++) out[r] = this.rReached[r] ? 0 : this.compPlaces[this.rComp[r]] === 0 ? 2 : 1;
    return out;
  }

  /** Walking distance per network node in metres (Infinity beyond the cut-off). */
  nodeDistances(): Float32Array {
    const out = new Float32Array(this.dist.length);
    for (let i = 0; i < out.length; i++) out[i] = this.dist[i] === INF ? Infinity : this.dist[i] / DM_PER_M;
    return out;
  }

  private edgeDistanceDm(e: number): number {
    const net = this.net!;
    let d = Math.min(this.dist[net.edgeFrom[e]], this.dist[net.edgeTo[e]]);
    const local = this.edgePlaces.get(e);
    if (local) for (const slot of local) {
      const acc = this.slots[slot].acc;
      for (let i = 0; i < acc.length; i += 4) if (acc[i] === e && acc[i + 3] < d) d = acc[i + 3];
    }
    return d === INF ? Infinity : d;
  }

  /**
   * Distance to reach each network edge (its nearest point), in metres, keyed by edge index;
   * edge i is segment net.edgeSegment[i] of part net.edgePart[i] of input feature net.edgeFeature[i].
   */
  edgeDistances(): Float32Array {
    const E = this.net ? this.net.edgeCount : 0;
    const out = new Float32Array(E);
    for (let e = 0; e < E; e++) out[e] = this.edgeDistanceDm(e) / DM_PER_M;
    return out;
  }

  /** Per input feature: the smallest edge distance (for feature-state colouring by feature). */
  featureDistances(featureCount?: number): Float32Array {
    const net = this.net;
    const n = featureCount ?? (net && net.edgeCount ? net.edgeFeature[net.edgeCount - 1] + 1 : 0);
    const out = new Float32Array(n).fill(Infinity);
    if (!net) return out;
    const ed = this.edgeDistances();
    for (let e = 0; e < net.edgeCount; e++) if (ed[e] < out[net.edgeFeature[e]]) out[net.edgeFeature[e]] = ed[e];
    return out;
  }

  /** Cumulative share of residents reached against walking distance, up to the cut-off. */
  reachCurve(stepM = 50, maxM = this.cutoffDm / DM_PER_M): ReachCurvePoint[] {
    const top = Math.min(maxM, this.cutoffDm / DM_PER_M);
    const n = Math.floor(top / stepM + 1e-9);
    const bins = new Float64Array(n + 1);
    const stepDm = Math.round(stepM * DM_PER_M);
    for (let r = 0; r < this.rDist.length; r++) {
      const d = this.rDist[r];
      if (d === INF) continue;
      const b = Math.ceil(d / stepDm);
      if (b <= n) bins[b] += this.residents.weight[r];
    }
    const out: ReachCurvePoint[] = [];
    let acc = 0;
    for (let b = 0; b <= n; b++) {
      acc += bins[b];
      out.push({ distanceM: b * stepM, reached: acc, share: this.total > 0 ? acc / this.total : 0 });
    }
    return out;
  }

  /** Rank candidates by the residents now beyond reach that each would bring within reach. */
  shortlist(candidates: PlaceInput[], onProgress?: (done: number, total: number) => void): ShortlistEntry[] {
    const savedBaseline = this.rBaseline;
    const saved = { g: this.gainedW, n: this.gainedN, l: this.lostW };
    this.setBaseline();
    const out: ShortlistEntry[] = [];
    candidates.forEach((c, i) => {
      const tmpId = `\u0000shortlist:${i}:${c.id}`;
      const step = this.addPlace({ ...c, id: tmpId });
      out.push({ id: c.id, gained: step.gained, gainedPoints: step.gainedPoints });
      this.removePlace(tmpId);
      onProgress?.(i + 1, candidates.length);
    });
    this.rBaseline = savedBaseline;
    this.gainedW = saved.g; this.gainedN = saved.n; this.lostW = saved.l;
    return out.sort((a, b) => b.gained - a.gained || a.id.localeCompare(b.id));
  }

  // ---------------------------------------------------------------- gaps

  /** Gap polygons (computed on demand and cached until the next change). */
  gaps(opts: Partial<GapOptions> = {}): GapsResult {
    if (this.gapsCache && !opts.force) return this.gapsCache;
    if (!this.gapCells) {
      const frame = this.gapFrame(this.options.gapCellM);
      const { cols, rows, x0, y0, cell } = frame;
      const n = cols * rows;
      const snaps = new Int32Array(n * 3).fill(-1);
      const xs = new Float64Array(n), ys = new Float64Array(n);
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
        const i = r * cols + c;
        const x = x0 + (c + 0.5) * cell, y = y0 + (r + 0.5) * cell;
        xs[i] = x; ys[i] = y;
        if (this.areaPolys && !pointInPolygons(x, y, this.areaPolys)) continue; // outside the study area
        if (this.net) {
          const s = snapPoint(this.net, x, y);
          if (s) { snaps[3 * i] = s.edge; snaps[3 * i + 1] = Math.min(this.net.edgeLenDm[s.edge], Math.round(s.along * DM_PER_M)); snaps[3 * i + 2] = Math.round(s.off * DM_PER_M); }
        } else {
          snaps[3 * i] = 0;
        }
      }
      this.gapCells = { frame, snaps, xs, ys };
    }
    const { frame, snaps, xs, ys } = this.gapCells;
    const n = frame.cols * frame.rows;
    const cellDist = new Int32Array(n);
    const inArea = new Uint8Array(n);
    // straight-line mode: only places whose box lies within the limit of a cell can cover it
    const near = this.net ? null : this.placeBuckets();
    for (let i = 0; i < n; i++) {
      if (snaps[3 * i] < 0) { cellDist[i] = INF; continue; }
      inArea[i] = 1;
      if (this.net) cellDist[i] = this.pointDistanceDm(snaps[3 * i], snaps[3 * i + 1], snaps[3 * i + 2]);
      else {
        let best = INF;
        for (const slot of near!.at(xs[i], ys[i])) best = Math.min(best, Math.round(straightDistance(this.slots[slot].shape, xs[i], ys[i]) * DM_PER_M));
        // beyond the limit the exact value does not matter for gaps
        cellDist[i] = best > this.limitDm ? INF : best;
      }
    }
    const result = buildGaps({
      ...frame, cellDist, inArea, limitDm: this.limitDm,
      residents: { x: this.rx, y: this.ry, weight: this.residents.weight, reached: this.rReached },
      inverse: this.projection.inverse,
    });
    this.gapsCache = result;
    return result;
  }

  /** Active places bucketed on a grid of limit-sized squares, by their box grown by the limit. */
  private placeBuckets(): { at: (x: number, y: number) => number[] } {
    const size = Math.max(this.limitDm / DM_PER_M, 1);
    const buckets = new Map<string, number[]>();
    this.slots.forEach((s, slot) => {
      if (!s.active) return;
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      const grow = (x: number, y: number) => { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); };
      for (let i = 0; i < s.shape.points.length; i += 2) grow(s.shape.points[i], s.shape.points[i + 1]);
      for (const p of s.shape.polygons) for (let i = 0; i < p[0].length; i += 2) grow(p[0][i], p[0][i + 1]);
      if (!Number.isFinite(minX)) return;
      for (let bx = Math.floor((minX - size) / size); bx <= Math.floor((maxX + size) / size); bx++) {
        for (let by = Math.floor((minY - size) / size); by <= Math.floor((maxY + size) / size); by++) {
          const k = bx + "," + by;
          const list = buckets.get(k);
          if (list) list.push(slot); else buckets.set(k, [slot]);
        }
      }
    });
    return { at: (x, y) => buckets.get(Math.floor(x / size) + "," + Math.floor(y / size)) ?? [] };
  }

  private gapFrame(cell: number) {
    let minX: number, minY: number, maxX: number, maxY: number;
    if (this.areaPolys && this.areaPolys.length) {
      minX = Infinity; minY = Infinity; maxX = -Infinity; maxY = -Infinity;
      for (const p of this.areaPolys) { const r = p[0]; for (let i = 0; i < r.length; i += 2) { minX = Math.min(minX, r[i]); maxX = Math.max(maxX, r[i]); minY = Math.min(minY, r[i + 1]); maxY = Math.max(maxY, r[i + 1]); } }
    } else {
      minX = Infinity; minY = Infinity; maxX = -Infinity; maxY = -Infinity;
      const grow = (x: number, y: number) => { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); };
      if (this.net) for (let i = 0; i < this.net.nodeCount; i++) grow(this.net.nodeX[i], this.net.nodeY[i]);
      else {
        for (let i = 0; i < this.rx.length; i++) grow(this.rx[i], this.ry[i]);
        for (const s of this.slots) for (let i = 0; i < s.shape.points.length; i += 2) grow(s.shape.points[i], s.shape.points[i + 1]);
      }
      if (!Number.isFinite(minX)) { minX = minY = 0; maxX = maxY = 0; }
      const b = this.options.areaBufferM;
      minX -= b; minY -= b; maxX += b; maxY += b;
    }
    // Cell grid anchored on multiples of the cell size so results do not jitter.
    let size = cell;
    const x0 = Math.floor(minX / size) * size, y0 = Math.floor(minY / size) * size;
    let cols = Math.max(1, Math.ceil((maxX - x0) / size)), rows = Math.max(1, Math.ceil((maxY - y0) / size));
    while (cols * rows > 4_000_000) { size *= 2; cols = Math.ceil(cols / 2); rows = Math.ceil(rows / 2); }
    return { x0, y0, cols, rows, cell: size };
  }
}

function toGeometry(a: Geometry | Feature | FeatureCollection): Geometry | null {
  if (a.type === "Feature") return a.geometry;
  if (a.type === "FeatureCollection") {
    const polys = a.features.flatMap((f) => (f.geometry?.type === "Polygon" ? [f.geometry.coordinates] : f.geometry?.type === "MultiPolygon" ? f.geometry.coordinates : []));
    return polys.length ? { type: "MultiPolygon", coordinates: polys } : null;
  }
  return a;
}

export function createEngine(input: CoverageInput, options: EngineOptions): CoverageEngine {
  return new CoverageEngine(input, options);
}
