import type { FeatureCollection, Point } from "geojson";
import type { ShortlistItem } from "../state/types";

/** How many candidates the map marks (the list shows the same top ones). */
export const SHORTLIST_SHOWN = 5;

/** The top candidates as numbered points, for the map. */
export function shortlistFeatures(items: readonly ShortlistItem[] | undefined): FeatureCollection<Point, { rank: number; gained: number }> {
  return {
    type: "FeatureCollection",
    features: (items ?? []).slice(0, SHORTLIST_SHOWN).map((item, i) => ({
      type: "Feature",
      properties: { rank: i + 1, gained: Math.round(item.gained) },
      geometry: { type: "Point", coordinates: item.at },
    })),
  };
}
