/**
 * Place slots: each place the engine knows gets a slot index, kept for good (labels name
 * their owner by slot, and the tie-break on equal distances is the lower slot). A slot holds
 * how the place meets the network: accesses (edge intervals with their last metres) and the
 * injections they give the edges' end nodes, at most one per node. Active slots are indexed
 * by node (injections) and by edge (accesses, for the along-the-edge shortcut), and count per
 * network component, so residents of a component without any place are "unreachable".
 */
import type { Network } from "../network.ts";
import { placeAccesses, placeShape, type PlaceInput, type PlaceShape } from "../places.ts";
import type { LocalProjection } from "../projection.ts";
import { INF, type CoverageMode } from "./types.ts";

export interface Slot {
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

export interface SlotContext {
  mode: CoverageMode;
  net: Network | null;
  projection: LocalProjection;
  cutoffDm: number;
  placeSampleM: number;
}

const emptySlot = (id: string, input: PlaceInput, shape: PlaceShape): Slot =>
  ({ id, input, active: false, shape, acc: new Int32Array(0), inj: new Int32Array(0), comps: new Int32Array(0) });

export class PlaceSlots {
  readonly slots: Slot[] = [];
  activeCount = 0;
  /** node → [slot, dm, slot, dm, …] of the active places injecting there */
  readonly nodeInj = new Map<number, number[]>();
  /** edge → active slots with an access on it */
  readonly edgePlaces = new Map<number, number[]>();
  /** fast "is there any" before the map lookup */
  readonly edgeHasPlaces: Uint8Array;
  /** active places per network component (one component in straight-line mode) */
  readonly compPlaces: Int32Array;
  /** resident weight in components without any active place */
  unreachableW: number;

  private readonly byId = new Map<string, number>();

  /** `compWeight`: resident weight per component; at the start no place is active. */
  constructor(private readonly ctx: SlotContext, private readonly compWeight: Float64Array, unreachableAtStart: number) {
    this.edgeHasPlaces = new Uint8Array(ctx.net ? ctx.net.edgeCount : 0);
    this.compPlaces = new Int32Array(compWeight.length);
    this.unreachableW = unreachableAtStart;
  }

  /** How a place meets the network: its accesses, and per node the best injection. */
  resolve(input: PlaceInput): Slot {
    const { net, cutoffDm } = this.ctx;
    const shape = placeShape(input, this.ctx.projection);
    if (!net) return emptySlot(input.id, input, shape);
    const acc = placeAccesses(net, shape, this.ctx.placeSampleM);
    const best = new Map<number, number>();
    const put = (n: number, d: number) => { if (d <= cutoffDm && d < (best.get(n) ?? INF)) best.set(n, d); };
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
    return { id: input.id, input, active: false, shape, acc, inj, comps: Int32Array.from(comps) };
  }

  /** A new slot for a place (inactive); its id must be new. */
  create(p: PlaceInput): number {
    if (this.byId.has(p.id)) throw new Error(`duplicate place id: ${p.id}`);
    const slot = this.slots.length;
    this.slots.push(this.resolve(p));
    this.byId.set(p.id, slot);
    return slot;
  }

  /** The slot of an active place. */
  require(id: string): number {
    const slot = this.byId.get(id);
    if (slot === undefined || !this.slots[slot].active) throw new Error(`unknown place id: ${id}`);
    return slot;
  }

  /** After removal: the id is free again, the slot index stays (owners refer to it) without geometry. */
  release(slot: number): void {
    const id = this.slots[slot].id;
    this.byId.delete(id);
    this.slots[slot] = emptySlot(id, { id, geometry: { type: "GeometryCollection", geometries: [] } }, { points: new Float64Array(0), polygons: [] });
  }

  activate(slot: number): void {
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
    for (const c of this.componentsOf(s)) if (this.compPlaces[c]++ === 0) this.unreachableW -= this.compWeight[c];
  }

  deactivate(slot: number): void {
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
    for (const c of this.componentsOf(s)) if (--this.compPlaces[c] === 0) this.unreachableW += this.compWeight[c];
  }

  /** Without a network every place covers the one "component": everyone can reach it. */
  private componentsOf(s: Slot): Int32Array {
    return this.ctx.mode === "network" ? s.comps : Int32Array.of(0);
  }

  active(): Slot[] {
    return this.slots.filter((s) => s.active);
  }

  has(id: string): boolean {
    const k = this.byId.get(id);
    return k !== undefined && this.slots[k].active;
  }
}
