// Storage faults of the datasets' database are contained and said: a bad record alone is left
// out, a failed write names what will be gone after a reload.
import "fake-indexeddb/auto";
import { IDBFactory, IDBObjectStore as FakeObjectStore } from "fake-indexeddb";
import { openDB } from "idb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DATA_DB_NAME, startDatasetPersistence } from "../../../src/data/datasets-persistence";
import type { Dataset } from "../../../src/state/slices/datasets";
import { createAppStore } from "../../../src/state/store";

const fc = (n: number) => ({ type: "FeatureCollection" as const, features: Array.from({ length: n }, (_, i) => ({ type: "Feature" as const, properties: { id: `f${i}` }, geometry: { type: "Point" as const, coordinates: [4, 51] } })) });
const dataset = (id: string, n = 2): Dataset => ({ id, name: `Banken ${id}`, sourceFile: `${id}.geojson`, kind: "benches", features: fc(n), crs: "EPSG:4326", origin: "file", hidden: false });
const settle = () => new Promise((r) => setTimeout(r, 50));

beforeEach(() => {
  vi.stubGlobal("indexedDB", new IDBFactory());
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function seed(...records: unknown[]): Promise<void> {
  const first = createAppStore();
  (await startDatasetPersistence(first))();
  const db = await openDB(DATA_DB_NAME, 1);
  for (const r of records) await db.put("datasets", r);
  db.close();
}

describe("stored datasets", () => {
  it.each([
    ["features: null", { ...dataset("bad"), features: null }],
    ["features without a list", { ...dataset("bad"), features: { type: "FeatureCollection", features: null } }],
    ["a kind that is no text", { ...dataset("bad"), kind: 7 }],
    ["a feature that is null", { ...dataset("bad"), features: { type: "FeatureCollection", features: [null] } }],
  ])("leave a record with %s out alone, and count it in a message", async (_name, bad) => {
    await seed(dataset("good"), bad);
    const store = createAppStore();
    const stop = await startDatasetPersistence(store);
    expect(store.getState().datasets.map((d) => d.id)).toEqual(["good"]);
    expect(store.getState().layerData.benches.features).toHaveLength(2);
    expect(store.getState().datasetStorageNotice).toEqual({ kind: "unreadable", count: 1 });
    stop();
  });

  it("keep ids that are JavaScript names like any other, and remove them again", async () => {
    await seed(dataset("__proto__"), dataset("constructor"), dataset("toString"));
    const store = createAppStore();
    const stop = await startDatasetPersistence(store);
    expect(store.getState().datasets.map((d) => d.id).sort()).toEqual(["__proto__", "constructor", "toString"]);
    store.getState().removeDataset("toString");
    await settle();
    stop();
    const again = createAppStore();
    (await startDatasetPersistence(again))();
    expect(again.getState().datasets.map((d) => d.id).sort()).toEqual(["__proto__", "constructor"]);
    expect(again.getState().layerData.benches.features).toHaveLength(4);
  });

  it("say nothing when every record is readable", async () => {
    await seed(dataset("good"));
    const store = createAppStore();
    const stop = await startDatasetPersistence(store);
    expect(store.getState().datasetStorageNotice).toBeNull();
    stop();
  });

  it.each([
    ["QuotaExceededError", "quota"],
    ["UnknownError", "failed"],
  ] as const)("name the dataset a failed write (%s) could not keep, and keep it on the map until a reload", async (error, kind) => {
    const store = createAppStore();
    const stop = await startDatasetPersistence(store);
    vi.spyOn(FakeObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The write failed.", error);
    });
    store.getState().addDatasets([dataset("big")]);
    await settle();
    expect(store.getState().datasetStorageNotice).toEqual({ kind, datasetIds: ["big"] });
    expect(store.getState().datasets.map((d) => d.id)).toEqual(["big"]);
    stop();

    vi.restoreAllMocks();
    const again = createAppStore();
    (await startDatasetPersistence(again))();
    expect(again.getState().datasets).toEqual([]);
  });
});
