/**
 * Wires the workshop into the live map: the map follows store views set elsewhere (steps, the
 * projector mirror), the baseline/scenario gap toggle, and the PNG export's access to the map.
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import type { AppStore } from "../state/store";
import { attachExportTarget } from "./export-image";
import { followStoreView } from "./follow-view";
import { syncScenarioToMap } from "./scenario-layer";

export function bindWorkshop(map: MapLibreMap, store: AppStore): () => void {
  const stops = [followStoreView(map, store), syncScenarioToMap(map, store, "green-fill"), attachExportTarget(map)];
  return () => stops.forEach((stop) => stop());
}
