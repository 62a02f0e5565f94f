/**
 * Datasets: every file a planner loads (and the demo) is a dataset of one kind. The five map
 * layers show the union of their visible datasets, and the walking network, residents and
 * study area of the coverage analysis come from datasets too, so a planner's data replaces
 * the demo's as soon as the demo is removed (or, for the analysis, as soon as it is loaded).
 */
import type { StateCreator } from "zustand";
import { LAYER_IDS, type LayerId } from "../../layers/definitions";
import type { AnalysisInputs, AppState, PlaceCollection } from "../types";

import type { Dataset, DatasetKind, DatasetsSlice } from "../slice-types/datasets";
export { BASEMAP_PRESETS } from "../slice-types/datasets";
export type { BasemapChoice, BasemapPreset, Dataset, DatasetKind, DatasetsSlice } from "../slice-types/datasets";

/**
 * Residents spanning more than this are drawn but not analysed: the analysis spreads each
 * polygon's residents over a 25 m grid, and a whole country (the 3 340 CBS wijken: ~41 000
 * km², some 66 million grid points) would exhaust the browser's memory. 500 km² holds a large
 * city (Antwerp 204 km², Amsterdam 219 km²) with room to spare.
 */
export const MAX_ANALYSIS_EXTENT_KM2 = 500;

export const tooLargeForAnalysis = (d: Pick<Dataset, "kind" | "extentKm2">) =>
  (d.kind === "residents" || d.kind === "network") && (d.extentKm2 ?? 0) > MAX_ANALYSIS_EXTENT_KM2;

export const OSM_ATTRIBUTION = "© OpenStreetMap contributors";

const shown = (datasets: readonly Dataset[], kind: DatasetKind) => datasets.filter((d) => d.kind === kind && !d.hidden);

/** The union of the given datasets' features; the one collection itself when there is only one. */
export function unionOf(datasets: readonly Dataset[]): PlaceCollection {
  if (datasets.length === 1) return datasets[0]!.features;
  return { type: "FeatureCollection", features: datasets.flatMap((d) => d.features.features) };
}

const sameSources = (a: readonly Dataset[], b: readonly Dataset[]) =>
  a.length === b.length && a.every((d, i) => d.features === b[i]!.features);

/**
 * The map layers and analysis inputs that follow from a new list of datasets. A layer whose
 * contributing datasets did not change keeps its collection object, so the map and the
 * coverage worker are not sent unchanged data.
 */
export function deriveFromDatasets(
  prev: readonly Dataset[],
  next: readonly Dataset[],
  state: Pick<AppState, "layerData" | "analysisInputs">,
): Partial<Pick<AppState, "layerData" | "analysisInputs">> {
  const out: Partial<Pick<AppState, "layerData" | "analysisInputs">> = {};
  const changedLayers = LAYER_IDS.filter((id) => !sameSources(shown(prev, id), shown(next, id)));
  if (changedLayers.length > 0) {
    const layerData = { ...state.layerData };
    for (const id of changedLayers) layerData[id] = unionOf(shown(next, id));
    out.layerData = layerData;
  }
  const inputs = analysisInputsOf(next);
  const before = analysisInputsOf(prev);
  const changed = (["network", "residents", "area"] as const).some((k) => !sameSources(before[k], inputs[k]));
  if (changed) {
    const pick = (list: Dataset[]) => (list.length > 0 ? unionOf(list) : null);
    const next: AnalysisInputs = { ...state.analysisInputs, network: pick(inputs.network), residents: pick(inputs.residents), area: pick(inputs.area) };
    out.analysisInputs = next;
  }
  return out;
}

/**
 * Which datasets feed the analysis. The demo's study area only bounds the demo's own data:
 * once a planner's network or residents are loaded, it would cut their neighbourhood away.
 * Hidden datasets do not count.
 */
export function analysisInputsOf(datasets: readonly Dataset[]): Record<"network" | "residents" | "area", Dataset[]> {
  // A planner's network or residents replace the demo's: added up they would mix two places.
  const own = (kind: DatasetKind) => {
    const all = shown(datasets, kind).filter((d) => !tooLargeForAnalysis(d));
    return all.some((d) => d.origin !== "demo") ? all.filter((d) => d.origin !== "demo") : all;
  };
  const network = own("network");
  const residents = own("residents");
  const planners = [...network, ...residents].some((d) => d.origin !== "demo");
  const area = shown(datasets, "area").filter((d) => !planners || d.origin !== "demo");
  return { network, residents, area };
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
