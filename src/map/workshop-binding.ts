/**
 * Wires the workshop into the live map: the map follows store views set elsewhere (steps, the
 * projector mirror), the baseline/scenario gap toggle, the PNG export's access to the map, and
 * labels and symbols large enough for the back row while presenting, and the view fitted
 * between the presentation's overlays (given back after).
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import type { AppStore } from "../state/store";
import { attachExportTarget } from "./export-image";
import { followStoreView } from "./follow-view";
import { bindPresentationScale } from "./presentation-scale";
import { bindPresentationView } from "./presentation-view";
import { syncScenarioToMap } from "./scenario-layer";

export function bindWorkshop(map: MapLibreMap, store: AppStore): () => void {
  const stops = [followStoreView(map, store), syncScenarioToMap(map, store, "green-fill"), attachExportTarget(map), bindPresentationScale(map, store), bindPresentationView(map, store)];
  return () => stops.forEach((stop) => stop());
}
