/**
 * Remembers the planner's datasets, the removal of the demo and the chosen base map in
 * IndexedDB (database "ontmoetingskaart-data", separate from the proposals' database), so
 * everything loaded is still there after a reload. The demo itself is never stored: it is in
 * the bundle. When storage cannot be used the data stays in memory; nothing here throws.
 *
 * A large dataset's vector tiles (`Dataset.tiles`, packed by the import worker) are stored with
 * it rather than packed again on load: packing 60 000 features takes the worker seconds at
 * every start, and would first copy all features back to it, while the archive adds only a
 * few MB to the record that is written once.
 */
import { openDB, type IDBPDatabase } from "idb";
import { boundsOf } from "../geo/bounds";
import { fromStoredRecord, toStoredRecord } from "./dataset-bytes";
import { isUsableDataset } from "./stored-dataset-check";
import type { BasemapChoice, Dataset } from "../state/slices/datasets";
import type { AppStore } from "../state/store";

export const DATA_DB_NAME = "ontmoetingskaart-data";
const DATASETS = "datasets";
const META = "meta";


export interface DatasetChanges {
  put: Dataset[];
  remove: string[];
}

/** What to write after a change of the list: new or changed planner datasets, and removed ones. */
export function diffDatasets(before: readonly Dataset[], after: readonly Dataset[]): DatasetChanges {
  const stored = (list: readonly Dataset[]) => new Map(list.filter((d) => d.origin !== "demo").map((d) => [d.id, d]));
  const a = stored(before);
  const b = stored(after);
  return {
    put: [...b.values()].filter((d) => a.get(d.id) !== d),
    remove: [...a.keys()].filter((id) => !b.has(id)),
  };
}

export async function openDataDb(): Promise<IDBPDatabase | null> {
  try {
    return await openDB(DATA_DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore(DATASETS, { keyPath: "id" });
        db.createObjectStore(META);
      },
    });
  } catch {
    return null;
  }
}

async function write(db: IDBPDatabase, changes: DatasetChanges, demoRemoved: boolean | undefined) {
  const tx = db.transaction([DATASETS, META], "readwrite");
  for (const d of changes.put) void tx.objectStore(DATASETS).put(toStoredRecord(d));
  for (const id of changes.remove) void tx.objectStore(DATASETS).delete(id);
  if (demoRemoved !== undefined) void tx.objectStore(META).put(demoRemoved, "demoRemoved");
  await tx.done;
}

/** Each record on its own: one that cannot be read is left out alone, and counted. */
async function readRecords(records: unknown[]): Promise<{ stored: Dataset[]; unreadable: number }> {
  const read = await Promise.allSettled(records.map((r) => fromStoredRecord(r as Dataset)));
  const stored = read.flatMap((r) => (r.status === "fulfilled" && isUsableDataset(r.value) ? [r.value] : []));
  return { stored, unreadable: records.length - stored.length };
}

async function readStored(db: IDBPDatabase): Promise<{ stored: Dataset[]; unreadable: number; demoRemoved: boolean; basemap?: BasemapChoice } | null> {
  try {
    return {
      ...(await readRecords(await db.getAll(DATASETS))),
      demoRemoved: (await db.get(META, "demoRemoved")) === true,
      basemap: (await db.get(META, "basemap")) as BasemapChoice | undefined,
    };
  } catch {
    return null;
  }
}

/** A write that failed is said in the Data panel, naming what will be gone after a reload. */
function reportWriteFailure(store: AppStore, error: unknown, put: readonly Dataset[]): void {
  if (put.length === 0) return;
  const quota = typeof error === "object" && error !== null && (error as { name?: unknown }).name === "QuotaExceededError";
  const previous = store.getState().datasetStorageNotice;
  const earlier = previous && previous.kind !== "unreadable" ? previous.datasetIds : [];
  const datasetIds = [...new Set([...earlier, ...put.map((d) => d.id)])];
  store.getState().setDatasetStorageNotice({ kind: quota ? "quota" : "failed", datasetIds });
}

/** Loads what was stored into the store, then writes every change as it is made. Resolves to a stop function. */
export async function startDatasetPersistence(store: AppStore, opts: { fitWhenDemoRemoved?: boolean } = {}): Promise<() => void> {
  const db = await openDataDb();
  if (!db) return () => {};
  const loaded = await readStored(db);
  if (!loaded) {
    db.close();
    return () => {};
  }
  const { stored, unreadable, demoRemoved, basemap } = loaded;
  if (unreadable > 0) store.getState().setDatasetStorageNotice({ kind: "unreadable", count: unreadable });
  if (basemap && store.getState().basemap.type === "demo") store.getState().setBasemap(basemap);
  store.getState().replaceDatasets(stored, demoRemoved || store.getState().demoRemoved);
  // Files added before storage answered are written now.
  const unsaved = diffDatasets(stored, store.getState().datasets);
  if (unsaved.put.length > 0) void write(db, { put: unsaved.put, remove: [] }, undefined).catch((error: unknown) => reportWriteFailure(store, error, unsaved.put));
  if (opts.fitWhenDemoRemoved && demoRemoved) {
    const bounds = boundsOf({ type: "FeatureCollection", features: store.getState().datasets.flatMap((d) => d.features.features) });
    if (bounds) store.getState().requestFit(bounds);
  }

  // Writes go one after another, in the order the changes were made.
  let queue = Promise.resolve();
  const stop = store.subscribe((next, prev) => {
    if (next.basemap !== prev.basemap) {
      queue = queue.then(() => db.put(META, next.basemap, "basemap")).then(() => {}, () => {});
    }
    if (next.datasets === prev.datasets && next.demoRemoved === prev.demoRemoved) return;
    const changes = diffDatasets(prev.datasets, next.datasets);
    const demo = next.demoRemoved !== prev.demoRemoved ? next.demoRemoved : undefined;
    if (changes.put.length === 0 && changes.remove.length === 0 && demo === undefined) return;
    // In a task of its own: cloning a large dataset into IndexedDB then does not add to the pause of adding it.
    queue = queue
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() => write(db, changes, demo))
      .catch((error: unknown) => reportWriteFailure(store, error, changes.put));
  });
  return () => {
    stop();
    db.close();
  };
}
