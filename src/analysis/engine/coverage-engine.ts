/**
 * The walking-distance coverage engine: one object per analysis, holding the parts below and
 * keeping them consistent.
 *
 * Network mode: every node keeps a label (distance in decimetres, owner place slot), the
 * lexicographic minimum over all places within the cut-off (label-search.ts). A full
 * recompute is one multi-source search (full-recompute.ts); adding a place runs a bounded
 * search that only improves labels; removing one resets the region it owned and re-settles it
 * from its boundary (incremental.ts). Both give exactly the labels of a full recompute.
 * Straight-line mode (no network) uses the same API with Euclidean distances (straight-line.ts).
 */
import type { Geometry, Position } from "geojson";
import type { GapOptions, GapsResult } from "../gaps.ts";
import { DM_PER_M, type Network } from "../network.ts";
import type { PlaceInput } from "../places.ts";
import type { LocalProjection } from "../projection.ts";
import type { WeightedPoints } from "../residents.ts";
import type { EngineCore } from "./core.ts";
import { recomputeAll } from "./full-recompute.ts";
import { StudyAreaGrid } from "./gap-grid.ts";
import { WhatIf } from "./incremental.ts";
import { LabelSearch } from "./label-search.ts";
import { PlaceSlots } from "./place-slots.ts";
import { ResidentState } from "./resident-state.ts";
import * as results from "./results.ts";
import { straightLineProjection } from "./straight-line.ts";
import { NO_STREET_DATA_M } from "../street-data.ts";
import type { AreaFigures, CoverageInput, CoverageMode, EngineOptions, Figures, ReachCurvePoint, ResolvedOptions, ShortlistEntry, StepResult } from "./types.ts";

export class CoverageEngine {
  readonly mode: CoverageMode;
  readonly net: Network | null;
  readonly projection: LocalProjection;
  readonly limitDm: number;
  readonly cutoffDm: number;
  readonly options: ResolvedOptions;
  /** node labels: distance (dm, INF beyond the cut-off) and owner slot */
  readonly dist: Int32Array;
  readonly owner: Int32Array;
  readonly residents: WeightedPoints;
  /** residents in local metres, and their distance in dm (INF beyond the cut-off) */
  readonly rx: Float64Array;
  readonly ry: Float64Array;
  readonly rDist: Int32Array;

  private readonly core: EngineCore;
  private readonly whatIf: WhatIf;
  private readonly gapGrid: StudyAreaGrid;

  constructor(input: CoverageInput, options: EngineOptions) {
    if (!(options.limitM >= 0)) throw new Error("limitM must be a non-negative number");
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as EngineOptions;
    this.options = { areaBufferM: 100, gapCellM: 25, placeSampleM: 10, noStreetDataM: NO_STREET_DATA_M, ...given };
    if (!(this.options.gapCellM > 0)) throw new Error("gapCellM must be positive");
    if (!(this.options.noStreetDataM >= 0)) throw new Error("noStreetDataM must be a non-negative number");
    const net = input.network && input.network.edgeCount > 0 ? input.network : null;
    this.net = net;
    this.mode = net ? "network" : "straight-line";
    this.limitDm = Math.round(options.limitM * DM_PER_M);
    this.cutoffDm = Math.max(this.limitDm, Math.round((options.cutoffM ?? options.limitM) * DM_PER_M));
    this.residents = input.residents;
    this.projection = net ? net.projection : straightLineProjection(input.residents, input.places, options.center);

    const labels = new LabelSearch(net, this.cutoffDm);
    const res = new ResidentState(input.residents, this.projection, net, this.options.noStreetDataM);
    // no places yet: everyone with street data is unreachable
    const places = new PlaceSlots({ mode: this.mode, net, projection: this.projection, cutoffDm: this.cutoffDm, placeSampleM: this.options.placeSampleM }, res.compWeight, res.total - res.noStreetW);
    this.core = { mode: this.mode, net, projection: this.projection, limitDm: this.limitDm, cutoffDm: this.cutoffDm, labels, places, res };
    this.dist = labels.dist;
    this.owner = labels.owner;
    this.rx = res.rx;
    this.ry = res.ry;
    this.rDist = res.rDist;
    this.whatIf = new WhatIf(this.core);
    this.gapGrid = new StudyAreaGrid(this.core, options.area, { cellM: this.options.gapCellM, bufferM: this.options.areaBufferM, noStreetDataM: this.options.noStreetDataM });

    for (const p of input.places) places.activate(places.create(p));
    this.recomputeAll();
    this.setBaseline();
  }

  // ---------------------------------------------------------------- places

  placeIds(): string[] {
    return this.core.places.active().map((s) => s.id);
  }

