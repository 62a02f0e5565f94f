/**
 * Wires residents' proposals into the live map: their sources, symbols and layers (data from
 * proposals-layer.ts), the interaction modes (handlers from propose-mode.ts), and dragging a
 * proposal with a mouse or a finger. Returns one function that undoes all of it.
 */
import type { Geometry } from "geojson";
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapLayerMouseEvent, MapLayerTouchEvent, MapMouseEvent, MapTouchEvent } from "maplibre-gl";
import { createProjection } from "../analysis/projection";
import { isLayerId, type LayerId } from "../layers/definitions";
import type { LngLat } from "../state/slices/proposals";
import type { AppStore } from "../state/store";
import { interactiveLayerIds, styleLayerIdsOf } from "./overlay-style";
import { dropProposal, MODES, NEAR_PLACE_M, nearestShape, type ModeContext, type PlaceHit, type ScreenPoint, type ScreenShape } from "./propose-mode";
import {
  CURSOR_SOURCE, PROPOSALS_SOURCE, PROPOSAL_ICON_LAYER, cursorCollection, proposalCollection, proposalImages,
  proposalInputs, proposalStyleLayers, sameInputs,
} from "./proposals-layer";

/** Places a proposal can reuse: vacant buildings, squares and green spaces. */
const REUSABLE: LayerId[] = ["vacant", "squares", "green"];

/**
 * Source layers that hold named streets in the base maps we draw (our demo's and the OpenStreetMap
 * ones). The walking network's own coverage segments carry no names, and are hidden with the
 * coverage; the base map draws the same streets, with their names, whatever is switched on.
 */
const STREET_SOURCE_LAYERS = new Set(["streets", "roads"]);
/** "Bij de straat" means close: within this many pixels and this many metres, whichever is less. */
const STREET_PX = 24;
const STREET_M = 40;

function metresBetween(a: LngLat, b: LngLat): number {
  const [x, y] = createProjection(a[0], a[1]).forward(b[0], b[1]);
  return Math.hypot(x, y);
}

function geometryLines(geometry: Geometry): LngLat[][] {
  switch (geometry.type) {
    case "Point":
      return [[geometry.coordinates as LngLat]];
    case "MultiPoint":
      return (geometry.coordinates as LngLat[]).map((c) => [c]);
    case "LineString":
      return [geometry.coordinates as LngLat[]];
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates as LngLat[][];
    case "MultiPolygon":
      return geometry.coordinates.flat() as LngLat[][];
    default:
      return [];
  }
}

function mapContext(map: MapLibreMap, store: AppStore): ModeContext {
  const placeLayers = () => REUSABLE.flatMap(styleLayerIdsOf).filter((id) => id.endsWith("-fill") && map.getLayer(id));
  const streetLayers = () =>
    map.getLayersOrder().filter((id) => {
      const layer = map.getLayer(id);
      return layer?.type === "line" && STREET_SOURCE_LAYERS.has(layer.sourceLayer ?? "");
    });
  const toLngLat = (point: ScreenPoint): LngLat => {
    const { lng, lat } = map.unproject([point.x, point.y]);
    return [lng, lat];
  };
  /** How many pixels `metres` is across at a point (the scale changes with zoom and latitude). */
  const pixelsFor = (point: ScreenPoint, metres: number) => (100 * metres) / Math.max(1e-9, metresBetween(toLngLat(point), toLngLat({ x: point.x + 100, y: point.y })));
  /** Named features of these style layers in a box around a point, as screen shapes. */
  const namedShapesNear = (point: ScreenPoint, layers: string[], radiusPx: number): ScreenShape[] => {
    if (layers.length === 0) return [];
    const box: [[number, number], [number, number]] = [[point.x - radiusPx, point.y - radiusPx], [point.x + radiusPx, point.y + radiusPx]];
    return map.queryRenderedFeatures(box, { layers }).flatMap((f: MapGeoJSONFeature) => {
      const name = f.properties?.name;
      if (typeof name !== "string" || name.trim() === "") return [];
      const lines = geometryLines(f.geometry).map((line) => line.map((c) => map.project(c)));
      return [{ name: name.trim(), lines }];
    });
  };
  return {
    store,
    streetAt(point) {
      const radius = Math.min(STREET_PX, pixelsFor(point, STREET_M));
      const nearest = nearestShape(point, namedShapesNear(point, streetLayers(), radius));
      return nearest && nearest.px <= radius ? nearest.shape.name : null;
    },
    placeNear(point) {
      // Bounded, so a far zoomed-out view does not query the whole city on every key press.
      const radius = Math.min(400, pixelsFor(point, NEAR_PLACE_M));
      const layers = interactiveLayerIds().filter((id) => map.getLayer(id));
      const nearest = nearestShape(point, namedShapesNear(point, layers, radius));
      if (!nearest) return null;
      const metres = metresBetween(toLngLat(point), toLngLat(nearest.at));
      return metres <= NEAR_PLACE_M ? { name: nearest.shape.name, metres } : null;
    },
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
    toLngLat,
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
