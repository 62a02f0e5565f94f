/**
 * Draws what the place layers do not: "context" datasets as a quiet grey layer under the
 * places, and the attributions of loaded datasets (© OpenStreetMap contributors) in the
 * map's attribution control.
 *
 * Context datasets over 50 000 features are left out of the GeoJSON source: they came with
 * vector tiles and are drawn from those (big-layers.ts).
 */
import type { FilterSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap } from "maplibre-gl";
import type { Dataset } from "../state/slices/datasets";
import type { AppStore } from "../state/store";
import type { PlaceCollection } from "../state/types";
import { blobSource, datasetsData } from "./blob-source";

export const CONTEXT_SOURCE = "datasets-context";
const ATTRIBUTION_SOURCE = "datasets-attribution";
const ATTRIBUTION_LAYER = "datasets-attribution";
const GREY = "#8d8a85";

const geometryIs = (...types: string[]) => ["in", ["geometry-type"], ["literal", types]] as unknown as FilterSpecification;

export const CONTEXT_LAYERS: LayerSpecification[] = [
  { id: "context-fill", type: "fill", source: CONTEXT_SOURCE, filter: geometryIs("Polygon", "MultiPolygon"), paint: { "fill-color": GREY, "fill-opacity": 0.18 } },
  { id: "context-line", type: "line", source: CONTEXT_SOURCE, filter: geometryIs("LineString", "MultiLineString", "Polygon", "MultiPolygon"), paint: { "line-color": GREY, "line-width": 1, "line-opacity": 0.7 } },
  { id: "context-point", type: "circle", source: CONTEXT_SOURCE, filter: geometryIs("Point", "MultiPoint"), paint: { "circle-color": GREY, "circle-radius": 2.5, "circle-opacity": 0.7 } },
];

/** Visible context datasets, but for those drawn from their vector tiles (pure). */
const contextDatasets = (datasets: readonly Dataset[]) => datasets.filter((d) => d.kind === "context" && !d.hidden && !d.tiles);

/** Visible context datasets as one collection, but for those drawn from their vector tiles (pure). */
export function contextData(datasets: readonly Dataset[]): PlaceCollection {
  return { type: "FeatureCollection", features: contextDatasets(datasets).flatMap((d) => d.features.features) };
}

/** The attributions of visible datasets, each once (pure). */
export function datasetAttribution(datasets: readonly Dataset[]): string {
  return [...new Set(datasets.filter((d) => !d.hidden && d.attribution).map((d) => d.attribution!))].join(" | ");
}

function setAttribution(map: MapLibreMap, text: string) {
  if (map.getLayer(ATTRIBUTION_LAYER)) map.removeLayer(ATTRIBUTION_LAYER);
  if (map.getSource(ATTRIBUTION_SOURCE)) map.removeSource(ATTRIBUTION_SOURCE);
  if (!text) return;
  // The control lists the attribution of sources that a layer uses: an empty source with an invisible layer.
  map.addSource(ATTRIBUTION_SOURCE, { type: "geojson", data: { type: "FeatureCollection", features: [] }, attribution: text });
  map.addLayer({ id: ATTRIBUTION_LAYER, type: "circle", source: ATTRIBUTION_SOURCE, paint: { "circle-radius": 0, "circle-opacity": 0 } });
}

/** Adds the context layer below `beforeId` and keeps it and the attributions in step with the store. */
export function bindDatasetLayers(map: MapLibreMap, store: AppStore, beforeId?: string): () => void {
  const initial = store.getState().datasets;
  // The import worker's bytes where every context dataset has them (blob-source.ts).
  const toSource = blobSource(map, CONTEXT_SOURCE);
  const sourceData = (datasets: readonly Dataset[]) => toSource(datasetsData(contextDatasets(datasets), () => contextData(datasets)));
  map.addSource(CONTEXT_SOURCE, { type: "geojson", data: sourceData(initial) });
  for (const layer of CONTEXT_LAYERS) map.addLayer(layer, beforeId && map.getLayer(beforeId) ? beforeId : undefined);
  let attribution = datasetAttribution(initial);
  setAttribution(map, attribution);
  return store.subscribe((next, prev) => {
    if (next.datasets === prev.datasets) return;
    const before = contextDatasets(prev.datasets);
    const after = contextDatasets(next.datasets);
    if (before.length !== after.length || before.some((d, i) => d.features !== after[i]!.features)) {
      (map.getSource(CONTEXT_SOURCE) as GeoJSONSource | undefined)?.setData(sourceData(next.datasets));
    }
    const text = datasetAttribution(next.datasets);
    if (text !== attribution) {
      attribution = text;
      setAttribution(map, text);
    }
  });
}
