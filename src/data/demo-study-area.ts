import type { Feature, FeatureCollection } from "geojson";

/**
 * The demo's study area: the neighbourhood boundary only, not the sub-neighbourhoods drawn
 * inside it (area.geojson holds both, told apart by `kind`).
 */
export function demoStudyArea<F extends Feature>(area: { features: F[] }): FeatureCollection & { features: F[] } {
  return { type: "FeatureCollection", features: area.features.filter((f) => f.properties?.kind === "neighbourhood") };
}
