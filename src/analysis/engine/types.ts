/** The engine's public types: options, figures and step results (re-exported by ../engine.ts). */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Network } from "../network.ts";
import type { PlaceInput } from "../places.ts";
import type { WeightedPoints } from "../residents.ts";

/** "Not reached": a node or resident beyond the cut-off (labels are integer decimetres). */
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
  /**
   * Network mode: a resident or gap cell farther than this (m) from every street or path is
   * "no street data here" (the loaded network does not cover it), not a gap. Default
   * NO_STREET_DATA_M (300).
   */
  noStreetDataM?: number;
}

/** The options with their defaults filled in. */
export type ResolvedOptions = Required<Pick<EngineOptions, "areaBufferM" | "gapCellM" | "placeSampleM" | "noStreetDataM">> & EngineOptions;

export interface Figures {
  mode: CoverageMode;
  limitM: number;
  cutoffM: number;
  places: number;
  residentsTotal: number;
  withinReach: number;
  /** withinReach / (residentsTotal − noStreetData): of those the network covers; 0 when none */
  share: number;
  /** connected to a place, but farther than the limit */
  inGaps: number;
  /** in a part of the network with no place at all (or: no place anywhere) */
  unreachable: number;
  /** farther than noStreetDataM from every street: the loaded network says nothing about them (0 in straight-line mode) */
  noStreetData: number;
}

/** Per-resident status, as residentStatus() reports it. */
export const STATUS_WITHIN_REACH = 0;
export const STATUS_IN_GAP = 1;
export const STATUS_UNREACHABLE = 2;
export const STATUS_NO_STREET_DATA = 3;

/** The figures of one input area (residents grouped by WeightedPoints.feature). */
export interface AreaFigures {
  residentsTotal: number;
  withinReach: number;
  inGaps: number;
  unreachable: number;
  noStreetData: number;
  /** withinReach / (residentsTotal − noStreetData), 0 when that is 0 */
  share: number;
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

export interface CoverageInput {
  network: Network | null;
  residents: WeightedPoints;
  places: PlaceInput[];
}
