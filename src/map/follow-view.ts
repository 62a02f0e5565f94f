/**
 * Moves the map when the store's view changes from elsewhere: a workshop step with its own
 * view, or the projector window following the facilitator's. The map's own moves come back
 * through moveend → setView with the map's values, which are within tolerance, so no loop.
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import type { AppStore } from "../state/store";
import type { MapView } from "../state/types";

/** About 1 cm at street zoom: below this the map is where the store says. */
const CENTER_EPS = 1e-7;
const ZOOM_EPS = 1e-3;

export function isAtView(map: MapLibreMap, view: MapView): boolean {
  const c = map.getCenter();
  return Math.abs(c.lng - view.center[0]) < CENTER_EPS && Math.abs(c.lat - view.center[1]) < CENTER_EPS && Math.abs(map.getZoom() - view.zoom) < ZOOM_EPS;
}

export function followStoreView(map: MapLibreMap, store: AppStore): () => void {
  return store.subscribe((next, prev) => {
    if (next.view === prev.view || isAtView(map, next.view)) return;
    // A jump, not an animation: a projector that lags behind animating is worse than a cut.
    map.jumpTo({ center: next.view.center, zoom: next.view.zoom });
  });
}
