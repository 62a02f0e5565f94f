/** Types shared by the store's slices; a leaf module (imports no slice and not ../types). */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Figures } from "../../analysis/engine";

export type PlaceFeature = Feature<Geometry, Record<string, unknown>>;
export type PlaceCollection = FeatureCollection<Geometry, Record<string, unknown>>;

export interface MapView {
  /** [longitude, latitude] */
  center: [number, number];
  zoom: number;
}

/** The engine's headline figures, as the panel shows them. */
export type CoverageFigures = Pick<Figures, "mode" | "limitM" | "places" | "residentsTotal" | "withinReach" | "share" | "inGaps" | "unreachable" | "noStreetData">;
