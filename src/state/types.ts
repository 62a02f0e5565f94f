import type { FeatureCollection } from "geojson";
import type { LayerId } from "../layers/definitions";
import type { Language } from "../i18n";
import type { DrawnSegments } from "../analysis/edge-segments";
// Slice types live in type-only modules (src/state/slice-types/) that never import the slices
// or this file, so types.ts ↔ slices form no import cycle.
import type { CoverageFigures, MapView, PlaceCollection } from "./slice-types/shared";
import type { ProposalsSlice } from "./slice-types/proposals";
import type { WorkshopSlice } from "./slice-types/workshop";
import type { DatasetsSlice } from "./slice-types/datasets";
export type { CoverageFigures, MapView, PlaceCollection, PlaceFeature } from "./slice-types/shared";
// Why the base map could not be shown (a type-only module, so no import cycle).
import type { BasemapStatusSlice } from "./slices/basemap-status-type";

/** A reference to one feature of one layer, by its stable string id (properties.id). */
export interface FeatureRef {
  layer: LayerId;
  id: string;
}

export interface LayersSlice {
  layerData: Record<LayerId, PlaceCollection>;
  visible: Record<LayerId, boolean>;
  setLayerData: (layer: LayerId, data: PlaceCollection) => void;
  setVisible: (layer: LayerId, visible: boolean) => void;
  toggleLayer: (layer: LayerId) => void;
}

export interface ViewSlice {
  view: MapView;
  /** Set by "zoom to layer" and similar: the map fits these bounds once, then clears it. */
  fitRequest: { bounds: [number, number, number, number]; seq: number } | null;
  setView: (view: MapView) => void;
  requestFit: (bounds: [number, number, number, number]) => void;
}

export interface SelectionSlice {
  hovered: FeatureRef | null;
  selected: FeatureRef | null;
  setHovered: (ref: FeatureRef | null) => void;
  select: (ref: FeatureRef | null) => void;
}

export interface UiSlice {
  language: Language;
  panelOpen: boolean;
  mapReady: boolean;
  /** The resident's focused path (where → what → keep/share) instead of the planner's panels. */
  resident: boolean;
  setLanguage: (language: Language) => void;
  setPanelOpen: (open: boolean) => void;
  setMapReady: (ready: boolean) => void;
  setResident: (on: boolean) => void;
}

/** The layers whose features can count as places people walk to (one list: src/analysis/analysis-plan.ts). */
export type { PlaceLayerId } from "../analysis/analysis-plan";
import type { PlaceLayerId, ResidentsClip, ResidentsSource } from "../analysis/analysis-plan";
import type { AreaSummary } from "../analysis/run";
import type { SpreadMethod } from "../analysis/residents";

export interface CoverageSettings {
  /** Maximum walk along the network, in metres. */
  limitM: number;
  /** The chosen norm preset, or "custom". */
  normId: string;
  /** Walking speed: turns minutes into metres (4.8 km/h default; 3.6 km/h for slower walkers). */
  speedKmh: number;
  /** Whether the planner states the limit in metres or in minutes' walk. */
  limitUnit: "m" | "min";
  placeLayers: Record<PlaceLayerId, boolean>;
}


export interface GapSummary {
  id: string;
  rank: number;
  residents: number;
  areaM2: number;
  bbox: [number, number, number, number];
}

export interface ShortlistItem {
  /** The candidate's layer and feature id. */
  layer: "vacant" | "squares";
  id: string;
  /** The candidate's own properties (untrusted; named in the UI's language by placeLabel). */
  properties: Record<string, unknown>;
  gained: number;
  /** A point to show the candidate at. */
  at: [number, number];
}

/** What the coverage worker last reported, as the panel and the map show it. */
export interface CoverageView {
  status: "idle" | "computing" | "ready" | "error";
  progress?: { phase: string; done: number; total: number };
  errorMessage?: string;
  warnings?: { key: string; params?: Record<string, number | string> }[];
  figures?: CoverageFigures;
  gaps?: FeatureCollection;
  gapList?: GapSummary[];
  reachCurve?: { distanceM: number; share: number }[];
  shortlist?: ShortlistItem[];
  /** Street segments of the network as drawn (one feature per edge, numeric id = edge index). */
  segments?: DrawnSegments;
  /** Walking distance per edge in metres (Infinity beyond the cut-off); replaced on full runs. */
  edgeDistances?: Float32Array;
  /** Bumped on every change of edge distances; `edgeDelta` holds the last step's changes. */
  edgeVersion: number;
  edgeDelta?: { edges: Int32Array; distM: Float32Array } | null;
  /** Where the residents come from: population data, an estimate from buildings, or nowhere. */
  residentsSource?: ResidentsSource;
  /** How population polygons were placed (on buildings, along streets, evenly): how many each way. */
  spread?: Record<SpreadMethod, number>;
  /** Figures per population polygon (wijk, buurt, sector), when residents come from polygons. */
  areas?: AreaSummary[];
  /** The population polygons for the choropleth (feature id = index into `areas`). */
  areaPolygons?: FeatureCollection;
  /** Where residents live but no street data is loaded (drawn apart from the gaps). */
  noStreetData?: FeatureCollection;
  /** The datasets the figures come from (attribution, report, exports). */
  sources?: { name: string; kind: string; attribution?: string }[];
  /** National or regional population files cut to some municipalities. */
  clips?: ResidentsClip[];
  /** How many places each chosen layer brought in. */
  placeCounts?: Record<PlaceLayerId, number>;
  /** The demo is loaded but left out, because the planner's own data is there. */
  demoIgnored?: boolean;
}

export interface TryPlace {
  at: [number, number];
  /** Residents newly within reach with this place, against the baseline. */
  gained?: number;
  figures?: CoverageFigures;
}

export interface CoverageSlice {
  coverageSettings: CoverageSettings;
  coverage: CoverageView;
  showCoverage: boolean;
  tryPlace: TryPlace | null;
  /** The gap highlighted on the map (from the gap list). */
  selectedGap: string | null;
  selectGap: (id: string | null) => void;
  setCoverageSettings: (settings: Partial<CoverageSettings>) => void;
  updateCoverage: (patch: Partial<CoverageView>) => void;
  setShowCoverage: (show: boolean) => void;
  setTryPlace: (place: TryPlace | null) => void;
  updateTryPlace: (patch: Partial<TryPlace>) => void;
}

export type AppState = LayersSlice & ViewSlice & SelectionSlice & UiSlice
  & ProposalsSlice
  & WorkshopSlice
  & CoverageSlice
  & DatasetsSlice
  & BasemapStatusSlice;
