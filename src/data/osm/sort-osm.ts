import type { Feature } from "geojson";
import type { LayerKind } from "../import/layer-kinds.ts";
import { classifyTags, type Tags } from "./classify.ts";
import { shapeForLayer } from "./shape-for-layer.ts";

export interface SortedOsm {
  byKind: Map<LayerKind, Feature[]>;
  /** Features no layer and no context key takes (address points, boundaries...). */
  unclassified: number;
}

/** Tags of a feature made by osmToFeatures: its properties minus the "@id" reference. */
function tagsOf(feature: Feature): Tags {
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(feature.properties ?? {})) if (k !== "@id" && typeof v === "string") tags[k] = v;
  return tags;
}

/** Sorts WGS 84 OpenStreetMap features into the app's layers by the tag table. */
export function sortOsmFeatures(features: readonly Feature[]): SortedOsm {
  const byKind = new Map<LayerKind, Feature[]>();
  let unclassified = 0;
  for (const feature of features) {
    const isArea = feature.geometry.type === "Polygon" || feature.geometry.type === "MultiPolygon";
    const kinds = classifyTags(tagsOf(feature), isArea);
    if (kinds.length === 0) unclassified++;
    for (const kind of kinds) {
      const list = byKind.get(kind) ?? [];
      list.push(...shapeForLayer(feature, kind));
      byKind.set(kind, list);
    }
  }
  return { byKind, unclassified };
}
