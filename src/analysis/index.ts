/** Public API of the coverage engine (pure: Node, Web Worker and tests). */
export { createProjection, projectionForBbox, type LocalProjection } from "./projection.ts";
export { buildNetwork, hydrateNetwork, networkBuffers, snapPoint, DM_PER_M, type Network, type NetworkData, type Snap } from "./network.ts";
export { placesFromGeoJSON, type PlaceInput } from "./places.ts";
export { residentsFromGeoJSON, weightedPoints, quantizeWeight, WEIGHT_QUANTUM, DEFAULT_COUNT_PROPERTIES, type WeightedPoints, type ResidentOptions } from "./residents.ts";
export { CoverageEngine, createEngine, INF, NO_STREET_DATA_M, STATUS_WITHIN_REACH, STATUS_IN_GAP, STATUS_UNREACHABLE, STATUS_NO_STREET_DATA, type AreaFigures, type CoverageMode, type EngineOptions, type Figures, type StepResult, type ShortlistEntry, type ReachCurvePoint, type CoverageInput } from "./engine.ts";
export { type GapsResult, type GapProperties, type NoStreetDataProperties } from "./gaps.ts";
export { WALKING_SPEEDS, DISTANCE_NORMS, DEFAULT_WALKING_SPEED_KMH, SLOW_WALKING_SPEED_KMH, minutesToMetres, metresToMinutes, type DistanceNorm, type WalkingSpeedPreset } from "./walking.ts";
export { runCoverage, prepareInputs, createEngineFromGeoJSON, summarize, type CoverageRunInput, type CoverageSummary, type AnalysisMessage, type PreparedInputs } from "./run.ts";
export { syntheticCity, mulberry32, type SyntheticCityOptions } from "./synthetic-city.ts";
