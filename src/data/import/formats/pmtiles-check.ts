// Kept apart from the import library so that the base map picker can use it without loading the importers.
import { PMTiles, type Source } from "pmtiles";

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);

/**
 * Reads what a map needs first from a PMTiles archive: the header, the metadata and the root
 * directory (through the tile at the centre of the lowest zoom). A file with the right magic
 * but junk inside fails here, with the reason as technical detail; null when it reads.
 */
export async function pmtilesProblem(source: Source): Promise<string | null> {
  try {
    const archive = new PMTiles(source);
    const h = await archive.getHeader();
    if (h.specVersion < 3) return `spec version ${h.specVersion}`;
    const boundsOk = [h.minLon, h.minLat, h.maxLon, h.maxLat].every(Number.isFinite) && h.minLon < h.maxLon && h.minLat < h.maxLat;
    if (!boundsOk || h.minZoom > h.maxZoom || h.maxZoom > 32) return "header bounds or zooms out of range";
    await archive.getMetadata();
    const z = h.minZoom;
    const n = 2 ** z;
    const x = Math.min(n - 1, Math.max(0, Math.floor(((h.centerLon + 180) / 360) * n)));
    const lat = (h.centerLat * Math.PI) / 180;
    const y = Math.min(n - 1, Math.max(0, Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n)));
    await archive.getZxy(z, x, Number.isFinite(y) ? y : 0);
    return null;
  } catch (error) {
    return detailOf(error);
  }
}

