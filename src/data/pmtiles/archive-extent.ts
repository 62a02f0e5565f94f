/**
 * Where a PMTiles archive lies, from its header: the box it covers and its centre. A base map
 * of another area moves the view there; "zoom to base map" goes back to it.
 */
import { FileSource, PMTiles, type Source } from "pmtiles";
import type { Bounds } from "./bounds";

export interface ArchiveExtent {
  bounds: Bounds;
  center: [number, number];
  /** The header's centre zoom (what the archive's maker suggests for a first view). */
  zoom: number;
}

const finite = (...values: number[]) => values.every(Number.isFinite);

/** The header's bounds and centre. Throws when the archive is unreadable or says nothing usable. */
export async function archiveExtent(source: Source): Promise<ArchiveExtent> {
  const h = await new PMTiles(source).getHeader();
  const boundsOk = finite(h.minLon, h.minLat, h.maxLon, h.maxLat) && h.minLon < h.maxLon && h.minLat < h.maxLat;
  if (!boundsOk) throw new Error(`the archive's bounds ${h.minLon},${h.minLat},${h.maxLon},${h.maxLat} are not valid`);
  const bounds: Bounds = [h.minLon, h.minLat, h.maxLon, h.maxLat];
  const inside = finite(h.centerLon, h.centerLat) && contains(bounds, [h.centerLon, h.centerLat]);
  const center: [number, number] = inside ? [h.centerLon, h.centerLat] : [(h.minLon + h.maxLon) / 2, (h.minLat + h.maxLat) / 2];
  return { bounds, center, zoom: h.centerZoom || h.minZoom };
}

/** The extent of an archive held as a Blob (an opened or stored file). */
export const blobExtent = (blob: Blob, name: string) => archiveExtent(new FileSource(new File([blob], name)));

export function contains(bounds: Bounds, [lon, lat]: readonly [number, number]): boolean {
  return lon >= bounds[0] && lon <= bounds[2] && lat >= bounds[1] && lat <= bounds[3];
}

/**
 * Archives wider than this (a country, a continent, the world) are not fitted whole: that
 * would show a tiny map. The view goes to their centre at their centre zoom instead.
 */
export const MAX_FIT_DEGREES = 10;

/** How to show an archive: fit its box, or go to its centre when it is very wide. */
export function viewOfExtent(extent: ArchiveExtent): { fit: Bounds } | { center: [number, number]; zoom: number } {
  const [w, s, e, n] = extent.bounds;
  return e - w > MAX_FIT_DEGREES || n - s > MAX_FIT_DEGREES ? { center: extent.center, zoom: extent.zoom } : { fit: extent.bounds };
}
