// A small PMTiles v3 writer: GeoJSON layers in, one archive (Uint8Array) out. Pure: Node and browser.
import { Compression, TileType } from "pmtiles";
import { writePmtiles } from "./archive.ts";
import { collectionsBounds } from "./bounds.ts";
import { vectorLayerMeta } from "./metadata.ts";
import { buildVectorTiles, type VectorLayerInput, type VectorTileOptions } from "./vector.ts";

export { writePmtiles, type ArchiveOptions, type TileData } from "./archive.ts";
export { buildVectorTiles, type VectorLayerInput, type VectorTileOptions } from "./vector.ts";
export { collectionsBounds, type Bounds } from "./bounds.ts";

export interface PackOptions extends Partial<VectorTileOptions> {
  name?: string;
  description?: string;
  attribution?: string;
  /** Zoom of the archive's centre point (defaults to the middle of the range). */
  centerZoom?: number;
}

export const DEFAULT_MIN_ZOOM = 12;
export const DEFAULT_MAX_ZOOM = 16;

/** Packs GeoJSON layers into a PMTiles archive of gzipped vector tiles. Same input, same bytes. */
export function packVectorLayers(layers: VectorLayerInput[], options: PackOptions = {}): Uint8Array {
  const minZoom = options.minZoom ?? DEFAULT_MIN_ZOOM;
  const maxZoom = options.maxZoom ?? DEFAULT_MAX_ZOOM;
  if (!(Number.isInteger(minZoom) && Number.isInteger(maxZoom) && minZoom >= 0 && minZoom <= maxZoom && maxZoom <= 24)) {
    throw new Error(`invalid zoom range ${minZoom}–${maxZoom}`);
  }
  const names = layers.map((l) => l.name);
  if (new Set(names).size !== names.length) throw new Error(`layer names must be unique: ${names.join(", ")}`);
  const bounds = collectionsBounds(layers.map((l) => l.data));
  if (!bounds) throw new Error("the layers have no geometry");

  const tiles = buildVectorTiles(layers, { ...options, minZoom, maxZoom });
  const centerZoom = options.centerZoom ?? Math.round((minZoom + maxZoom) / 2);
  const center: [number, number, number] = [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, centerZoom];
  const metadata = {
    name: options.name ?? names.join(","),
    description: options.description ?? "",
    attribution: options.attribution ?? "",
    type: "overlay",
    format: "pbf",
    version: "2",
    minzoom: minZoom,
    maxzoom: maxZoom,
    bounds,
    center,
    vector_layers: layers.map((l) => vectorLayerMeta(l.name, l.data, l.minZoom ?? minZoom, l.maxZoom ?? maxZoom)),
  };
  return writePmtiles(tiles, { tileType: TileType.Mvt, tileCompression: Compression.Gzip, metadata, bounds, center, minZoom, maxZoom });
}
export { BytesSource } from "./bytes-source.ts";
