/** A dataset's features as bytes: made once by the import worker, stored, and planned from in the coverage worker. */
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { decodeFeatures, encodeFeatures, fromStoredRecord, settleLayers, storedBuffers, toStoredRecord, type StoredForm } from "../../../src/data/dataset-bytes";
import { withIds } from "../../../src/data/dataset-ids";
import { MISSING_LAYER } from "../../../src/worker/coverage-protocol";
import { LayerCache } from "../../../src/worker/layer-cache";
import { datasetsData, joinedCollection } from "../../../src/map/blob-source";

const fc: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", geometry: { type: "Point", coordinates: [4.4, 51.2] }, properties: { name: "Plein <b>", id: 7 } },
    { type: "Feature", geometry: { type: "LineString", coordinates: [[4.4, 51.2], [4.41, 51.21]] }, properties: null },
  ],
};

describe("features as bytes", () => {
  it("round-trips features exactly and refuses what is not a collection", () => {
    expect(decodeFeatures(encodeFeatures(fc))).toEqual(fc);
    expect(() => decodeFeatures(new TextEncoder().encode('{"type":"Feature"}'))).toThrow(/FeatureCollection/);
    expect(() => decodeFeatures(new TextEncoder().encode("{"))).toThrow();
  });

  it("settles ids in the worker as the store would give them, and keeps a tiled layer's id", () => {
    const [plain, tiled] = settleLayers<{ features: FeatureCollection; tiled?: { datasetId: string }; stored?: StoredForm }>([{ features: fc }, { features: fc, tiled: { datasetId: "ds-tiles" } }]);
    expect(plain!.features).toEqual(withIds(fc, plain!.stored!.datasetId));
    expect(decodeFeatures(plain!.stored!.encoded)).toEqual(plain!.features);
    expect(tiled!.stored!.datasetId).toBe("ds-tiles");
    expect(tiled!.features.features.map((f) => f.properties?.id)).toEqual(["ds-tiles:0", "ds-tiles:1"]);
    expect(plain!.features.features[0]!.properties?.source_id).toBe(7);
    expect(storedBuffers([plain!, tiled!, { features: fc }])).toHaveLength(2);
  });

  it("stores a dataset with bytes without its feature objects, bytes and tiles as Blobs, and reads it back whole", async () => {
    const dataset = { id: "a", features: fc, encoded: encodeFeatures(fc), tiles: new Uint8Array([80, 77, 84, 105, 108, 101, 115]) };
    const record = toStoredRecord(dataset);
    expect("features" in record).toBe(false);
    expect(record.encoded).toBeInstanceOf(Blob);
    expect(record.tiles).toBeInstanceOf(Blob);
    // Through a structured clone, as IndexedDB keeps it.
    expect(await fromStoredRecord(structuredClone(record))).toEqual(dataset);
    // Records written before bytes existed keep their objects; records of the first byte format (typed arrays) read too.
    const old = { id: "b", features: fc };
    expect(toStoredRecord(old)).toBe(old);
    expect(await fromStoredRecord(old)).toEqual(old);
    expect(await fromStoredRecord({ id: "c", encoded: encodeFeatures(fc) })).toEqual({ id: "c", encoded: encodeFeatures(fc), features: fc });
    await expect(fromStoredRecord({ id: "d", features: null })).rejects.toThrow(/neither/);
  });
});

describe("the coverage worker's copies of the datasets", () => {
  it("keeps what came once, answers by key after, drops what is no longer listed, and says when a key is unknown", () => {
    const cache = new LayerCache();
    const meta = { kind: "network", name: "streets.geojson" };
    const first = cache.resolve([{ ...meta, key: "n", encoded: encodeFeatures(fc) }, { ...meta, kind: "meeting", key: "m", features: fc }]);
    expect(first.map((l) => l.features)).toEqual([fc, fc]);
    expect(first[0]).not.toHaveProperty("encoded");
    const again = cache.resolve([{ ...meta, key: "n" }]);
    expect(again[0]!.features).toEqual(fc);
    expect(cache.size).toBe(1);
    expect(() => cache.resolve([{ ...meta, key: "m" }])).toThrow(expect.objectContaining({ key: MISSING_LAYER }));
  });
});

describe("several datasets' bytes as one source for the map", () => {
  const text = (parts: BlobPart[]) => parts.map((p) => (typeof p === "string" ? p : new TextDecoder().decode(p as Uint8Array))).join("");
  const other: FeatureCollection = { type: "FeatureCollection", features: [fc.features[0]!] };
  const none: FeatureCollection = { type: "FeatureCollection", features: [] };

  it("joins feature arrays without parsing them, to what the union of the collections reads as", () => {
    const parts = joinedCollection([encodeFeatures(fc), encodeFeatures(none), encodeFeatures(other)])!;
    expect(JSON.parse(text(parts))).toEqual({ type: "FeatureCollection", features: [...fc.features, ...other.features] });
    expect(JSON.parse(text(joinedCollection([encodeFeatures(none)])!))).toEqual(none);
  });

  it("falls back to the objects when any dataset has no bytes, or bytes laid out otherwise", () => {
    const odd = new TextEncoder().encode(JSON.stringify({ features: fc.features, type: "FeatureCollection" }));
    expect(joinedCollection([encodeFeatures(fc), odd])).toBeNull();
    const withBytes = { features: fc as never, encoded: encodeFeatures(fc) };
    expect(Array.isArray(datasetsData([withBytes, withBytes]))).toBe(true);
    const mixed = datasetsData([withBytes, { features: other as never }]);
    expect(mixed).toEqual({ type: "FeatureCollection", features: [...fc.features, ...other.features] });
    expect(datasetsData([])).toEqual(none);
  });
});
