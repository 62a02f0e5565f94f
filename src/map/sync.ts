/**
 * The one place where store state crosses into the live map (Placemark's pmap pattern):
 * each change is first computed by the pure functions in map-data.ts, then applied here.
 * Unchanged layer data is never re-sent.
 */
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { LAYER_IDS, type LayerId } from "../layers/definitions";
import type { AppStore } from "../state/store";
import type { AppState } from "../state/types";
import { untiledData } from "./big-layer-style";
import { blobSource, datasetsData } from "./blob-source";
import { changedLayers, featureStateChanges, styleVisibility } from "./map-data";
import { allOverlayLayers } from "./overlay-style";

/** Widest screen on which the panel is a bottom sheet of at most 45 % of the height (see app.css). */
const PHONE_MAX_WIDTH = 600;

/** Leaves room for the open panel (beside the map, or below it on a phone) so fitted features stay visible. */
export function fitPadding(width: number, height: number, panelOpen: boolean, rightToLeft = false) {
  if (!panelOpen) return { top: 48, bottom: 48, right: 48, left: 48 };
  return panelPadding(width, height, rightToLeft);
}

/** Where the side panel (or the phone's bottom sheet) covers the map. */
function panelPadding(width: number, height: number, rightToLeft: boolean) {
  if (width <= PHONE_MAX_WIDTH) return { top: 24, right: 24, left: 24, bottom: Math.round(height * 0.45) + 24 };
  // The panel starts where reading starts: on the left, or on the right in Arabic.
  const panel = Math.min(400, Math.round(width / 2));
  return rightToLeft ? { top: 48, bottom: 48, left: 48, right: panel } : { top: 48, bottom: 48, right: 48, left: panel };
}

/**
 * Where the big screen's overlays cover the map (src/app/workshop/workshop.css): the figures
 * card at the reading start (34vw + margin), the QR code and the legend at the other side
 * (30vw), the step bar along the bottom.
 */
export function presentationPadding(width: number, height: number, rightToLeft = false) {
  const start = Math.round(width * 0.37);
  const end = Math.round(width * 0.3);
  const bottom = Math.round(Math.max(120, height * 0.14));
  return rightToLeft ? { top: 24, bottom, left: end, right: start } : { top: 24, bottom, left: start, right: end };
}

function fitTo(map: MapLibreMap, bounds: [number, number, number, number], duration: number, panelOpen: boolean) {
  const container = map.getContainer();
  const rightToLeft = getComputedStyle(container).direction === "rtl";
  map.fitBounds(bounds, { padding: fitPadding(container.clientWidth, container.clientHeight, panelOpen, rightToLeft), maxZoom: 17, duration });
}

type ToSource = ReturnType<typeof blobSource>;

/**
 * A layer's data as its source gets it: the bytes of its datasets where the import worker made
 * them (read by MapLibre's worker, never serialised here), else the layer's collection. Features
 * of datasets drawn from vector tiles (big-layers.ts) stay out either way.
 */
function layerSourceData(toSource: ToSource, layer: LayerId, s: Pick<AppState, "layerData" | "datasets">) {
  const drawn = s.datasets.filter((d) => d.kind === layer && !d.hidden && !d.tiles);
  return toSource(datasetsData(drawn, () => untiledData(s.layerData[layer], layer, s.datasets)));
}

function applyData(map: MapLibreMap, sources: Record<LayerId, ToSource>, prev: AppState["layerData"] | undefined, next: Pick<AppState, "layerData" | "datasets">) {
  for (const layer of changedLayers(prev, next.layerData)) {
    (map.getSource(layer) as GeoJSONSource | undefined)?.setData(layerSourceData(sources[layer], layer, next));
  }
}

function applyVisibility(map: MapLibreMap, visible: AppState["visible"]) {
  for (const [styleId, value] of Object.entries(styleVisibility(visible))) {
    if (map.getLayer(styleId) && map.getLayoutProperty(styleId, "visibility") !== value) {
      map.setLayoutProperty(styleId, "visibility", value);
    }
  }
}

/** Adds one GeoJSON source and its style layers per data layer, and keeps the map in step with the store. Returns the unsubscribe. */
export function syncStoreToMap(map: MapLibreMap, store: AppStore): () => void {
  const initial = store.getState();
  const sources = Object.fromEntries(LAYER_IDS.map((layer) => [layer, blobSource(map, layer)])) as Record<LayerId, ToSource>;
  for (const layer of LAYER_IDS) {
    // promoteId: our ids are strings in properties.id; feature-state needs them as feature ids.
    map.addSource(layer, { type: "geojson", data: layerSourceData(sources[layer], layer, initial), promoteId: "id" });
  }
  for (const styleLayer of allOverlayLayers()) map.addLayer(styleLayer);
  applyVisibility(map, initial.visible);
  if (initial.fitRequest) fitTo(map, initial.fitRequest.bounds, 0, initial.panelOpen);

  return store.subscribe((next, prev) => {
    if (next.layerData !== prev.layerData) applyData(map, sources, prev.layerData, next);
    if (next.visible !== prev.visible) applyVisibility(map, next.visible);
    for (const change of featureStateChanges(prev, next)) {
      if (map.getSource(change.source)) map.setFeatureState({ source: change.source, id: change.id }, change.state);
    }
    if (next.fitRequest && next.fitRequest !== prev.fitRequest) fitTo(map, next.fitRequest.bounds, 600, next.panelOpen);
  });
}
