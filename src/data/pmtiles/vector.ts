// GeoJSON layers → gzipped Mapbox Vector Tiles for a zoom range, via geojson-vt and vt-pbf.
import { GeoJSONVT, type GeoJSONVTTile } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { FeatureCollection } from "geojson";
import type { TileData } from "./archive.ts";
import { collectionsBounds, tilesCovering } from "./bounds.ts";
import { gzip } from "./gzip.ts";

export interface VectorLayerInput {
  /** Layer name in the tiles (the style's `source-layer`). */
  name: string;
  data: FeatureCollection;
  /** Zooms outside this range leave the layer out (defaults: the archive's range). */
  minZoom?: number;
  maxZoom?: number;
}

export interface VectorTileOptions {
  minZoom: number;
  maxZoom: number;
  /** Tile coordinate extent (MVT default 4096). */
  extent?: number;
  /** Buffer around each tile in tile units, so lines and polygons join without seams. */
  buffer?: number;
  /** Douglas–Peucker tolerance in tile units; 0 keeps every vertex. */
  tolerance?: number;
}

export function buildVectorTiles(layers: VectorLayerInput[], options: VectorTileOptions): TileData[] {
  const extent = options.extent ?? 4096;
  const box = collectionsBounds(layers.map((l) => l.data));
  if (!box) throw new Error("the layers have no geometry");
  const indexes = layers.map((layer) => ({
    layer,
    // indexMaxZoom = maxZoom: geojson-vt then cuts every tile up front, which is what a packer wants.
    index: new GeoJSONVT(layer.data, { maxZoom: options.maxZoom, indexMaxZoom: options.maxZoom, indexMaxPoints: 0, extent, buffer: options.buffer ?? 64, tolerance: options.tolerance ?? 3 }),
  }));
  const tiles: TileData[] = [];
  for (let z = options.minZoom; z <= options.maxZoom; z++) {
    for (const [x, y] of tilesCovering(box, z)) {
      const tileLayers: Record<string, GeoJSONVTTile> = {};
      for (const { layer, index } of indexes) {
        if (z < (layer.minZoom ?? options.minZoom) || z > (layer.maxZoom ?? options.maxZoom)) continue;
        const tile = index.getTile(z, x, y);
        if (tile && tile.features.length > 0) tileLayers[layer.name] = tile;
      }
      if (Object.keys(tileLayers).length === 0) continue;
      tiles.push({ z, x, y, data: gzip(fromGeojsonVt(tileLayers, { version: 2, extent })) });
    }
  }
  return tiles;
}
