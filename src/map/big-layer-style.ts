/**
 * Style for datasets drawn from vector tiles (src/data/big-layers): which datasets, their
 * sources and style layers, and what is left for the GeoJSON sources. Pure (types only from
 * maplibre-gl), tested in Node; src/map/big-layers.ts applies it.
 */
import type { LayerSpecification } from "maplibre-gl";
import { TILE_LAYER } from "../data/big-layers/index";
import { LAYERS, type LayerDefinition, type LayerId } from "../layers/definitions";
import { isPlaceLayerKind, type Dataset } from "../state/slices/datasets";
import type { PlaceCollection } from "../state/types";
import { CONTEXT_LAYERS } from "./dataset-layers";
import { highlighted, overlayLayersOf, styleLayerIdsOf } from "./overlay-style";

export type TiledDataset = Dataset & { tiles: Uint8Array; kind: LayerId | "context" };

/** Visible datasets the map draws from their vector tiles: place layers and context that came with an archive. */
export function tiledDatasets(datasets: readonly Dataset[]): TiledDataset[] {
  return datasets.filter((d): d is TiledDataset => !d.hidden && d.tiles !== undefined && (isPlaceLayerKind(d.kind) || d.kind === "context"));
}

export const tiledSourceId = (datasetId: string) => `tiled-${datasetId}`;

/**
 * Circles instead of icons: MapLibre's symbol buckets break beyond ~32 000 icons in one tile
 * ("opacityVertexArray … !== layoutVertexArray"), which a z10 tile of a large layer exceeds.
 */
function pointCircle(def: LayerDefinition): LayerSpecification {
  const big = def.id === "meeting";
  return {
    id: `${def.id}-icon`,
    type: "circle",
    source: def.id,
    paint: {
      "circle-color": def.color,
      "circle-radius": ["interpolate", ["linear"], ["zoom"], 10, 1.5, 13, big ? 5 : 3.5, 17, big ? 9 : 6],
      "circle-stroke-color": def.outline,
      "circle-stroke-width": highlighted(3, 1),
    },
  };
}

/** The style layers of one tiled dataset: the same look as its GeoJSON layer (points as circles), on its vector source. */
export function tiledStyleLayers(dataset: Pick<TiledDataset, "id" | "kind">): LayerSpecification[] {
  const source = tiledSourceId(dataset.id);
  const kind = dataset.kind;
  const base = isPlaceLayerKind(kind) ? overlayLayersOf(kind).map((l) => (l.type === "symbol" && LAYERS[kind].geometry === "point" ? pointCircle(LAYERS[kind]) : l)) : CONTEXT_LAYERS;
  return base.map((l) => ({ ...l, id: `${source}/${l.id}`, source, "source-layer": TILE_LAYER }) as LayerSpecification);
}

/** Where a tiled dataset's layers go: just under the GeoJSON layers of the same kind (context: under the places). */
export const tiledBeforeId = (kind: TiledDataset["kind"]): string => styleLayerIdsOf(kind === "context" ? "green" : kind)[0]!;

/** Style layers of tiled place datasets that answer hover and click (as interactiveLayerIds: fills and point symbols). */
export function tiledInteractiveIds(datasets: readonly Pick<TiledDataset, "id" | "kind">[]): string[] {
  return datasets.filter((d) => d.kind !== "context").flatMap((d) => tiledStyleLayers(d).map((l) => l.id).filter((id) => id.endsWith("-fill") || id.endsWith("-icon")));
}

/** A layer's collection without the features of its tiled datasets (the same object when it has none). */
export function untiledData(collection: PlaceCollection, layer: LayerId, datasets: readonly Dataset[]): PlaceCollection {
  const tiled = tiledDatasets(datasets).filter((d) => d.kind === layer);
  if (tiled.length === 0) return collection;
  const skip = new Set<unknown>();
  for (const d of tiled) for (const f of d.features.features) skip.add(f);
  return { type: "FeatureCollection", features: collection.features.filter((f) => !skip.has(f)) };
}
