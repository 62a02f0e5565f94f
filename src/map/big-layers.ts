/**
 * Draws datasets that came with a PMTiles archive (layers over BIG_LAYER_THRESHOLD features,
 * packed in the import worker) from a vector source over those bytes, and keeps them in step
 * with the store: added and removed with their datasets, shown with their place layer, and
 * highlighted by feature-state like the GeoJSON layers. Their GeoJSON sources leave these
 * features out (sync.ts, dataset-layers.ts).
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import { PMTiles } from "pmtiles";
import { TILE_LAYER } from "../data/big-layers/index";
import { datasetIdOf } from "../data/dataset-ids";
import { BytesSource } from "../data/pmtiles/index";
import { isPlaceLayerKind } from "../state/slices/datasets";
import type { AppStore } from "../state/store";
import type { AppState } from "../state/types";
import { tiledBeforeId, tiledDatasets, tiledInteractiveIds, tiledSourceId, tiledStyleLayers, type TiledDataset } from "./big-layer-style";
import { featureStateChanges } from "./map-data";
import type { LayerId } from "../layers/definitions";
import { pmtilesProtocol } from "./setup";

export interface BigLayers {
  /** The tiled style layers that answer hover and click. */
  interactiveLayers: () => string[];
  /** The place layer a tiled source draws, or null. */
  placeLayerOf: (source: string) => LayerId | null;
  stop: () => void;
}

const visibilityOf = (d: TiledDataset, visible: AppState["visible"]) => (isPlaceLayerKind(d.kind) && !visible[d.kind] ? "none" : "visible");

export function bindBigLayers(map: MapLibreMap, store: AppStore): BigLayers {
  const applied = new Map<string, TiledDataset>();

  const add = (source: string, d: TiledDataset, visible: AppState["visible"]) => {
    // Served by the pmtiles:// protocol from memory: pmtiles://<source> answers the TileJSON, then the tiles.
    pmtilesProtocol.add(new PMTiles(new BytesSource(d.tiles, source)));
    map.addSource(source, { type: "vector", url: `pmtiles://${source}`, promoteId: "id" });
    const before = tiledBeforeId(d.kind);
    for (const layer of tiledStyleLayers(d)) {
      map.addLayer({ ...layer, layout: { ...layer.layout, visibility: visibilityOf(d, visible) } } as typeof layer, map.getLayer(before) ? before : undefined);
    }
    applied.set(source, d);
  };

  const remove = (source: string, d: TiledDataset) => {
    for (const layer of tiledStyleLayers(d)) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    if (map.getSource(source)) map.removeSource(source);
    pmtilesProtocol.tiles.delete(source);
    applied.delete(source);
  };

  const apply = (state: AppState) => {
    const wanted = new Map(tiledDatasets(state.datasets).map((d) => [tiledSourceId(d.id), d]));
    for (const [source, d] of applied) {
      const w = wanted.get(source);
      if (!w || w.tiles !== d.tiles || w.kind !== d.kind) remove(source, d);
    }
    for (const [source, d] of wanted) if (!applied.has(source)) add(source, d, state.visible);
  };

  apply(store.getState());
  const stop = store.subscribe((next, prev) => {
    if (next.datasets !== prev.datasets) apply(next);
    if (next.visible !== prev.visible) {
      for (const d of applied.values()) for (const layer of tiledStyleLayers(d)) map.setLayoutProperty(layer.id, "visibility", visibilityOf(d, next.visible));
    }
    for (const change of featureStateChanges(prev, next)) {
      const source = tiledSourceId(datasetIdOf(change.id));
      if (applied.has(source)) map.setFeatureState({ source, sourceLayer: TILE_LAYER, id: change.id }, change.state);
    }
  });

  return {
    interactiveLayers: () => tiledInteractiveIds([...applied.values()]),
    placeLayerOf: (source) => {
      const kind = applied.get(source)?.kind;
      return kind && isPlaceLayerKind(kind) ? kind : null;
    },
    stop: () => {
      stop();
      for (const [source, d] of [...applied]) remove(source, d);
    },
  };
}
