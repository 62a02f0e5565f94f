/**
 * Large layers as vector tiles. A MapLibre GeoJSON source cuts its tiles in MapLibre's worker,
 * but it first has to receive, and re-index, the whole collection on every setData, and the
 * page holds a second copy for it: beyond some 50 000 features that costs seconds and memory.
 * Such a layer is packed once, in the import worker, into a PMTiles archive that the map reads
 * as a vector source. Pure: runs in the worker, in Node and in tests.
 */
import type { FeatureCollection } from "geojson";
import { newDatasetId, withIds } from "../dataset-ids.ts";
import { collectionsBounds, latToTileY, lonToTileX, type Bounds } from "../pmtiles/bounds.ts";
import { packVectorLayers } from "../pmtiles/index.ts";

/** A layer with more features than this is drawn from vector tiles instead of one GeoJSON source. */
export const BIG_LAYER_THRESHOLD = 50_000;

/** The name of the one vector layer in every such archive (the style's "source-layer"). */
export const TILE_LAYER = "features";

/** A city from its whole extent (10) to street level (16); MapLibre overzooms the z16 tiles beyond. */
export const TILE_MIN_ZOOM = 10;
export const TILE_MAX_ZOOM = 16;
/** At most this many tiles at the deepest zoom: a country-wide layer gets a lower maximum zoom instead of millions of tiles. */
export const MAX_TILES_AT_MAX_ZOOM = 16_384;

export const isBigLayer = (featureCount: number): boolean => featureCount > BIG_LAYER_THRESHOLD;

const tileCount = (box: Bounds, z: number) => (lonToTileX(box[2], z) - lonToTileX(box[0], z) + 1) * (latToTileY(box[1], z) - latToTileY(box[3], z) + 1);

/** The zoom range to cut for a layer's bounding box. */
export function tileZoomRange(box: Bounds): { minZoom: number; maxZoom: number } {
  let maxZoom = TILE_MAX_ZOOM;
  while (maxZoom > 0 && tileCount(box, maxZoom) > MAX_TILES_AT_MAX_ZOOM) maxZoom--;
  return { minZoom: Math.min(TILE_MIN_ZOOM, maxZoom), maxZoom };
}

/**
 * Packs a layer's features, with the ids the store will give them (`${datasetId}:${index}`)
 * and all their properties, into one PMTiles archive. Null when there is nothing to draw.
 */
export function packBigLayer(features: FeatureCollection, datasetId: string): Uint8Array | null {
  const data = withIds(features, datasetId);
  const box = collectionsBounds([data]);
  if (!box) return null;
  // tolerance 1: small buildings keep their shape; the default 3 rounds them off at z10–12.
  return packVectorLayers([{ name: TILE_LAYER, data }], { ...tileZoomRange(box), tolerance: 1, name: datasetId });
}

/** The import worker's step: every large layer gets its dataset id and archive; the rest is unchanged. */
export function tileBigLayers<L extends { features: FeatureCollection; tiled?: { datasetId: string; archive: Uint8Array } }>(layers: L[]): L[] {
  return layers.map((layer) => {
    if (!isBigLayer(layer.features.features.length)) return layer;
    const datasetId = newDatasetId();
    const archive = packBigLayer(layer.features, datasetId);
    return archive ? { ...layer, tiled: { datasetId, archive } } : layer;
  });
}

/** The archives' buffers, to transfer rather than copy them back to the page. */
export const archiveBuffers = (layers: readonly { tiled?: { archive: Uint8Array } }[]): ArrayBuffer[] =>
  layers.flatMap((l) => (l.tiled ? [l.tiled.archive.buffer as ArrayBuffer] : []));
