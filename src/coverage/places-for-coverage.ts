import type { PlaceInput } from "../analysis/places";
import type { AppState, PlaceLayerId } from "../state/types";

const PLACE_LAYERS: PlaceLayerId[] = ["meeting", "squares", "green", "benches"];

/** Engine ids carry their layer, so a square and a bench with the same id never merge. */
export const placeKey = (layer: string, id: string) => `${layer}:${id}`;

/** The places people walk to, as the engine wants them: the chosen layers' features. */
export function placesForCoverage(layerData: AppState["layerData"], chosen: Record<PlaceLayerId, boolean>): PlaceInput[] {
  const out: PlaceInput[] = [];
  for (const layer of PLACE_LAYERS) {
    if (!chosen[layer]) continue;
    layerData[layer].features.forEach((f, i) => {
      if (!f.geometry) return;
      const id = f.properties?.id;
      out.push({ id: placeKey(layer, typeof id === "string" ? id : `#${i}`), geometry: f.geometry });
    });
  }
  return out;
}

/** Candidates for the planner's shortlist: vacant buildings and land, and squares. */
export function shortlistCandidates(layerData: AppState["layerData"]): PlaceInput[] {
  return (["vacant", "squares"] as const).flatMap((layer) =>
    layerData[layer].features.flatMap((f, i) => {
      if (!f.geometry) return [];
      const id = f.properties?.id;
      return [{ id: placeKey(layer, typeof id === "string" ? id : `#${i}`), geometry: f.geometry }];
    }),
  );
}
