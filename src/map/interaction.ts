import type { Map as MapLibreMap, MapGeoJSONFeature } from "maplibre-gl";
import { isLayerId } from "../layers/definitions";
import type { AppStore } from "../state/store";
import type { FeatureRef } from "../state/types";
import { interactiveLayerIds } from "./overlay-style";

function refOf(feature: MapGeoJSONFeature | undefined): FeatureRef | null {
  if (!feature || !isLayerId(feature.source)) return null;
  const id = feature.properties?.id;
  return typeof id === "string" ? { layer: feature.source, id } : null;
}

/** Map events → store actions: hover, click to select, and the view after every move. */
export function bindInteraction(map: MapLibreMap, store: AppStore): void {
  const layers = interactiveLayerIds();
  const topAt = (point: { x: number; y: number }) => {
    const existing = layers.filter((id) => map.getLayer(id));
    return refOf(map.queryRenderedFeatures([point.x, point.y], { layers: existing })[0]);
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
