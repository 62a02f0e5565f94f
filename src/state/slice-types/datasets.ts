/** The datasets slice's types, apart from its creator: types.ts reads them without an import cycle. */
import type { LayerKind } from "../../data/import/layer-kinds";
import type { PlaceCollection } from "./shared";

/** A layer kind, or "area": the study area the analysis is limited to (only the demo has one). */
export type DatasetKind = LayerKind | "area";

export interface Dataset {
  id: string;
  name: string;
  sourceFile: string;
  kind: DatasetKind;
  features: PlaceCollection;
  /** The CRS the source was in (features are WGS 84). */
  crs: string;
  attribution?: string;
  /** "demo" for the embedded neighbourhood: "demo weghalen" removes all of those together. */
  origin: "demo" | "file" | "osm";
  hidden: boolean;
  /** Area of the dataset's bounding box in km² (set on import). */
  extentKm2?: number;
  /**
   * A PMTiles archive of the features (only for layers over BIG_LAYER_THRESHOLD, packed by the
   * import worker): the map draws these from vector tiles. Stored with the dataset, so a reload
   * does not pack again.
   */
  tiles?: Uint8Array;
  /**
   * The features as UTF-8 JSON, made by the import worker (src/data/dataset-bytes.ts): stored and
   * sent to the coverage worker as bytes, so the page never serialises a city's features itself.
   */
  encoded?: Uint8Array;
  /** A national or regional residents file: the municipalities (area-groups keys) the planner keeps. */
  clip?: string[];
}

/** Online base maps, opt-in only: nothing is fetched unless the planner picks one (URLs: src/map/basemaps.ts). */
export const BASEMAP_PRESETS = ["osm", "grb", "pdok"] as const;
export type BasemapPreset = (typeof BASEMAP_PRESETS)[number];

/** The base map: the demo's own (default), an online preset, or a local PMTiles file (a Blob, kept in IndexedDB). */
export type BasemapChoice = { type: "demo" } | { type: "preset"; id: BasemapPreset } | { type: "file"; name: string; blob: Blob };

/**
 * A storage fault the Data panel shows: stored records left out on start (`count`), or a write
 * that failed (`datasetIds`: what will be gone after a reload, offered for download).
 */
export type DatasetStorageNotice = { kind: "unreadable"; count: number } | { kind: "quota" | "failed"; datasetIds: string[] };

export interface DatasetsSlice {
  datasets: Dataset[];
  demoRemoved: boolean;
  basemap: BasemapChoice;
  setBasemap: (choice: BasemapChoice) => void;
  addDatasets: (datasets: Dataset[]) => void;
  removeDataset: (id: string) => void;
  setDatasetHidden: (id: string, hidden: boolean) => void;
  removeDemo: () => void;
  /** Keeps only these municipalities of a national residents file (null: back to automatic). */
  setDatasetClip: (id: string, clip: string[] | null) => void;
  /** Sources still loading (the demo's lazy files, storage): the analysis waits for them. */
  datasetsLoading: number;
  beginDatasetsLoading: () => void;
  endDatasetsLoading: () => void;
  /** Replaces everything (storage loaded); the demo stays out when it was removed before. */
  replaceDatasets: (datasets: Dataset[], demoRemoved: boolean) => void;
  datasetStorageNotice: DatasetStorageNotice | null;
  setDatasetStorageNotice: (notice: DatasetStorageNotice | null) => void;
}
