/**
 * The "try a place here" marker: a draggable MapLibre marker that moves the store's tryPlace.
 * It is a focusable button too: arrow keys move it by 10 m (50 m with Shift), so the what-if
 * works without a mouse.
 */
import { Marker, type Map as MapLibreMap } from "maplibre-gl";
import type { AppStore } from "../state/store";

const METRES_PER_DEGREE_LAT = 111_320;

function nudge(at: [number, number], key: string, metres: number): [number, number] | null {
  const dLat = metres / METRES_PER_DEGREE_LAT;
  const dLon = dLat / Math.cos((at[1] * Math.PI) / 180);
  switch (key) {
    case "ArrowUp":
      return [at[0], at[1] + dLat];
    case "ArrowDown":
      return [at[0], at[1] - dLat];
    case "ArrowLeft":
      return [at[0] - dLon, at[1]];
    case "ArrowRight":
      return [at[0] + dLon, at[1]];
    default:
      return null;
  }
}

export function syncTryPlaceMarker(map: MapLibreMap, store: AppStore, label: () => string): () => void {
  let marker: Marker | null = null;
  let dragging = false;

  const make = (at: [number, number]) => {
    const el = document.createElement("button");
    el.type = "button";
    el.className = "try-place-marker";
    el.setAttribute("aria-label", label());
    el.addEventListener("keydown", (e) => {
      const current = store.getState().tryPlace?.at;
      const next = current && nudge(current, e.key, e.shiftKey ? 50 : 10);
      if (!next) return;
      e.preventDefault();
      e.stopPropagation();
      store.getState().updateTryPlace({ at: next });
    });
    const m = new Marker({ element: el, draggable: true, anchor: "bottom" }).setLngLat(at).addTo(map);
    m.on("dragstart", () => (dragging = true));
    m.on("drag", () => {
      performance.mark("coverage:drag");
      const { lng, lat } = m.getLngLat();
      store.getState().updateTryPlace({ at: [lng, lat] });
    });
    m.on("dragend", () => (dragging = false));
    return m;
  };

  const apply = () => {
    const tp = store.getState().tryPlace;
    if (!tp) {
      marker?.remove();
      marker = null;
    } else if (!marker) {
      marker = make(tp.at);
    } else if (!dragging) {
      marker.setLngLat(tp.at);
    }
  };
  apply();
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.tryPlace !== prev.tryPlace) apply();
    if (next.language !== prev.language) marker?.getElement().setAttribute("aria-label", label());
  });
  return () => {
    unsubscribe();
    marker?.remove();
  };
}
