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
  // Hover asks the map at most once a frame, and not while a button is held (a pan): on a
  // dense tiled layer the first query after new tiles makes MapLibre parse whole tiles on the
  // page's thread, which would otherwise happen on every pointer move of a drag.
  let pending: { x: number; y: number } | null = null;
  let frame = 0;
  const hoverNow = () => {
    frame = 0;
    if (!pending) return;
    const ref = topAt(pending);
    pending = null;
    store.getState().setHovered(ref);
    map.getCanvas().style.cursor = ref ? "pointer" : "";
  };
  map.on("mousemove", (e) => {
    if ((e.originalEvent as MouseEvent).buttons !== 0) return;
    pending = e.point;
    frame ||= requestAnimationFrame(hoverNow);
  });
  map.on("mouseout", () => {
    pending = null;
    store.getState().setHovered(null);
  });
  map.on("click", (e) => {
    // In propose mode a click picks a proposal's place instead (src/map/propose-mode.ts).
    if (store.getState().interactionMode === "select") store.getState().select(topAt(e.point));
  });
  map.on("moveend", () => {
    const c = map.getCenter();
    store.getState().setView({ center: [c.lng, c.lat], zoom: map.getZoom() });
  });
}
