import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { LayerKind } from "../import/layer-kinds.ts";
import { classifyTags, type Tags } from "./classify.ts";
import { squaresOnNetwork } from "./join-squares.ts";
import { shapeForLayer } from "./shape-for-layer.ts";
import { SQUARE_ON_NETWORK } from "./tag-table.ts";

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

const isArea = (f: Feature): f is Feature<Polygon | MultiPolygon> => f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon";

/**
 * Sorts WGS 84 OpenStreetMap features into the app's layers by the tag table; `place=square`
 * areas that a path comes onto join the walking network too (squaresOnNetwork).
 */
export function sortOsmFeatures(features: readonly Feature[]): SortedOsm {
  const byKind = new Map<LayerKind, Feature[]>();
  const squares: Feature<Polygon | MultiPolygon>[] = [];
  let unclassified = 0;
  for (const feature of features) {
    const area = isArea(feature);
    const tags = tagsOf(feature);
    const kinds = classifyTags(tags, area);
    if (area && !kinds.includes("network") && classifyTags(tags, area, [SQUARE_ON_NETWORK]).includes("network")) squares.push(feature);
    if (kinds.length === 0) unclassified++;
    for (const kind of kinds) {
      const list = byKind.get(kind) ?? [];
      list.push(...shapeForLayer(feature, kind));
      byKind.set(kind, list);
    }
  }
  const joined = squaresOnNetwork(squares, byKind.get("network") ?? []);
  if (joined.length > 0) byKind.set("network", [...(byKind.get("network") ?? []), ...joined]);
  return { byKind, unclassified };
}
