/** One-shot coverage from GeoJSON: the path shared by the CLI and the worker's init. */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { buildNetwork, type Network } from "./network.ts";
import { placesFromGeoJSON, type PlaceInput } from "./places.ts";
import { residentsFromGeoJSON, type ResidentOptions, type WeightedPoints } from "./residents.ts";
import { CoverageEngine, type EngineOptions, type Figures } from "./engine.ts";

export interface CoverageRunInput {
  network?: FeatureCollection | null;
  /** GeoJSON features, or places already in engine form */
  places: FeatureCollection | Feature[] | PlaceInput[];
  residents: FeatureCollection | Feature[];
  buildings?: FeatureCollection | null;
  area?: Geometry | Feature | FeatureCollection | null;
  residentOptions?: ResidentOptions;
}

/** A message key plus parameters; the UI translates (src/i18n/messages/analysis.ts). */
export interface AnalysisMessage {
  key: string;
  params?: Record<string, number | string>;
}

export interface CoverageSummary extends Figures {
  gaps: { id: string; rank: number; residents: number; areaM2: number; bbox: [number, number, number, number] }[];
  gapsWithResidents: number;
  networkComponents: number;
  warnings: AnalysisMessage[];
}

export interface PreparedInputs {
  net: Network | null;
  residents: WeightedPoints;
  places: PlaceInput[];
  warnings: AnalysisMessage[];
}

/** GeoJSON → routing network, weighted resident points and places, with warnings (message keys). */
export function prepareInputs(input: CoverageRunInput, onPhase?: (phase: "network" | "residents") => void): PreparedInputs {
  const warnings: AnalysisMessage[] = [];
  onPhase?.("network");
  const built = input.network ? buildNetwork(input.network) : null;
  const net = built && built.edgeCount > 0 ? built : null;
  if (!net) warnings.push({ key: "analysis.warning.noNetwork" });
  else {
    if (net.componentCount > 1) warnings.push({ key: "analysis.warning.disconnected", params: { count: net.componentCount } });
    if (net.skippedFeatures > 0) warnings.push({ key: "analysis.warning.skippedLines", params: { count: net.skippedFeatures } });
  }
  onPhase?.("residents");
  const residents = residentsFromGeoJSON(input.residents, { ...input.residentOptions, buildings: input.buildings ?? input.residentOptions?.buildings });
  if (residents.skippedFeatures > 0) warnings.push({ key: "analysis.warning.skippedResidents", params: { count: residents.skippedFeatures } });
  const places = Array.isArray(input.places) && input.places.length && !("type" in input.places[0]) ? (input.places as unknown as PlaceInput[]) : placesFromGeoJSON(input.places as FeatureCollection | Feature[]);
  if (places.length === 0) warnings.push({ key: "analysis.warning.noPlaces" });
  return { net, residents, places, warnings };
}

export function createEngineFromGeoJSON(input: CoverageRunInput, options: EngineOptions): { engine: CoverageEngine; warnings: AnalysisMessage[] } {
  const { net, residents, places, warnings } = prepareInputs(input);
  const engine = new CoverageEngine({ network: net, residents, places }, { ...options, area: input.area ?? options.area });
  return { engine, warnings };
}

export function summarize(engine: CoverageEngine, warnings: AnalysisMessage[] = []): CoverageSummary {
  const gaps = engine.gaps().collection.features.map((f) => ({ id: f.properties.id, rank: f.properties.rank, residents: f.properties.residents, areaM2: f.properties.areaM2, bbox: f.properties.bbox }));
  const f = engine.figures();
  if (f.unreachable > 0) warnings = [...warnings, { key: "analysis.warning.unreachableResidents", params: { count: f.unreachable } }];
  return { ...f, gaps, gapsWithResidents: gaps.filter((g) => g.residents > 0).length, networkComponents: engine.net ? engine.net.componentCount : 0, warnings };
}

export function runCoverage(input: CoverageRunInput, options: EngineOptions): { engine: CoverageEngine; summary: CoverageSummary } {
  const { engine, warnings } = createEngineFromGeoJSON(input, options);
  return { engine, summary: summarize(engine, warnings) };
}
