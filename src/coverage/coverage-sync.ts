/**
 * The one place where store state crosses into the coverage worker (as src/map/sync.ts is for
 * the map): it watches the inputs, the places and the settings, sends the smallest request
 * that answers the change, and writes the worker's results back into the store.
 *
 * - inputs (network, residents, area) changed → init (full build and run);
 * - only the places changed → setPlaces; only the limit → setOptions;
 * - the "try a place here" marker → addPlace / movePlace (coalesced per frame) / removePlace,
 *   each answering with the gain and the changed street edges only.
 */
import type { FeatureCollection } from "geojson";
import type { Figures, StepResult } from "../analysis/engine";
import type { PlaceInput } from "../analysis/places";
import { metresToMinutes } from "../analysis/walking";
import type { CoverageClient, Outcome } from "../worker/coverage-client";
import type { InitResult } from "../worker/coverage-protocol";
import type { AppStore } from "../state/store";
import type { AppState, CoverageFigures, ShortlistItem } from "../state/types";
import { placesForCoverage, shortlistCandidates } from "./places-for-coverage";
import { edgeSegments } from "./edge-segments";
import { representativePoint } from "../geo/representative-point";

export const TRY_PLACE_ID = "try-place";
/** Distances are settled beyond the limit too, so the map and the reach curve show what lies just outside. */
export const cutoffFor = (limitM: number) => Math.max(2 * limitM, 1600);
const REACH_CURVE_STEP_M = 50;
const EXTRAS_DELAY_MS = 150;

const toFigures = (f: Figures): CoverageFigures => ({
  mode: f.mode,
  limitM: f.limitM,
  places: f.places,
  residentsTotal: f.residentsTotal,
  withinReach: f.withinReach,
  share: f.share,
  inGaps: f.inGaps,
  unreachable: f.unreachable,
});

/** Proposals as engine places, at the position they are being dragged to if they are. */
export function proposalPlaces(s: AppState): PlaceInput[] {
  const drag = s.proposalDrag;
  return Object.values(s.proposalSession.state.proposals).map((p) => ({
    id: `proposal:${p.id}`,
    geometry: drag?.id === p.id ? { type: "Point", coordinates: drag.location } : p.location,
  }));
}

function done<T>(o: Outcome<T>): T | null {
  return o.status === "done" ? o.result : null;
}

