import type { LayerId } from "../layers/definitions";
import type { AppState, PlaceFeature } from "./types";

// Named selectors: components ask for exactly what they render (xyflow's useNodes pattern).

export const selectVisible = (s: AppState) => s.visible;
export const selectLanguage = (s: AppState) => s.language;
export const selectSelected = (s: AppState) => s.selected;
export const selectPanelOpen = (s: AppState) => s.panelOpen;
export const selectMapReady = (s: AppState) => s.mapReady;

export const selectLayerCount = (layer: LayerId) => (s: AppState) => s.layerData[layer].features.length;

/** The selected feature itself, looked up by id in its layer (null when gone). */
export function selectSelectedFeature(s: AppState): PlaceFeature | null {
  const ref = s.selected;
  if (!ref) return null;
  return s.layerData[ref.layer].features.find((f) => f.properties?.id === ref.id) ?? null;
}
