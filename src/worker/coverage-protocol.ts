/**
 * Every message between the coverage client and the coverage worker, in one place.
 *
 * Client → worker: { id, request }. Worker → client: { id, ok: true, result },
 * { id, ok: false, error } or { id, progress }. The network, residents and places are sent
 * once (init); a drag step is a small movePlace message. Typed arrays in results travel as
 * transferables.
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { EngineOptions, Figures, ReachCurvePoint, ShortlistEntry, StepResult } from "../analysis/engine.ts";
import type { GapsResult } from "../analysis/gaps.ts";
import type { PlaceInput } from "../analysis/places.ts";
import type { AnalysisMessage, AreaSummary, CoverageSummary } from "../analysis/run.ts";
import type { PlaceLayerId, SourceLayer } from "../analysis/analysis-plan.ts";
import type { DrawnSegments } from "../analysis/edge-segments.ts";
import type { ResidentOptions } from "../analysis/residents.ts";

export type SerializableEngineOptions = Omit<EngineOptions, "area">;

/**
 * A dataset for the worker's own plan. Its features travel once, as bytes where the import
 * worker made them (src/data/dataset-bytes.ts) or as objects; after that only its key, and the
 * worker uses the copy it keeps.
 */
export interface WireLayer extends Omit<SourceLayer, "features"> {
  key: string;
  encoded?: Uint8Array;
  features?: FeatureCollection;
}

/** The worker was asked to plan with a layer it does not hold (it was restarted): send the layers again. */
export const MISSING_LAYER = "coverage.missingLayer";

export type CoverageRequest =
  | {
      type: "init";
      network: FeatureCollection | null;
      /** population data; null: estimated from the buildings (src/analysis/analysis-plan.ts) */
      residents: FeatureCollection | null;
      places: FeatureCollection | PlaceInput[];
      buildings?: FeatureCollection | null;
      area?: Geometry | Feature | FeatureCollection | null;
      residentOptions?: Omit<ResidentOptions, "buildings" | "network">;
      options: SerializableEngineOptions;
    }
  /**
   * A full run planned in the worker from the datasets (planAnalysis, as the CLI does): the page
   * sends bytes it already has instead of structured-cloning the plan's features.
   */
  | { type: "analyse"; layers: WireLayer[]; placeLayers: Readonly<Record<PlaceLayerId, boolean>>; options: SerializableEngineOptions }
  /** Replace all places (full recompute, new baseline). */
  | { type: "setPlaces"; places: FeatureCollection | PlaceInput[] }
  /** New limit / cut-off (full recompute, new baseline). */
  | { type: "setOptions"; options: SerializableEngineOptions }
  | { type: "addPlace"; place: PlaceInput }
  | { type: "movePlace"; id: string; to: Position | Geometry }
  | { type: "removePlace"; id: string }
  /** Take the current reach as the baseline for gained/lost. */
  | { type: "commitBaseline" }
  | { type: "gaps" }
  | { type: "reachCurve"; stepM?: number; maxM?: number }
  /** Figures per population polygon, as they are now (after what-if steps too). */
  | { type: "areas" }
  | { type: "distances" }
  /** Indices of resident points within reach now but not in the baseline. */
  | { type: "gainedResidents" }
  | { type: "shortlist"; candidates: FeatureCollection | PlaceInput[] }
  /**
   * What-if for a set of places (residents' proposals): each one's own gain, and the figures and
   * gaps with all of them realised. The engine is left as it was; places in `exclude` (the trial
   * place) are taken out for the computation so they do not count as already there.
   */
  | { type: "scenario"; places: PlaceInput[]; exclude?: string[] };

export type CoverageRequestType = CoverageRequest["type"];
export type RequestOf<T extends CoverageRequestType> = Extract<CoverageRequest, { type: T }>;

export interface InitResult {
  summary: CoverageSummary;
  /** edge i → input feature / part / segment (sent once, for colouring a static street layer) */
  edgeFeature: Int32Array;
  edgePart: Int32Array;
  edgeSegment: Int32Array;
  /** metres per edge, Infinity beyond the cut-off */
  edgeDistances: Float32Array;
  /** The edges as drawn, after a run on a new network (init, analyse); absent when the network did not change. */
  segments?: DrawnSegments;
}

export interface DistancesResult {
  residents: Float32Array;
  /** 0 within reach, 1 in a gap, 2 unreachable */
  residentStatus: Uint8Array;
  edges: Float32Array;
  nodes: Float32Array;
}

export interface CoverageResults {
  init: InitResult;
  analyse: InitResult;
  setPlaces: InitResult;
  setOptions: InitResult;
  addPlace: StepResult;
  movePlace: StepResult;
  removePlace: StepResult;
  commitBaseline: Figures;
  gaps: GapsResult;
  reachCurve: ReachCurvePoint[];
  areas: AreaSummary[];
  distances: DistancesResult;
  gainedResidents: Int32Array;
  shortlist: ShortlistEntry[];
  scenario: ScenarioResult;
}

export interface ScenarioResult {
  gains: ShortlistEntry[];
  figures: Figures;
  gaps: GapsResult;
}

export interface Progress {
  phase: "network" | "residents" | "places" | "compute" | "gaps" | "shortlist";
  done: number;
  total: number;
}

export interface RequestEnvelope {
  id: number;
  request: CoverageRequest;
}

export type ResponseEnvelope =
  | { id: number; ok: true; result: CoverageResults[CoverageRequestType] }
  | { id: number; ok: false; error: { message: string; key?: AnalysisMessage["key"] | typeof MISSING_LAYER } }
  | { id: number; progress: Progress };

/** What both a real Worker and an in-process port offer. */
export interface MessagePortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export interface WorkerLike extends MessagePortLike {
  terminate(): void;
}
