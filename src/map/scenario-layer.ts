/**
 * Scenario comparison on the map: while the map shows the baseline, the baseline gaps (kept in
 * the store) are drawn and the coverage's own gap layers (which follow the trial place or the
 * proposals) are hidden; while it shows the scenario, the reverse.
 */
import type { FeatureCollection } from "geojson";
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import type { AppStore } from "../state/store";
import type { AppState } from "../state/types";

export const BASELINE_GAPS_SOURCE = "workshop-baseline-gaps";
const BASELINE_LAYERS = ["workshop-baseline-gaps-fill", "workshop-baseline-gaps-line"];
const COVERAGE_GAP_LAYERS = ["coverage-gaps-fill", "coverage-gaps-line"];
const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };
const HAS_RESIDENTS = [">=", ["get", "residents"], 0.5] as unknown as boolean;

/** Baseline shown only when asked for, coverage is on, and there is a scenario that differs. */
export function showsBaseline(s: Pick<AppState, "compareView" | "showCoverage" | "baselineGaps" | "tryPlace" | "proposalsScenario">): boolean {
  return s.compareView === "baseline" && s.showCoverage && s.baselineGaps !== null && (s.tryPlace !== null || s.proposalsScenario !== null);
}

type GapInputs = Pick<AppState, "compareView" | "showCoverage" | "baselineGaps" | "tryPlace" | "proposalsScenario">;

/**
 * The gaps to draw instead of the coverage's own, or null to leave those: the baseline's when
 * the map shows the baseline; the proposals' when it shows "all proposals realised" (the
 * coverage's own gaps are then the baseline, since proposals are not places in the engine).
 */
export function gapsOverride(s: GapInputs): FeatureCollection | null {
  if (showsBaseline(s)) return s.baselineGaps;
  if (s.compareView === "scenario" && s.showCoverage && !s.tryPlace && s.proposalsScenario?.gaps) return s.proposalsScenario.gaps;
  return null;
}

function setVisibility(map: MapLibreMap, ids: string[], visible: boolean) {
  for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, "visibility", visible ? "visible" : "none");
}

export function syncScenarioToMap(map: MapLibreMap, store: AppStore, beforeLayerId: string | undefined): () => void {
  map.addSource(BASELINE_GAPS_SOURCE, { type: "geojson", data: EMPTY });
  map.addLayer({ id: BASELINE_LAYERS[0], type: "fill", source: BASELINE_GAPS_SOURCE, filter: HAS_RESIDENTS, paint: { "fill-color": "#c0392b", "fill-opacity": 0.18 } }, beforeLayerId);
  map.addLayer(
    { id: BASELINE_LAYERS[1], type: "line", source: BASELINE_GAPS_SOURCE, filter: HAS_RESIDENTS, paint: { "line-color": "#8e1f14", "line-width": 1.5, "line-dasharray": [3, 2] } },
    beforeLayerId,
  );
  const apply = (s: AppState) => {
    const gaps = gapsOverride(s);
    (map.getSource(BASELINE_GAPS_SOURCE) as GeoJSONSource).setData(gaps ?? EMPTY);
    setVisibility(map, BASELINE_LAYERS, gaps !== null);
    // The coverage layer shows its own gaps whenever coverage is on; only override that.
    if (s.showCoverage) setVisibility(map, COVERAGE_GAP_LAYERS, gaps === null);
  };
  apply(store.getState());
  return store.subscribe((next, prev) => {
    if (gapsOverride(next) !== gapsOverride(prev) || next.showCoverage !== prev.showCoverage) apply(next);
  });
}
