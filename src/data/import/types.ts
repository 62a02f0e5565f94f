import type { FeatureCollection, GeoJsonProperties, Geometry } from "geojson";
import type { CrsCandidate, CrsCode } from "../crs/index.ts";
import type { messages } from "../../i18n/messages/import.ts";
import type { LayerKind } from "./layer-kinds.ts";

/** A key as the code passes it to t(): i18next adds the plural suffix itself, from `count`. */
type WithoutPlural<K extends string> = K extends `${infer Base}_${"zero" | "one" | "two" | "few" | "many" | "other"}` ? Base : K;

/** Every text key of the importer (see src/i18n/messages/import.ts). */
export type ImportMessageKey = WithoutPlural<keyof (typeof messages)["nl"]>;
export type SkipReason = Extract<ImportMessageKey, `import.skip.${string}`>;

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** What callers may pass: a worker typically holds transferred ArrayBuffers. */
export interface InputFileLike {
  name: string;
  bytes: Uint8Array | ArrayBuffer;
}

/** A problem for the user: an i18n key plus parameters; `file` is always among them. */
export interface ImportProblem {
  severity: "error" | "warning" | "info";
  key: ImportMessageKey;
  params: { file: string } & Record<string, string | number>;
}

export interface ImportedLayer {
  name: string;
  sourceFile: string;
  kind: LayerKind;
  /** True when tags or a population field decided the kind; false for a guess from shape and names. */
  kindConfident: boolean;
  /** The CRS the source was in (already converted to WGS 84). */
  crs: CrsCode;
  features: FeatureCollection<Geometry, GeoJsonProperties>;
  skipped: { reason: SkipReason; count: number }[];
  /** Properties of the first five features, for the user to recognise the data. */
  preview: GeoJsonProperties[];
  /** For residents: the field the population was read from (the planner may choose another). */
  populationField?: string;
  /** A layer too large for one GeoJSON source: vector tiles packed in the worker (src/data/big-layers). */
  tiled?: { datasetId: string; archive: Uint8Array };
  /** Set by the import worker: the dataset id, with the features (ids given) as bytes (src/data/dataset-bytes.ts). */
  stored?: { datasetId: string; encoded: Uint8Array };
}

export interface CrsChoice {
  file: string;
  candidates: CrsCandidate[];
}

export interface ImportResult {
  layers: ImportedLayer[];
  problems: ImportProblem[];
  /** Files whose coordinates fit several systems: ask the user, then import again with `assumeCrs`. */
  needsCrsChoice?: CrsChoice[];
  aborted?: boolean;
}

export interface ImportOptions {
  signal?: AbortSignal;
  /** Called with 0…1 as files are read. */
  onProgress?: (fraction: number) => void;
  /** A CRS for every file, or per file name; overrides detection. */
  assumeCrs?: string | Record<string, string>;
  /** The population field per file name (or for all), when it is not one we recognise. */
  populationField?: string | Record<string, string>;
  /** An XML parser; by default the global DOMParser, or @xmldom/xmldom where there is none (Node, workers). */
  domParser?: { parseFromString(text: string, mime: string): unknown };
  /** Per-file size limit in bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** What one zip may unpack to, in bytes (default DEFAULT_MAX_UNPACKED_BYTES). */
  maxUnpackedBytes?: number;
}
