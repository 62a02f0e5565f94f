/** Turning the import library's layers into datasets for the store (pure). */
import type { ImportedLayer } from "../../data/import/index";
import { bboxAreaKm2 } from "../../data/overpass";
import { boundsOf } from "../../geo/bounds";
import { OSM_ATTRIBUTION, type Dataset, type DatasetKind } from "../../state/slices/datasets";
import { newDatasetId, withIds } from "../../data/dataset-ids";

// Moved to src/data (the import worker needs them too); re-exported for the app.
export { newDatasetId, withIds };

const OSM_ID = /^(node|way|relation)\/\d+$/;

/** OpenStreetMap features keep their "@id" (node/123): the tag table sorted them, no question needed. */
export function isOsmLayer(layer: Pick<ImportedLayer, "features">): boolean {
  return layer.features.features.some((f) => OSM_ID.test(String(f.properties?.["@id"] ?? "")));
}

export function toDataset(layer: ImportedLayer, kind: DatasetKind = layer.kind): Dataset {
  // The worker settled the id (and gave the features their ids) when it sent bytes with them;
  // a large layer's tiles were cut with that id in every feature's properties.id.
  const id = layer.stored?.datasetId ?? layer.tiled?.datasetId ?? newDatasetId();
  const osm = isOsmLayer(layer);
  const bounds = boundsOf(layer.features);
  return {
    id,
    name: layer.name,
    sourceFile: layer.sourceFile,
    kind,
    features: layer.stored ? (layer.features as Dataset["features"]) : withIds(layer.features, id),
    crs: layer.crs,
    origin: osm ? "osm" : "file",
    hidden: false,
    extentKm2: bounds ? bboxAreaKm2(bounds) : 0,
    ...(osm ? { attribution: OSM_ATTRIBUTION } : {}),
    ...(layer.tiled ? { tiles: layer.tiled.archive } : {}),
    ...(layer.stored ? { encoded: layer.stored.encoded } : {}),
  };
}

/** Field names of the preview rows, for the population field choice. */
export function fieldNames(layer: Pick<ImportedLayer, "preview">): string[] {
  const names = new Set<string>();
  for (const row of layer.preview) for (const key of Object.keys(row ?? {})) names.add(key);
  return [...names];
}

/** Shapefile parts travel together: the files of one base name. */
export function filesOfSource<T extends { name: string }>(files: readonly T[], sourceFile: string): T[] {
  const stem = (name: string) => name.toLowerCase().replace(/\.[^.]+$/, "");
  const wanted = stem(sourceFile);
  const same = files.filter((f) => stem(f.name) === wanted || f.name === sourceFile);
  return same.length > 0 ? same : [...files];
}
