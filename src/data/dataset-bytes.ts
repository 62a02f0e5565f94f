/**
 * A dataset's features as bytes (UTF-8 JSON), made once in the import worker. The page then
 * never serialises the features itself: structured-cloning a city's GeoJSON into IndexedDB or
 * into the coverage worker costs the page's thread about 50 ms per MB (a Liechtenstein-size
 * extract: 1.2 s for the write, 0.4 s for the worker), while copying bytes costs almost nothing.
 * The store still holds the features as objects, for the map, the details and the counts.
 */
import type { FeatureCollection } from "geojson";
import { newDatasetId, withIds } from "./dataset-ids.ts";

export function encodeFeatures(features: FeatureCollection): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(features));
}

export function decodeFeatures(bytes: Uint8Array): FeatureCollection {
  const value = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  if (!value || typeof value !== "object" || !Array.isArray((value as FeatureCollection).features)) throw new Error("stored features are not a FeatureCollection");
  return value as FeatureCollection;
}

/** What the import worker settles for a layer: the dataset id, the features with their ids, and those features as bytes. */
export interface StoredForm {
  datasetId: string;
  encoded: Uint8Array;
}

/**
 * Gives each layer its dataset id and feature ids (as the store would) and the bytes of those
 * features. A layer already tiled keeps the id its tiles were cut with.
 */
export function settleLayers<L extends { features: FeatureCollection; tiled?: { datasetId: string }; stored?: StoredForm }>(layers: L[]): L[] {
  return layers.map((layer) => {
    const datasetId = layer.tiled?.datasetId ?? newDatasetId();
    const features = withIds(layer.features, datasetId);
    return { ...layer, features, stored: { datasetId, encoded: encodeFeatures(features) } };
  });
}

export const storedBuffers = (layers: readonly { stored?: StoredForm }[]): ArrayBuffer[] =>
  layers.flatMap((l) => (l.stored ? [l.stored.encoded.buffer as ArrayBuffer] : []));

/**
 * The record written to IndexedDB: a dataset with bytes is stored without its feature objects,
 * and its bytes (and vector tiles) as Blobs. IndexedDB keeps a Blob by reference; a typed array
 * of tens of MB in the record is serialised on the page's thread during `put` (a 300 000-point
 * layer: over a second).
 */
export function toStoredRecord<D extends { features: unknown; encoded?: Uint8Array; tiles?: Uint8Array }>(dataset: D) {
  if (!dataset.encoded) return dataset;
  const { features: _, encoded, tiles, ...rest } = dataset;
  return { ...rest, encoded: new Blob([encoded as BlobPart]), ...(tiles ? { tiles: new Blob([tiles as BlobPart]) } : {}) };
}

const bytesOf = async (v: unknown): Promise<Uint8Array | undefined> =>
  v instanceof Uint8Array ? v : v instanceof Blob ? new Uint8Array(await v.arrayBuffer()) : undefined;

/** A record read back: bytes and tiles as typed arrays again, and the features decoded from the bytes when it was stored without them. */
export async function fromStoredRecord<D extends { features?: unknown; encoded?: unknown; tiles?: unknown }>(record: D): Promise<Omit<D, "features" | "encoded" | "tiles"> & { features: NonNullable<D["features"]> | FeatureCollection; encoded?: Uint8Array; tiles?: Uint8Array }> {
  const encoded = await bytesOf(record.encoded);
  const tiles = await bytesOf(record.tiles);
  const features = record.features ?? (encoded ? decodeFeatures(encoded) : undefined);
  if (features == null) throw new Error("stored dataset has neither features nor their bytes");
  return { ...record, features: features as NonNullable<D["features"]>, ...(encoded ? { encoded } : {}), ...(tiles ? { tiles } : {}) };
}
