/**
 * Wires residents' proposals into the live map: their sources, symbols and layers (data from
 * proposals-layer.ts), the interaction modes (handlers from propose-mode.ts), and dragging a
 * proposal with a mouse or a finger. Returns one function that undoes all of it.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, MapLayerTouchEvent, MapMouseEvent, MapTouchEvent } from "maplibre-gl";
import { isLayerId, type LayerId } from "../layers/definitions";
import type { AppStore } from "../state/store";
import { styleLayerIdsOf } from "./overlay-style";
import { dropProposal, MODES, type ModeContext, type PlaceHit } from "./propose-mode";
import {
  CURSOR_SOURCE, PROPOSALS_SOURCE, PROPOSAL_ICON_LAYER, cursorCollection, proposalCollection, proposalImages,
  proposalInputs, proposalStyleLayers, sameInputs,
} from "./proposals-layer";

/** Places a proposal can reuse: vacant buildings, squares and green spaces. */
const REUSABLE: LayerId[] = ["vacant", "squares", "green"];

function mapContext(map: MapLibreMap, store: AppStore): ModeContext {
  const placeLayers = () => REUSABLE.flatMap(styleLayerIdsOf).filter((id) => id.endsWith("-fill") && map.getLayer(id));
  return {
    store,
    placeAt(point): PlaceHit | null {
      const feature = map.queryRenderedFeatures([point.x, point.y], { layers: placeLayers() })[0];
      const id = feature?.properties?.id;
      if (!feature || typeof id !== "string" || !isLayerId(feature.source)) return null;
      const name = feature.properties.name;
      return { linked: { layer: feature.source, featureId: id }, name: typeof name === "string" ? name : "" };
    },
    proposalAt(point) {
      const hits = map.queryRenderedFeatures([point.x, point.y], { layers: [PROPOSAL_ICON_LAYER] });
      const id = hits.find((f) => f.properties?.pending !== true)?.properties?.id;
      return typeof id === "string" ? id : null;
    },
    toLngLat(point) {
      const { lng, lat } = map.unproject([point.x, point.y]);
      return [lng, lat];
    },
    toPoint(lngLat) {
      return map.project(lngLat);
    },
    size() {
      const canvas = map.getContainer();
      return { width: canvas.clientWidth, height: canvas.clientHeight };
    },
    panBy(dx, dy) {
      map.panBy([dx, dy], { duration: 0 });
    },
  };
}

function addProposalLayers(map: MapLibreMap, store: AppStore): () => void {
  for (const { name, image } of proposalImages()) map.addImage(name, image, { pixelRatio: 2 });
  let inputs = proposalInputs(store.getState());
  map.addSource(PROPOSALS_SOURCE, { type: "geojson", data: proposalCollection(inputs) });
  map.addSource(CURSOR_SOURCE, { type: "geojson", data: cursorCollection(store.getState()) });
  for (const layer of proposalStyleLayers()) map.addLayer(layer);
  return store.subscribe((next, prev) => {
    const nextInputs = proposalInputs(next);
    if (!sameInputs(inputs, nextInputs)) {
      inputs = nextInputs;
      (map.getSource(PROPOSALS_SOURCE) as GeoJSONSource | undefined)?.setData(proposalCollection(inputs));
    }
    if (next.interactionMode !== prev.interactionMode || next.proposeCursor !== prev.proposeCursor || next.proposalForm !== prev.proposalForm) {
      (map.getSource(CURSOR_SOURCE) as GeoJSONSource | undefined)?.setData(cursorCollection(next));
    }
  });
}

function applyMode(map: MapLibreMap, store: AppStore): void {
  const mode = store.getState().interactionMode;
  // CSS shows a crosshair cursor in propose mode (see app.css).
  map.getContainer().dataset.interactionMode = mode;
  if (MODES[mode].mapKeyboard) map.keyboard.enable();
  else map.keyboard.disable();
  // Keyboard users land on the map, where the arrows now move the crosshair.
  if (mode === "propose") map.getCanvas().focus();
}

function bindDrag(map: MapLibreMap, ctx: ModeContext): void {
  const { store } = ctx;
  const start = (e: MapLayerMouseEvent | MapLayerTouchEvent) => {
    if (store.getState().interactionMode !== "select") return;
    if ("points" in e && e.points.length !== 1) return;
    const id = e.features?.[0]?.properties?.id;
    if (typeof id !== "string" || !store.getState().proposalSession.state.proposals[id]) return;
    // Keeps MapLibre from panning the map while the proposal moves.
    e.preventDefault();
    store.getState().selectProposal(id);
    const [moveType, endType] = e.type === "touchstart" ? (["touchmove", "touchend"] as const) : (["mousemove", "mouseup"] as const);
    const onMove = (ev: MapMouseEvent | MapTouchEvent) => store.getState().setProposalDrag({ id, location: [ev.lngLat.lng, ev.lngLat.lat] });
    map.on(moveType, onMove);
    map.once(endType, (ev: MapMouseEvent | MapTouchEvent) => {
      map.off(moveType, onMove);
      dropProposal(ctx, id, ev.point);
    });
  };
  map.on("mousedown", PROPOSAL_ICON_LAYER, start);
  map.on("touchstart", PROPOSAL_ICON_LAYER, start);
}

/** Adds the proposal layers and binds the modes; call once the style has loaded. */
export function bindProposals(map: MapLibreMap, store: AppStore): () => void {
  const stopLayers = addProposalLayers(map, store);
  const ctx = mapContext(map, store);
  const handlers = () => MODES[store.getState().interactionMode];
  map.on("click", (e) => handlers().click(ctx, e.point));
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (handlers().key(ctx, e.key, e.shiftKey)) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  const canvas = map.getCanvas();
  canvas.addEventListener("keydown", onKey);
  bindDrag(map, ctx);
  applyMode(map, store);
  const stopMode = store.subscribe((next, prev) => {
    if (next.interactionMode !== prev.interactionMode) applyMode(map, store);
  });
  return () => {
    stopLayers();
    stopMode();
    canvas.removeEventListener("keydown", onKey);
  };
}
