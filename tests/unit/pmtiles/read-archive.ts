// Test helper: read an archive back with the pmtiles package's own reader and decode its tiles.
import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import { PMTiles } from "pmtiles";
import type { Feature } from "geojson";
import { BytesSource } from "../../../src/data/pmtiles/index.ts";

export function openArchive(bytes: Uint8Array): PMTiles {
  return new PMTiles(new BytesSource(bytes, `test-${bytes.length}`));
}

/** The decoded features of one tile, per layer name, as GeoJSON in lon/lat. */
export async function readTile(archive: PMTiles, z: number, x: number, y: number): Promise<Record<string, Feature[]> | null> {
  const tile = await archive.getZxy(z, x, y);
  if (!tile) return null;
  const vt = new VectorTile(new PbfReader(new Uint8Array(tile.data)));
  const out: Record<string, Feature[]> = {};
  for (const [name, layer] of Object.entries(vt.layers)) {
    out[name] = [];
    for (let i = 0; i < layer.length; i++) out[name].push(layer.feature(i).toGeoJSON(x, y, z));
  }
  return out;
}