export function syncStoreToCoverage(store: AppStore, client: CoverageClient): () => void {
  let tryPlaceInEngine = false;
  let initialised = false;
  const update = store.getState().updateCoverage;

  let stopped = false;
  // After stop (the client is terminated and rejects what was pending) errors are expected.
  const fail = (e: unknown) => {
    if (!stopped) update({ status: "error", errorMessage: e instanceof Error ? e.message : String(e) });
  };

  const engineOptions = (s: AppState) => ({ limitM: s.coverageSettings.limitM, cutoffM: cutoffFor(s.coverageSettings.limitM) });

  /** After any full run: figures, edge colours, then the slower extras (gaps, curve, shortlist). */
  const applyFullRun = async (result: InitResult, network: FeatureCollection | null, newSegments: boolean) => {
    const prev = store.getState().coverage;
    update({
      status: "ready",
      progress: undefined,
      errorMessage: undefined,
      warnings: result.summary.warnings,
      figures: toFigures(result.summary),
      gapList: result.summary.gaps,
      edgeDistances: result.edgeDistances,
      edgeDelta: null,
      edgeVersion: prev.edgeVersion + 1,
      ...(newSegments ? { segments: network ? edgeSegments(network, result.edgeFeature, result.edgePart, result.edgeSegment) : undefined } : {}),
    });
    tryPlaceInEngine = false;
    await refreshExtras();
    await refreshProposals();
    // A marker that was out while the baseline was rebuilt goes back in.
    const tp = store.getState().tryPlace;
    if (tp) await placeTry(tp.at);
  };

  const refreshExtras = async () => {
    const gaps = done(await client.gaps());
    if (gaps) update({ gaps: gaps.collection, gapList: gaps.collection.features.map((f) => f.properties) });
    const curve = done(await client.request({ type: "reachCurve", stepM: REACH_CURVE_STEP_M }));
    if (curve) update({ reachCurve: curve.map((p) => ({ distanceM: p.distanceM, share: p.share })) });
  };

  const refreshShortlist = async () => {
    const state = store.getState();
    const candidates = shortlistCandidates(state.layerData);
    const entries = done(await client.request({ type: "shortlist", candidates }));
    if (!entries) return;
    const byKey = new Map(candidates.map((c) => [c.id, c]));
    const items: ShortlistItem[] = entries.slice(0, 10).flatMap((e) => {
      const [layer, id] = e.id.split(/:(.*)/s) as ["vacant" | "squares", string];
      const place = byKey.get(e.id);
      const feature = state.layerData[layer]?.features.find((f) => f.properties?.id === id);
      if (!place) return [];
      const name = feature?.properties?.name;
      return [{ layer, id, name: typeof name === "string" ? name : id, gained: e.gained, at: representativePoint(place.geometry) }];
    });
    update({ shortlist: items });
  };

  /** Each proposal's own gain, and the scenario with all of them realised. */
  const refreshProposals = async () => {
    const s = store.getState();
    const places = proposalPlaces(s);
    const minutes = Math.round(metresToMinutes(s.coverageSettings.limitM, s.coverageSettings.speedKmh));
    if (places.length === 0) {
      store.setState({ proposalGains: {}, proposalGainMinutes: minutes });
      store.getState().setProposalsScenario(null);
      return;
    }
    const result = done(await client.request({ type: "scenario", places, exclude: [TRY_PLACE_ID] }));
    if (!result) return;
    const gains = Object.fromEntries(result.gains.map((g) => [g.id.replace(/^proposal:/, ""), g.gained]));
    store.setState({ proposalGains: gains, proposalGainMinutes: minutes });
    const baseline = store.getState().coverage.figures;
    store.getState().setProposalsScenario({
      figures: toFigures(result.figures),
      gained: baseline ? result.figures.withinReach - baseline.withinReach : 0,
      gaps: result.gaps.collection,
    });
  };

  // Gaps and the reach curve cost more than a drag step and are read, not watched: while a
  // place is being dragged they follow once it rests for a moment, not on every frame.
  let extrasTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleExtras = () => {
    clearTimeout(extrasTimer);
    extrasTimer = setTimeout(() => refreshExtras().catch(fail), EXTRAS_DELAY_MS);
  };

  const applyStep = (step: StepResult) => {
    const prev = store.getState().coverage;
    const dist = prev.edgeDistances;
    if (dist) for (let i = 0; i < step.edgeUpdates.edges.length; i++) dist[step.edgeUpdates.edges[i]] = step.edgeUpdates.distM[i];
    update({ edgeDelta: step.edgeUpdates, edgeVersion: prev.edgeVersion + 1 });
    store.getState().updateTryPlace({ gained: step.gained, figures: toFigures(step.figures) });
  };

  const placeTry = async (at: [number, number]) => {
    // The flag flips before awaiting: requests run in order, so a move sent right after this
    // add finds the place in the engine, and a second add is never sent.
    const request = tryPlaceInEngine
      ? client.movePlace(TRY_PLACE_ID, at)
      : client.addPlace({ id: TRY_PLACE_ID, geometry: { type: "Point", coordinates: at } });
    tryPlaceInEngine = true;
    const step = done(await request);
    if (step) {
      applyStep(step);
      scheduleExtras();
    }
  };

  const removeTry = async () => {
    if (!tryPlaceInEngine) return;
    tryPlaceInEngine = false;
    const step = done(await client.removePlace(TRY_PLACE_ID));
    if (step) {
      applyStep(step);
      scheduleExtras();
    }
  };

  const fullInit = async () => {
    const s = store.getState();
    const { network, residents, buildings, area } = s.analysisInputs;
    if (!residents) return;
    update({ status: "computing", progress: undefined });
    const outcome = await client.init(
      {
        network,
        residents,
        buildings,
        area,
        places: placesForCoverage(s.layerData, s.coverageSettings.placeLayers),
        options: engineOptions(s),
      },
      { onProgress: (p) => update({ progress: p }) },
    );
    const result = done(outcome);
    initialised = true;
    if (result) {
      await applyFullRun(result, network, true);
      await refreshShortlist();
    }
  };

  const rerun = async (request: "setPlaces" | "setOptions") => {
    const s = store.getState();
    update({ status: "computing" });
    const outcome =
      request === "setPlaces"
        ? await client.request({ type: "setPlaces", places: placesForCoverage(s.layerData, s.coverageSettings.placeLayers) })
        : await client.request({ type: "setOptions", options: engineOptions(s) });
    const result = done(outcome);
    if (result) {
      // setOptions keeps what-if places; the try place is re-added by applyFullRun either way.
      if (request === "setOptions" && tryPlaceInEngine) await client.removePlace(TRY_PLACE_ID);
      await applyFullRun(result, s.analysisInputs.network, false);
      await refreshShortlist();
    }
  };

  const guard = (p: Promise<unknown>) => p.catch(fail);
  guard(fullInit());

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.analysisInputs !== prev.analysisInputs) {
      guard(fullInit());
      return;
    }
    if (!initialised) return;
    const placesChanged =
      next.coverageSettings.placeLayers !== prev.coverageSettings.placeLayers ||
      (["meeting", "squares", "green", "benches"] as const).some((l) => next.layerData[l] !== prev.layerData[l]);
    if (placesChanged) guard(rerun("setPlaces"));
    else if (next.coverageSettings.limitM !== prev.coverageSettings.limitM) guard(rerun("setOptions"));
    if (
      next.proposalSession.state.proposals !== prev.proposalSession.state.proposals ||
      next.proposalDrag !== prev.proposalDrag ||
      next.coverageSettings.speedKmh !== prev.coverageSettings.speedKmh
    ) {
      guard(refreshProposals());
    }
    if (next.tryPlace !== prev.tryPlace) {
      const moved = next.tryPlace && (!prev.tryPlace || next.tryPlace.at !== prev.tryPlace.at);
      if (moved) guard(placeTry(next.tryPlace!.at));
      else if (!next.tryPlace && prev.tryPlace) guard(removeTry());
    }
  });
  return () => {
    stopped = true;
    clearTimeout(extrasTimer);
    unsubscribe();
  };
}
