/** Turning the import library's layers into datasets for the store (pure). */
import type { ImportedLayer } from "../../data/import/index";
import { bboxAreaKm2 } from "../../data/overpass";
import { boundsOf } from "../../geo/bounds";
import { OSM_ATTRIBUTION, type Dataset, type DatasetKind } from "../../state/slices/datasets";
import type { PlaceCollection } from "../../state/types";

const OSM_ID = /^(node|way|relation)\/\d+$/;

/** OpenStreetMap features keep their "@id" (node/123): the tag table sorted them, no question needed. */
export function isOsmLayer(layer: Pick<ImportedLayer, "features">): boolean {
  return layer.features.features.some((f) => OSM_ID.test(String(f.properties?.["@id"] ?? "")));
}

let counter = 0;
export function newDatasetId(): string {
  counter += 1;
  return `ds-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/**
 * Every feature gets a stable string id unique across datasets (the map highlights by
 * properties.id); a source's own "id" field is kept as "source_id".
 */
export function withIds(features: ImportedLayer["features"], datasetId: string): PlaceCollection {
  return {
    type: "FeatureCollection",
    features: features.features.map((f, i) => {
      const props: Record<string, unknown> = { ...(f.properties ?? {}) };
      if (props.id !== undefined && props.source_id === undefined) props.source_id = props.id;
      props.id = `${datasetId}:${i}`;
      return { type: "Feature", geometry: f.geometry, properties: props };
    }),
  };
}

export function toDataset(layer: ImportedLayer, kind: DatasetKind = layer.kind): Dataset {
  const id = newDatasetId();
  const osm = isOsmLayer(layer);
  const bounds = boundsOf(layer.features);
  return {
    id,
    name: layer.name,
    sourceFile: layer.sourceFile,
    kind,
    features: withIds(layer.features, id),
    crs: layer.crs,
    origin: osm ? "osm" : "file",
    hidden: false,
    extentKm2: bounds ? bboxAreaKm2(bounds) : 0,
    ...(osm ? { attribution: OSM_ATTRIBUTION } : {}),
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
