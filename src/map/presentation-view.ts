/**
 * The map while the facilitator presents: what was in view (its part with data in it) moves into the part of the screen
 * that the big figures, the QR code, the legend and the step bar leave free, and leaving the
 * presentation brings back the view as it was. The projector window is not moved here: it
 * follows the facilitator's view.
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import { boundsOf } from "../geo/bounds";
import type { AppState, MapView } from "../state/types";
import type { AppStore } from "../state/store";
import { fitPadding, presentationPadding } from "./sync";

type Bounds = [number, number, number, number];

/** The geographic box of the screen's free part for the given padding. */
function freeBounds(map: MapLibreMap, padding: { top: number; bottom: number; left: number; right: number }): Bounds {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const corners = [
    map.unproject([padding.left, padding.top]),
    map.unproject([w - padding.right, padding.top]),
    map.unproject([padding.left, h - padding.bottom]),
    map.unproject([w - padding.right, h - padding.bottom]),
  ];
  const lons = corners.map((c) => c.lng);
  const lats = corners.map((c) => c.lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** Where the loaded data is: what the room should see of the view, not the empty land around it. */
function dataBounds(s: AppState): Bounds | null {
  return boundsOf({ type: "FeatureCollection", features: s.datasets.filter((d) => !d.hidden).flatMap((d) => d.features.features) });
}

/** The part of `seen` that holds data; all of `seen` when none of the data is in it. */
function focusOf(seen: Bounds, data: Bounds | null): Bounds {
  if (!data) return seen;
  const cut: Bounds = [Math.max(seen[0], data[0]), Math.max(seen[1], data[1]), Math.min(seen[2], data[2]), Math.min(seen[3], data[3])];
  return cut[0] < cut[2] && cut[1] < cut[3] ? cut : seen;
}

export function bindPresentationView(map: MapLibreMap, store: AppStore): () => void {
  let before: MapView | null = null;
  return store.subscribe((s, prev) => {
    if (s.screenRole === "projector" || s.presenting === prev.presenting) return;
    const container = map.getContainer();
    const rightToLeft = getComputedStyle(container).direction === "rtl";
    const { clientWidth: w, clientHeight: h } = container;
    if (s.presenting) {
      // Before the panel hides: what the facilitator saw beside it is what the room should see.
      const seen = focusOf(freeBounds(map, fitPadding(w, h, prev.panelOpen, rightToLeft)), dataBounds(s));
      before = s.view;
      // At once, not on the next frame: the panel and the overlays lie over the map, whose size
      // stays, and a window behind the projector window may get no frame until much later.
      map.fitBounds(seen, { padding: presentationPadding(w, h, rightToLeft), duration: 0, maxZoom: 18 });
    } else if (before) {
      const view = before;
      before = null;
      map.jumpTo({ center: view.center, zoom: view.zoom });
    }
  });
}
