/**
 * State → map data, as pure functions (Placemark's split_feature_groups pattern): what the
 * map must change is computed here and tested in Node; src/map/sync.ts only applies it.
 * Nothing in this file imports maplibre-gl.
 */
import { LAYER_IDS, type LayerId } from "../layers/definitions";
import type { AppState, FeatureRef } from "../state/types";
import { styleLayerIdsOf } from "./overlay-style";

export type Visibility = "visible" | "none";

/** Layout visibility for every style layer that draws one of the five data layers. */
export function styleVisibility(visible: Record<LayerId, boolean>): Record<string, Visibility> {
  const out: Record<string, Visibility> = {};
  for (const layer of LAYER_IDS) {
    for (const styleId of styleLayerIdsOf(layer)) out[styleId] = visible[layer] ? "visible" : "none";
  }
  return out;
}

/** Layers whose data object changed: only those are re-sent to the map. */
export function changedLayers(prev: AppState["layerData"] | undefined, next: AppState["layerData"]): LayerId[] {
  return LAYER_IDS.filter((id) => prev?.[id] !== next[id]);
}

export interface FeatureStateChange {
  source: LayerId;
  id: string;
  state: { hover?: boolean; selected?: boolean };
}

/** Feature-state flags to set and clear when hover or selection moves from one feature to another. */
export function featureStateChanges(
  prev: Pick<AppState, "hovered" | "selected">,
  next: Pick<AppState, "hovered" | "selected">,
): FeatureStateChange[] {
  const out: FeatureStateChange[] = [];
  const diff = (key: "hover" | "selected", a: FeatureRef | null, b: FeatureRef | null) => {
    if (a?.layer === b?.layer && a?.id === b?.id) return;
    if (a) out.push({ source: a.layer, id: a.id, state: { [key]: false } });
    if (b) out.push({ source: b.layer, id: b.id, state: { [key]: true } });
  };
  diff("hover", prev.hovered, next.hovered);
  diff("selected", prev.selected, next.selected);
  return out;
}
