import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { AppStore } from "../state/store";
import { LAYERS, LAYER_IDS } from "../layers/definitions";
import { baseStyle } from "./base-style";
import { bindBasemap, reportBasemapProblems, serveArchiveOverHttp } from "./basemaps";
import { bindBigLayers } from "./big-layers";
import { bindDatasetLayers } from "./dataset-layers";
import { rasterHatch, rasterIcon } from "./icons";
import { syncCoverageToMap } from "./coverage-layer";
import { bindInteraction } from "./interaction";
import { bindProposals } from "./proposals-binding";
import { iconName, patternName } from "./overlay-style";
import { setUpMapLibre } from "./setup";
import { selectHasDemo } from "../state/slices/datasets";
import { syncStoreToMap } from "./sync";
import { syncTryPlaceMarker } from "./try-place-marker";
import { bindWorkshop } from "./workshop-binding";

export interface MapTexts {
  /** The demo base map's attribution while the demo is loaded... */
  attribution: string;
  /** ...and once it is removed (the fictional town is then no longer named). */
  attributionOwn: string;
  locale: Record<string, string>;
  /** Accessible name of the draggable "try a place here" marker. */
  tryPlaceLabel: string;
}

function addSymbols(map: MapLibreMap) {
  for (const id of LAYER_IDS) {
    const def = LAYERS[id];
    if (def.geometry === "point") {
      const shape = def.shape === "triangle" ? "triangle" : "circle";
      map.addImage(iconName(id), rasterIcon(shape, 40, def.color, def.outline, 4), { pixelRatio: 2 });
    } else if (def.shape === "hatched-area") {
      map.addImage(patternName(id), rasterHatch(16, def.color, 5), { pixelRatio: 2 });
    }
  }
}

/**
 * Makes the live map: base map from the demo PMTiles, the five data layers on top, and the
 * store wired in. The map never enters the store; the store is the map's only input.
 */
export function createMap(container: HTMLElement, store: AppStore, initialTexts: MapTexts) {
  let texts = initialTexts;
  // The demo base map names the fictional town only while the demo is among the data.
  const demoAttribution = () => (selectHasDemo(store.getState()) ? texts.attribution : texts.attributionOwn);
  setUpMapLibre();
  const { view } = store.getState();
  const pmtilesUrl = new URL("demo-basemap.pmtiles", document.baseURI).href;
  // Also from hosts that ignore HTTP Range (read whole when small, else a message in the picker).
  serveArchiveOverHttp(pmtilesUrl);
  const map = new MapLibreMap({
    container,
    style: baseStyle(pmtilesUrl, demoAttribution()),
    center: view.center,
    zoom: view.zoom,
    maxZoom: 19,
    attributionControl: false,
    locale: texts.locale,
    // Keeps the canvas readable by the PNG export and by browser tests.
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  let attribution = new AttributionControl({ compact: false });
  map.addControl(attribution, "bottom-right");
  const makeControls = () => ({ navigation: new NavigationControl({ showCompass: false }), scale: new ScaleControl({ unit: "metric", maxWidth: 120 }) });
  let controls = makeControls();
  map.addControl(controls.navigation, "top-right");
  map.addControl(controls.scale, "bottom-left");
  const stopBasemapProblems = reportBasemapProblems(map, store, pmtilesUrl);

  let unsubscribe = () => {};
  let stopProposals = () => {};
  let stopCoverage = () => {};
  let stopWorkshop = () => {};
  let stopImported = () => {};
  map.on("load", () => {
    addSymbols(map);
    unsubscribe = syncStoreToMap(map, store);
    // Walking-distance coverage: under the place layers, so places stay on top.
    const stopEdges = syncCoverageToMap(map, store, "green-fill");
    const stopMarker = syncTryPlaceMarker(map, store, () => texts.tryPlaceLabel);
    stopCoverage = () => {
      stopEdges();
      stopMarker();
    };
    // Loaded datasets: grey context under the places, their attributions; the chosen base map.
    const stopDatasets = bindDatasetLayers(map, store, "green-fill");
    // Datasets over 50 000 features: drawn from their vector tiles, clickable like the rest.
    const bigLayers = bindBigLayers(map, store);
    bindInteraction(map, store, bigLayers);
    const stopBasemap = bindBasemap(map, store, () => baseStyle(pmtilesUrl, demoAttribution()));
    stopImported = () => {
      bigLayers.stop();
      stopDatasets();
      stopBasemap();
    };
    // Residents' proposals: layers above the data layers, the propose mode and dragging.
    stopProposals = bindProposals(map, store);
    // Workshop: views set by steps or the projector mirror, the scenario toggle, the PNG export.
    stopWorkshop = bindWorkshop(map, store);
    store.getState().setMapReady(true);
  });

  /** MapLibre has no setter for the attribution text, so the control is remade. */
  const refreshAttribution = () => {
    map.removeControl(attribution);
    const source = map.getSource("basemap") as { attribution?: string } | undefined;
    // Only the demo's base map carries the translated demo attribution.
    if (source && store.getState().basemap.type === "demo") source.attribution = demoAttribution();
    attribution = new AttributionControl({ compact: false });
    map.addControl(attribution, "bottom-right");
  };
  const stopDemoAttribution = store.subscribe((next, prev) => {
    if (selectHasDemo(next) !== selectHasDemo(prev)) refreshAttribution();
  });

  return {
    map,
    /** Language switch: MapLibre reads its control labels when a control is made, so they are remade. */
    setTexts(next: MapTexts) {
      texts = next;
      // MapLibre has no setter for the locale given to the constructor; _getUIString reads this table.
      const internal = map as unknown as { _locale: Record<string, string> };
      internal._locale = { ...internal._locale, ...next.locale };
      map.getCanvas().setAttribute("aria-label", next.locale["Map.Title"] ?? "");
      map.removeControl(controls.navigation);
      map.removeControl(controls.scale);
      controls = makeControls();
      map.addControl(controls.navigation, "top-right");
      map.addControl(controls.scale, "bottom-left");
      refreshAttribution();
    },
    destroy() {
      stopDemoAttribution();
      unsubscribe();
      stopProposals();
      stopCoverage();
      stopWorkshop();
      stopImported();
      stopBasemapProblems();
      map.remove();
    },
  };
}
