/**
 * The one place where store state crosses into the coverage worker (as src/map/sync.ts is for
 * the map). It derives the analysis from the loaded datasets with planAnalysis (the same plan
 * the CLI makes), sends the smallest request that answers a change, and writes the worker's
 * results back into the store.
 *
 * - network, residents, buildings or study area changed → init (full build and run);
 * - only the places changed → setPlaces; only the limit → setOptions;
 * - the "try a place here" marker → addPlace / movePlace (coalesced per frame) / removePlace,
 *   each answering with the gain and the changed street edges only.
 *
 * Changes are gathered until the current task ends (an import adds its layers one by one), and
 * nothing runs while datasets are still loading (the demo's lazy files, storage at start-up),
 * so an import is analysed once, with all its layers. A result that a newer change has already
 * overtaken is dropped, never shown.
 */
import type { FeatureCollection } from "geojson";
import type { Figures, StepResult } from "../analysis/engine";
import type { PlaceInput } from "../analysis/places";
import { metresToMinutes } from "../analysis/walking";
import { cutoffFor, engineOptionsFor, planAnalysis, topCandidates, type AnalysisPlan, type SourceLayer } from "../analysis/analysis-plan";
import type { CoverageClient, Outcome } from "../worker/coverage-client";
import { MISSING_LAYER, type InitResult, type WireLayer } from "../worker/coverage-protocol";
import type { AppStore } from "../state/store";
import type { AppState, CoverageFigures, CoverageView, ShortlistItem } from "../state/types";
import { representativePoint } from "../geo/representative-point";

export { cutoffFor };

export const TRY_PLACE_ID = "try-place";
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
  noStreetData: f.noStreetData,
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

/** A dataset as the plan sees it: named by its file, as the CLI names its inputs (the demo by its own name). */
const asSource = (d: AppState["datasets"][number]): SourceLayer => ({ ...d, name: d.origin === "demo" ? d.name : d.sourceFile });

/** The analysis of what is loaded now (the same plan the CLI makes from its files). */
export const planOf = (s: AppState): AnalysisPlan => planAnalysis(s.datasets.map(asSource), s.coverageSettings);

// Which layers a plan was made from, by identity: equal keys mean nothing the worker holds changed.
const ids = new WeakMap<object, number>();
let nextId = 1;
const idOf = (o: object) => ids.get(o) ?? (ids.set(o, nextId), nextId++);

/**
 * The datasets as the worker plans from them: each one's features only the first time (the
 * import worker's bytes where it made them), after that only its key.
 */
function wireLayers(s: AppState, held: WeakSet<object>): WireLayer[] {
  return s.datasets
    .filter((d) => !d.hidden)
    .map((d) => {
      const { id, kind, origin, hidden, attribution, clip } = d;
      const meta: WireLayer = { key: `f${idOf(d.features)}`, id, kind, name: asSource(d).name, origin, hidden, ...(attribution ? { attribution } : {}), ...(clip ? { clip } : {}) };
      if (held.has(d.features)) return meta;
      return d.encoded ? { ...meta, encoded: d.encoded } : { ...meta, features: d.features };
    });
}
const INPUT_KINDS = new Set(["network", "residents", "context", "area"]);
const keyOf = (layers: readonly SourceLayer[], inputs: boolean) =>
  layers.filter((l) => INPUT_KINDS.has(l.kind) === inputs).map((l) => `${l.kind}:${idOf(l.features)}:${l.clip?.join(",") ?? ""}`).join("|");

/** Everything the last analysis showed, cleared (no data loaded any more, or a new analysis starts). */
const CLEARED: Partial<CoverageView> = {
  figures: undefined, gaps: undefined, gapList: undefined, reachCurve: undefined, shortlist: undefined, segments: undefined,
  edgeDistances: undefined, edgeDelta: null, warnings: undefined, areas: undefined, areaPolygons: undefined, noStreetData: undefined,
  residentsSource: undefined, sources: undefined, clips: undefined, spread: undefined, demoIgnored: undefined, progress: undefined, errorMessage: undefined,
};

