/**
 * GeoJSON for MapLibre as blob URLs of bytes a worker already wrote (the import worker's
 * `Dataset.encoded`, the coverage worker's street segments), under the "bytes://" scheme that
 * MapLibre's own workers read themselves (maplibre-bytes-protocol.mjs). Handed over as objects,
 * MapLibre serialises them on the page's thread first; as a plain blob: URL, MapLibre's worker
 * asks the page to load it, which parses and serialises them there (a city's buildings or its
 * 100 000 street edges: several hundred milliseconds each).
 */
import type { FeatureCollection } from "geojson";
import type { AddProtocolAction, Map as MapLibreMap } from "maplibre-gl";
import type { Dataset } from "../state/slices/datasets";
import type { PlaceCollection } from "../state/types";

/** The scheme MapLibre's workers read such URLs with (maplibre-bytes-protocol.mjs). */
export const BYTES_PROTOCOL = "bytes";

/** The same protocol on the page: used only before the workers have loaded theirs. */
export const readBytesOnPage: AddProtocolAction = async (params, abortController) => {
  const response = await fetch(params.url.slice(`${BYTES_PROTOCOL}://`.length), { signal: abortController.signal });
  if (!response.ok) throw new Error(`${BYTES_PROTOCOL}: ${response.status}`);
  return { data: (await response.json()) as object };
};

const HEAD = new TextEncoder().encode('{"type":"FeatureCollection","features":[');
const TAIL = new TextEncoder().encode("]}");
const COMMA = new TextEncoder().encode(",");

/** The features array's content inside a collection's bytes, or null when they are not laid out as JSON.stringify writes a collection. */
function featureItems(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length < HEAD.length + TAIL.length) return null;
  for (let i = 0; i < HEAD.length; i++) if (bytes[i] !== HEAD[i]) return null;
  if (bytes[bytes.length - 2] !== TAIL[0] || bytes[bytes.length - 1] !== TAIL[1]) return null;
  return bytes.subarray(HEAD.length, bytes.length - TAIL.length);
}

/** One collection's bytes made of several: their feature arrays joined, without parsing them. Null when any part is not such bytes. */
export function joinedCollection(parts: readonly Uint8Array[]): BlobPart[] | null {
  const items: Uint8Array[] = [];
  for (const part of parts) {
    const inner = featureItems(part);
    if (!inner) return null;
    if (inner.length > 0) items.push(inner);
  }
  const out: BlobPart[] = [HEAD as BlobPart];
  items.forEach((item, i) => out.push(...((i > 0 ? [COMMA, item] : [item]) as BlobPart[])));
  out.push(TAIL as BlobPart);
  return out;
}

/**
 * For one source: turns bytes into a URL to hand to `setData`, or passes objects through. A
 * replaced URL is let go once the source has loaded what came after it (a load already asked
 * for must still find its URL).
 */
export function blobSource(map: MapLibreMap, sourceId: string) {
  let current: string | null = null;
  const stale: string[] = [];
  map.on("sourcedata", (e) => {
    if (e.sourceId === sourceId && e.isSourceLoaded) for (const url of stale.splice(0)) URL.revokeObjectURL(url);
  });
  return <T extends FeatureCollection>(data: BlobPart[] | T): string | T => {
    if (current) stale.push(current);
    current = null;
    if (!Array.isArray(data)) return data;
    current = URL.createObjectURL(new Blob(data, { type: "application/geo+json" }));
    // MapLibre takes the scheme as what comes before the first "://".
    return `${BYTES_PROTOCOL}://${current}`;
  };
}

/**
 * What a source draws of these datasets: their bytes joined when each has them, else `objects()`
 * (by default their features as one collection; a caller that already holds that collection
 * passes it, so it is not built for nothing).
 */
export function datasetsData<T extends FeatureCollection = PlaceCollection>(
  datasets: readonly Pick<Dataset, "features" | "encoded">[],
  objects: () => T = () => ({ type: "FeatureCollection", features: datasets.flatMap((d) => d.features.features) }) as unknown as T,
): BlobPart[] | T {
  const bytes = datasets.length > 0 && datasets.every((d) => d.encoded) ? joinedCollection(datasets.map((d) => d.encoded!)) : null;
  return bytes ?? objects();
}
