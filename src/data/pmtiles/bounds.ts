// Bounding boxes and the Web-Mercator tile ranges that cover them.
import type { FeatureCollection } from "geojson";
import { eachPosition } from "../../geo/positions";

export type Bounds = [west: number, south: number, east: number, north: number];

/** The box around every position of every collection, or null when there is none. */
export function collectionsBounds(collections: FeatureCollection[]): Bounds | null {
  let box: Bounds | null = null;
  for (const fc of collections) {
    for (const f of fc.features) {
      if (!f.geometry) continue;
      eachPosition(f.geometry, ([lon, lat]) => {
        box = box ? [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)] : [lon, lat, lon, lat];
      });
    }
  }
  return box;
}

export function lonToTileX(lon: number, z: number): number {
  const n = 2 ** z;
  return Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
}

export function latToTileY(lat: number, z: number): number {
  const n = 2 ** z;
  const rad = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n;
  return Math.min(n - 1, Math.max(0, Math.floor(y)));
}

/** Every tile (x, y) at zoom z that touches the box. */
export function tilesCovering(box: Bounds, z: number): [number, number][] {
  const out: [number, number][] = [];
  for (let x = lonToTileX(box[0], z); x <= lonToTileX(box[2], z); x++) {
    for (let y = latToTileY(box[3], z); y <= latToTileY(box[1], z); y++) out.push([x, y]);
  }
  return out;
}