  /** The active places as they are now (moved places at their new location). */
  currentPlaces(): PlaceInput[] {
    return this.core.places.active().map((s) => s.input);
  }

  hasPlace(id: string): boolean {
    return this.core.places.has(id);
  }

  /** Recompute every label and every resident from scratch. */
  recomputeAll(): void {
    this.gapGrid.invalidate();
    recomputeAll(this.core);
  }

  // ---------------------------------------------------------------- what-if

  /** Take the current reach as the reference for `gained`/`lost`. */
  setBaseline(): void {
    this.core.res.setBaseline();
  }

  addPlace(place: PlaceInput): StepResult {
    const slot = this.core.places.create(place);
    this.begin();
    this.whatIf.insert(slot);
    return this.end(slot);
  }

  removePlace(id: string): StepResult {
    const places = this.core.places;
    const slot = places.require(id);
    this.begin();
    this.whatIf.remove(slot);
    const result = this.end(slot);
    places.release(slot);
    return result;
  }

  /** Move a place to a new location (a point [lon, lat] or a new geometry). */
  movePlace(id: string, to: Position | Geometry): StepResult {
    const places = this.core.places;
    const slot = places.require(id);
    this.begin();
    const old = places.slots[slot];
    this.whatIf.remove(slot);
    const geometry: Geometry = Array.isArray(to) ? { type: "Point", coordinates: to as Position } : (to as Geometry);
    places.slots[slot] = places.resolve({ id, geometry });
    this.whatIf.insert(slot, old);
    return this.end(slot);
  }

  private begin() {
    this.gapGrid.invalidate();
    this.whatIf.begin();
  }

  private end(slot: number): StepResult {
    const { edgeUpdates, nodesChanged } = this.whatIf.end();
    const res = this.core.res;
    return { id: this.core.places.slots[slot].id, figures: this.figures(), gained: res.gainedW, gainedPoints: res.gainedN, lost: res.lostW, edgeUpdates, nodesChanged };
  }

  /** Rank candidates by the residents now beyond reach that each would bring within reach. */
  shortlist(candidates: PlaceInput[], onProgress?: (done: number, total: number) => void): ShortlistEntry[] {
    const restore = this.core.res.saveBaseline();
    this.setBaseline();
    const out: ShortlistEntry[] = [];
    candidates.forEach((c, i) => {
      const tmpId = `\u0000shortlist:${i}:${c.id}`;
      const step = this.addPlace({ ...c, id: tmpId });
      out.push({ id: c.id, gained: step.gained, gainedPoints: step.gainedPoints });
      this.removePlace(tmpId);
      onProgress?.(i + 1, candidates.length);
    });
    restore();
    return out.sort((a, b) => b.gained - a.gained || a.id.localeCompare(b.id));
  }

  // ---------------------------------------------------------------- results

  figures(): Figures {
    return results.figures(this.core);
  }

  /** Residents within reach now that were not in the baseline. */
  gainedResidents(): Int32Array {
    return results.gainedResidents(this.core);
  }

  /** Walking distance per resident point in metres (Infinity beyond the cut-off or unreachable). */
  residentDistances(): Float32Array {
    return results.residentDistances(this.core);
  }

  /**
   * Per resident: 0 within reach, 1 in a gap, 2 unreachable (no place in its part of the
   * network), 3 no street data (no street within noStreetDataM).
   */
  residentStatus(): Uint8Array {
    return results.residentStatus(this.core);
  }

  /**
   * Figures per input area: index i sums the residents whose WeightedPoints.feature is i
   * (others are left out). Exact with the current state, what-if steps included.
   */
  areaFigures(areaCount: number): AreaFigures[] {
    return results.areaFigures(this.core, areaCount);
  }

  /** Walking distance per network node in metres (Infinity beyond the cut-off). */
  nodeDistances(): Float32Array {
    return results.nodeDistances(this.core);
  }

  /**
   * Distance to reach each network edge (its nearest point), in metres, keyed by edge index;
   * edge i is segment net.edgeSegment[i] of part net.edgePart[i] of input feature net.edgeFeature[i].
   */
  edgeDistances(): Float32Array {
    return results.edgeDistances(this.core);
  }

  /** Per input feature: the smallest edge distance (for feature-state colouring by feature). */
  featureDistances(featureCount?: number): Float32Array {
    return results.featureDistances(this.core, featureCount);
  }

  /** Cumulative share of residents reached against walking distance, up to the cut-off. */
  reachCurve(stepM = 50, maxM = this.cutoffDm / DM_PER_M): ReachCurvePoint[] {
    return results.reachCurve(this.core, stepM, maxM);
  }

  /** Gap polygons (computed on demand and cached until the next change). */
  gaps(opts: Partial<GapOptions> = {}): GapsResult {
    return this.gapGrid.gaps(opts);
  }
}
