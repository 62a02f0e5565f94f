/**
 * One-shot coverage from GeoJSON: the one path shared by the CLI and the worker's init.
 * Callers get their inputs from planAnalysis (analysis-plan.ts), so the app and the CLI
 * decide alike what counts as a place, where residents come from and what the study area is.
 */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { buildNetwork, type Network } from "./network.ts";
import { placesFromGeoJSON, type PlaceInput } from "./places.ts";
import { residentsFromGeoJSON, type ResidentOptions, type ResidentsResult, type SpreadMethod } from "./residents.ts";
import { estimateResidents } from "./buildings.ts";
import { areaIdentity } from "./area-groups.ts";
import type { ResidentsSource } from "./analysis-plan.ts";
import { CoverageEngine, type AreaFigures, type EngineOptions, type Figures } from "./engine.ts";

export interface CoverageRunInput {
  network?: FeatureCollection | null;
  /** GeoJSON features, or places already in engine form */
  places: FeatureCollection | Feature[] | PlaceInput[];
  /** Population data; null/empty: estimated from `buildings` when there are any. */
  residents: FeatureCollection | Feature[] | null;
  buildings?: FeatureCollection | null;
  area?: Geometry | Feature | FeatureCollection | null;
  residentOptions?: Omit<ResidentOptions, "buildings" | "network">;
}

/** A message key plus parameters; the UI translates (src/i18n/messages/analysis.ts). */
export interface AnalysisMessage {
  key: string;
  params?: Record<string, number | string>;
}

/** Figures for one population polygon (a wijk, a buurt, a sector), with who it is. */
export interface AreaSummary extends AreaFigures {
  /** index of the polygon in the residents input */
  index: number;
  id: string;
  name: string;
}

export interface CoverageSummary extends Figures {
  gaps: { id: string; rank: number; residents: number; areaM2: number; bbox: [number, number, number, number] }[];
  gapsWithResidents: number;
  networkComponents: number;
  warnings: AnalysisMessage[];
  residentsSource: ResidentsSource;
  /** how the population polygons were placed: on buildings, along the streets, or evenly */
  spread: Record<SpreadMethod, number>;
  /** one entry per population polygon, when residents come from polygons */
  areas: AreaSummary[];
}

export interface PreparedInputs {
  net: Network | null;
  residents: ResidentsResult;
  places: PlaceInput[];
  warnings: AnalysisMessage[];
  residentsSource: ResidentsSource;
  /** identities of the population polygons (empty for points or an estimate) */
  areas: { id: string; name: string }[];
}

export type PreparePhase = "network" | "residents" | "places";

const isArea = (f: Feature) => f?.geometry?.type === "Polygon" || f?.geometry?.type === "MultiPolygon";

/** GeoJSON → routing network, weighted resident points and places, with warnings (message keys). */
export function prepareInputs(input: CoverageRunInput, onPhase?: (phase: PreparePhase) => void): PreparedInputs {
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
  const given = !input.residents ? [] : Array.isArray(input.residents) ? input.residents : input.residents.features;
  let residentsSource: ResidentsSource = "file";
  let residentFeatures: Feature[] = given;
  if (given.length === 0) {
    const estimate = estimateResidents(input.buildings);
    residentFeatures = estimate.residents.features;
    residentsSource = estimate.homes > 0 ? "estimate-buildings" : "none";
    if (residentsSource === "estimate-buildings") warnings.push({ key: "analysis.warning.residentsEstimated", params: { homes: estimate.homes } });
    else warnings.push({ key: "analysis.warning.noResidents" });
  }
  const residents = residentsFromGeoJSON(residentFeatures, { ...input.residentOptions, network: net, buildings: residentsSource === "file" ? input.buildings : null });
  if (residents.skippedFeatures > 0) warnings.push({ key: "analysis.warning.skippedResidents", params: { count: residents.skippedFeatures } });
  const polygons = residentsSource === "file" && residents.polygons > 0 && residents.polygons >= given.length / 2;
  const areas = polygons ? given.map((f, i) => (isArea(f) ? areaIdentity(f.properties, i) : { id: `#${i + 1}`, name: `#${i + 1}` })) : [];
  onPhase?.("places");
  const places = Array.isArray(input.places) && input.places.length && !("type" in input.places[0]) ? (input.places as unknown as PlaceInput[]) : placesFromGeoJSON(input.places as FeatureCollection | Feature[]);
  return { net, residents, places, warnings, residentsSource, areas };
}

export function createEngine(prepared: PreparedInputs, options: EngineOptions): CoverageEngine {
  return new CoverageEngine({ network: prepared.net, residents: prepared.residents, places: prepared.places }, options);
}

export function createEngineFromGeoJSON(input: CoverageRunInput, options: EngineOptions): { engine: CoverageEngine; prepared: PreparedInputs; warnings: AnalysisMessage[] } {
  const prepared = prepareInputs(input);
  const engine = createEngine(prepared, { ...options, area: input.area ?? options.area });
  return { engine, prepared, warnings: prepared.warnings };
}

/** The figures for each population polygon, as the engine has them now. */
export function areaSummaries(engine: CoverageEngine, areas: readonly { id: string; name: string }[]): AreaSummary[] {
  if (areas.length === 0) return [];
  return engine.areaFigures(areas.length).map((a, index) => ({ index, ...areas[index]!, ...a }));
}

export function summarize(engine: CoverageEngine, prepared: Pick<PreparedInputs, "warnings" | "residentsSource" | "areas" | "residents">): CoverageSummary {
  const gaps = engine.gaps().collection.features.map((f) => ({ id: f.properties.id, rank: f.properties.rank, residents: f.properties.residents, areaM2: f.properties.areaM2, bbox: f.properties.bbox }));
  const f = engine.figures();
  let warnings = prepared.warnings;
  // Places change without a new preparation (setPlaces): this warning follows the engine.
  if (f.places === 0) warnings = [...warnings, { key: "analysis.warning.noPlaces" }];
  if (f.unreachable > 0) warnings = [...warnings, { key: "analysis.warning.unreachableResidents", params: { count: Math.round(f.unreachable) } }];
  if (f.noStreetData > 0) warnings = [...warnings, { key: "analysis.warning.noStreetData", params: { count: Math.round(f.noStreetData) } }];
  return {
    ...f, gaps, gapsWithResidents: gaps.filter((g) => g.residents > 0).length, networkComponents: engine.net ? engine.net.componentCount : 0, warnings,
    residentsSource: prepared.residentsSource, spread: prepared.residents.spread, areas: areaSummaries(engine, prepared.areas),
  };
}

export function runCoverage(input: CoverageRunInput, options: EngineOptions): { engine: CoverageEngine; summary: CoverageSummary; prepared: PreparedInputs } {
  const { engine, prepared } = createEngineFromGeoJSON(input, options);
  return { engine, summary: summarize(engine, prepared), prepared };
}
