/**
 * Dataset and feature ids. In src/data so that the import worker gives a large layer's
 * vector tiles the very ids the store will use (see src/data/big-layers).
 */
import type { FeatureCollection, Geometry } from "geojson";

let counter = 0;
export function newDatasetId(): string {
  counter += 1;
  return `ds-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/**
 * Every feature gets a stable string id unique across datasets (the map highlights by
 * properties.id); a source's own "id" field is kept as "source_id".
 */
export function withIds(features: FeatureCollection, datasetId: string): FeatureCollection<Geometry, Record<string, unknown>> {
  return {
    type: "FeatureCollection",
    features: features.features.map((f, i) => {
      const props: Record<string, unknown> = { ...(f.properties ?? {}) };
      if (props.id !== undefined && props.source_id === undefined) props.source_id = props.id;
      props.id = `${datasetId}:${i}`;
      return { type: "Feature" as const, geometry: f.geometry, properties: props };
    }),
  };
}

/** The dataset a feature id belongs to (ids are `${datasetId}:${index}`). */
export const datasetIdOf = (featureId: string): string => featureId.slice(0, featureId.lastIndexOf(":"));
