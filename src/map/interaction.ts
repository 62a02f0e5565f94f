import type { Map as MapLibreMap, MapGeoJSONFeature } from "maplibre-gl";
import { isLayerId, type LayerId } from "../layers/definitions";
import type { AppStore } from "../state/store";
import type { FeatureRef } from "../state/types";
import type { BigLayers } from "./big-layers";
import { interactiveLayerIds } from "./overlay-style";

function refOf(feature: MapGeoJSONFeature | undefined, layerOf: (source: string) => LayerId | null): FeatureRef | null {
  const layer = feature ? layerOf(feature.source) : null;
  const id = feature?.properties?.id;
  return layer && typeof id === "string" ? { layer, id } : null;
}

/** Map events → store actions: hover, click to select, and the view after every move. Tiled datasets' layers answer too. */
export function bindInteraction(map: MapLibreMap, store: AppStore, tiled?: Pick<BigLayers, "interactiveLayers" | "placeLayerOf">): void {
  const layers = interactiveLayerIds();
  const layerOf = (source: string) => (isLayerId(source) ? source : (tiled?.placeLayerOf(source) ?? null));
  const topAt = (point: { x: number; y: number }) => {
    const existing = [...layers, ...(tiled?.interactiveLayers() ?? [])].filter((id) => map.getLayer(id));
    return refOf(map.queryRenderedFeatures([point.x, point.y], { layers: existing })[0], layerOf);
  };
  map.on("mousemove", (e) => {
    const ref = topAt(e.point);
    store.getState().setHovered(ref);
    map.getCanvas().style.cursor = ref ? "pointer" : "";
  });
  map.on("mouseout", () => store.getState().setHovered(null));
  map.on("click", (e) => {
    // In propose mode a click picks a proposal's place instead (src/map/propose-mode.ts).
    if (store.getState().interactionMode === "select") store.getState().select(topAt(e.point));
  });
  map.on("moveend", () => {
    const c = map.getCenter();
    store.getState().setView({ center: [c.lng, c.lat], zoom: map.getZoom() });
  });
}
