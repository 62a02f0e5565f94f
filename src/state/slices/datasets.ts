/**
 * Datasets: every file a planner loads (and the demo) is a dataset of one kind. The five map
 * layers show the union of their visible datasets. The coverage analysis is planned from the
 * datasets too (src/analysis/analysis-plan.ts, by src/coverage/coverage-sync.ts): the demo
 * counts only while no data of the planner's own is loaded.
 */
import type { StateCreator } from "zustand";
import { LAYER_IDS, type LayerId } from "../../layers/definitions";
import type { AppState, PlaceCollection } from "../types";
import { OSM_ATTRIBUTION } from "../../data/attribution";
import type { Dataset, DatasetKind, DatasetsSlice } from "../slice-types/datasets";
export { BASEMAP_PRESETS } from "../slice-types/datasets";
export type { BasemapChoice, BasemapPreset, Dataset, DatasetKind, DatasetsSlice, DatasetStorageNotice } from "../slice-types/datasets";

export { OSM_ATTRIBUTION };

const shown = (datasets: readonly Dataset[], kind: DatasetKind) => datasets.filter((d) => d.kind === kind && !d.hidden);

/** The union of the given datasets' features; the one collection itself when there is only one. */
export function unionOf(datasets: readonly Dataset[]): PlaceCollection {
  if (datasets.length === 1) return datasets[0]!.features;
  return { type: "FeatureCollection", features: datasets.flatMap((d) => d.features.features) };
}

const sameSources = (a: readonly Dataset[], b: readonly Dataset[]) =>
  a.length === b.length && a.every((d, i) => d.features === b[i]!.features);

/**
 * The map layers that follow from a new list of datasets. A layer whose contributing datasets
 * did not change keeps its collection object, so the map is not sent unchanged data.
 */
export function deriveFromDatasets(
  prev: readonly Dataset[],
  next: readonly Dataset[],
  state: Pick<AppState, "layerData">,
): Partial<Pick<AppState, "layerData">> {
  const changedLayers = LAYER_IDS.filter((id) => !sameSources(shown(prev, id), shown(next, id)));
  if (changedLayers.length === 0) return {};
  const layerData = { ...state.layerData };
  for (const id of changedLayers) layerData[id] = unionOf(shown(next, id));
  return { layerData };
}

/** Layer ids that a dataset kind draws into (the five place layers only). */
export function isPlaceLayerKind(kind: DatasetKind): kind is LayerId {
  return (LAYER_IDS as readonly string[]).includes(kind);
}

export const createDatasetsSlice: StateCreator<AppState, [], [], DatasetsSlice> = (set) => {
  const update = (change: (s: AppState) => { datasets: Dataset[]; demoRemoved?: boolean }) =>
    set((s) => {
      const next = change(s);
      return { ...next, ...deriveFromDatasets(s.datasets, next.datasets, s) };
    });
  return {
    datasets: [],
    demoRemoved: false,
    basemap: { type: "demo" },
    setBasemap: (basemap) => set({ basemap }),
    addDatasets: (added) =>
      update((s) => {
        const ids = new Set(added.map((d) => d.id));
        const incoming = s.demoRemoved ? added.filter((d) => d.origin !== "demo") : added;
        return { datasets: [...s.datasets.filter((d) => !ids.has(d.id)), ...incoming] };
      }),
    removeDataset: (id) => update((s) => ({ datasets: s.datasets.filter((d) => d.id !== id) })),
    setDatasetHidden: (id, hidden) => update((s) => ({ datasets: s.datasets.map((d) => (d.id === id ? { ...d, hidden } : d)) })),
    removeDemo: () => update((s) => ({ datasets: s.datasets.filter((d) => d.origin !== "demo"), demoRemoved: true })),
    setDatasetClip: (id, clip) =>
      update((s) => ({ datasets: s.datasets.map((d) => (d.id !== id ? d : clip ? { ...d, clip } : (({ clip: _, ...rest }) => rest)(d))) })),
    datasetsLoading: 0,
    beginDatasetsLoading: () => set((s) => ({ datasetsLoading: s.datasetsLoading + 1 })),
    endDatasetsLoading: () => set((s) => ({ datasetsLoading: Math.max(0, s.datasetsLoading - 1) })),
    datasetStorageNotice: null,
    setDatasetStorageNotice: (datasetStorageNotice) => set({ datasetStorageNotice }),
    replaceDatasets: (stored, demoRemoved) =>
      update((s) => {
        // Demo datasets come from the bundle, not storage; files added before storage answered stay.
        const storedIds = new Set(stored.map((d) => d.id));
        const kept = s.datasets.filter((d) => (d.origin === "demo" ? !demoRemoved : !storedIds.has(d.id)));
        return { datasets: [...kept, ...stored.filter((d) => d.origin !== "demo")], demoRemoved };
      }),
  };
};

// Named selectors for the Data list and the map's context layer.
export const selectDatasets = (s: AppState) => s.datasets;
export const selectBasemap = (s: AppState) => s.basemap;
export const selectHasDemo = (s: AppState) => s.datasets.some((d) => d.origin === "demo");