export function syncStoreToCoverage(store: AppStore, client: CoverageClient): () => void {
  let tryPlaceInEngine = false;
  let plan: AnalysisPlan | null = null;
  let inputsKey = "";
  let placesKey = "";
  /** Bumped by every full run asked for; a result of an older one is dropped. */
  let generation = 0;
  const update = store.getState().updateCoverage;

  let stopped = false;
  // After stop (the client is terminated and rejects what was pending) errors are expected.
  const fail = (e: unknown) => {
    if (!stopped) update({ status: "error", errorMessage: e instanceof Error ? e.message : String(e) });
  };

  const engineOptions = (s: AppState) => engineOptionsFor(s.coverageSettings.limitM);

  /** After any full run: figures, edge colours, then the slower extras (gaps, curve, areas, shortlist). */
  const applyFullRun = async (result: InitResult, p: AnalysisPlan, newInputs: boolean) => {
    const prev = store.getState().coverage;
    const summary = result.summary;
    update({
      status: "ready",
      progress: undefined,
      errorMessage: undefined,
      warnings: summary.warnings,
      figures: toFigures(summary),
      gapList: summary.gaps,
      areas: summary.areas,
      residentsSource: summary.residentsSource,
      spread: summary.spread,
      sources: p.sources,
      clips: p.clips,
      demoIgnored: p.demoIgnored,
      placeCounts: p.placeCounts,
      edgeDistances: result.edgeDistances,
      edgeDelta: null,
      edgeVersion: prev.edgeVersion + 1,
      ...(newInputs
        ? {
            segments: result.segments,
            areaPolygons: p.residentsArePolygons && p.residents ? areaPolygons(p.residents) : undefined,
          }
        : {}),
    });
    tryPlaceInEngine = false;
    await refreshExtras();
    await refreshShortlist(p);
    await refreshProposals();
    // A marker that was out while the baseline was rebuilt goes back in.
    const tp = store.getState().tryPlace;
    if (tp) await placeTry(tp.at);
  };

  const refreshExtras = async () => {
    const gaps = done(await client.gaps());
    if (gaps) update({ gaps: gaps.collection, gapList: gaps.collection.features.map((f) => f.properties), noStreetData: gaps.noStreetData });
    const curve = done(await client.request({ type: "reachCurve", stepM: REACH_CURVE_STEP_M }));
    if (curve) update({ reachCurve: curve.map((p) => ({ distanceM: p.distanceM, share: p.share })) });
    if (store.getState().coverage.areas?.length) {
      const areas = done(await client.request({ type: "areas" }));
      if (areas) update({ areas });
    }
  };

  const refreshShortlist = async (p: AnalysisPlan) => {
    const entries = done(await client.request({ type: "shortlist", candidates: p.candidates }));
    if (!entries) return;
    const byKey = new Map(p.candidates.map((c) => [c.id, c]));
    const items: ShortlistItem[] = topCandidates(entries).flatMap((e) => {
      const place = byKey.get(e.id);
      const feature = p.featureOf(e.id);
      if (!place) return [];
      const layer = e.id.slice(0, e.id.indexOf(":")) as ShortlistItem["layer"];
      const id = feature?.properties?.id;
      return [{ layer, id: typeof id === "string" ? id : e.id, properties: { ...(feature?.properties ?? {}) }, gained: e.gained, at: representativePoint(place.geometry) }];
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
    if (!plan) return;
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

  /** A full run (new inputs), or new places on the same inputs; dropped when overtaken. */
  const analyse = async (p: AnalysisPlan, newInputs: boolean) => {
    const mine = ++generation;
    const s = store.getState();
    update({ status: "computing", progress: undefined, ...(newInputs ? CLEARED : {}) });
    const outcome = newInputs ? await runAnalyse(s, mine) : await client.request({ type: "setPlaces", places: p.places });
    const result = done(outcome);
    if (!result || mine !== generation) return;
    await applyFullRun(result, p, newInputs);
  };

  /**
   * The worker plans from the datasets itself (the same planAnalysis as `plan` here, which
   * names sources, clips and the shortlist's features). A dataset counts as held by the worker
   * only once a run with it has finished there: a request overtaken while waiting never arrived.
   */
  let held = new WeakSet<object>();
  const runAnalyse = async (s: AppState, mine: number, retried = false): Promise<Outcome<InitResult>> => {
    const layers = wireLayers(s, held);
    try {
      const outcome = await client.request(
        { type: "analyse", layers, placeLayers: s.coverageSettings.placeLayers, options: engineOptions(s) },
        { onProgress: (progress) => mine === generation && update({ progress }) },
      );
      // The worker now holds exactly the datasets of this run (it dropped the others).
      if (outcome.status === "done") held = new WeakSet(s.datasets.filter((d) => !d.hidden).map((d) => d.features));
      return outcome;
    } catch (e) {
      if (retried || (e as { key?: string }).key !== MISSING_LAYER) throw e;
      held = new WeakSet();
      return runAnalyse(s, mine, true);
    }
  };

  const setLimit = async () => {
    const p = plan;
    if (!p) return;
    const mine = ++generation;
    update({ status: "computing" });
    const result = done(await client.request({ type: "setOptions", options: engineOptions(store.getState()) }));
    if (!result || mine !== generation) return;
    // setOptions keeps what-if places; the try place is re-added by applyFullRun either way.
    if (tryPlaceInEngine) await client.removePlace(TRY_PLACE_ID);
    await applyFullRun(result, p, false);
  };

  /** Decides, once the current task's changes are all in, what the worker must redo. */
  const reconsider = () => {
    const s = store.getState();
    if (s.datasetsLoading > 0) return; // called again when loading ends
    const next = planOf(s);
    const nextInputs = keyOf(next.used, true);
    const nextPlaces = keyOf(next.used, false) + "#" + next.placeLayers.join(",");
    if (nextInputs === inputsKey && nextPlaces === placesKey) return;
    const newInputs = nextInputs !== inputsKey || !plan;
    inputsKey = nextInputs;
    placesKey = nextPlaces;
    if (next.used.length === 0) {
      // Nothing loaded: no figures at all, and none of the old ones.
      plan = null;
      generation++;
      update({ status: "idle", ...CLEARED });
      return;
    }
    plan = next;
    guard(analyse(next, newInputs));
  };

  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      if (!stopped) reconsider();
    }, 0);
  };

  const guard = (p: Promise<unknown>) => p.catch(fail);
  schedule();

  const unsubscribe = store.subscribe((next, prev) => {
    if (
      next.datasets !== prev.datasets ||
      next.datasetsLoading !== prev.datasetsLoading ||
      next.coverageSettings.placeLayers !== prev.coverageSettings.placeLayers
    ) {
      schedule();
    } else if (plan && next.coverageSettings.limitM !== prev.coverageSettings.limitM) guard(setLimit());
    if (!plan) return;
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

/** The population polygons for the choropleth: feature id = the polygon's index in the analysis. */
export function areaPolygons(residents: FeatureCollection): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: residents.features.flatMap((f, index) =>
      f.geometry && (f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon") ? [{ type: "Feature" as const, id: index, geometry: f.geometry, properties: { index } }] : [],
    ),
  };
}
