/** The import library: a planner's files in, WGS 84 layers out. importPaths (Node) lives in import-paths.ts. */
export { importFiles } from "./import-files.ts";
export { DEFAULT_MAX_BYTES } from "./read-unit.ts";
export { LAYER_KINDS, isLayerKind, type LayerKind } from "./layer-kinds.ts";
export type { CrsChoice, ImportedLayer, ImportMessageKey, ImportOptions, ImportProblem, ImportResult, InputFile, InputFileLike, SkipReason } from "./types.ts";
