/**
 * Coverage worker: a thin shell around the engine. It owns one CoverageEngine, answers each
 * request in order, and sends typed arrays back as transferables. `attachCoverageWorker`
 * also runs in-process (tests, Node) on any MessagePortLike.
 */
import type { FeatureCollection } from "geojson";
import { placesFromGeoJSON, type PlaceInput } from "../analysis/places.ts";
import { CoverageEngine, type EngineOptions } from "../analysis/engine.ts";
import { areaSummaries, prepareInputs, summarize, type PreparedInputs } from "../analysis/run.ts";
import { planAnalysis } from "../analysis/analysis-plan.ts";
import type { CoverageRequest, CoverageResults, InitResult, MessagePortLike, Progress, RequestEnvelope, ResponseEnvelope } from "./coverage-protocol.ts";
import { LayerCache, MissingLayerError } from "./layer-cache.ts";
import { edgeSegments } from "../analysis/edge-segments.ts";
import { encodeFeatures } from "../data/dataset-bytes.ts";

interface State {
  prepared: PreparedInputs;
  places: PlaceInput[];
  options: EngineOptions;
  engine: CoverageEngine;
}

const toPlaces = (p: FeatureCollection | PlaceInput[]): PlaceInput[] => (Array.isArray(p) ? p : placesFromGeoJSON(p));

/** Proposals' own gains, and all of them realised; leaves the engine exactly as it found it. */
function scenario(engine: CoverageEngine, places: PlaceInput[], exclude: string[]) {
  const excluded = engine.currentPlaces().filter((p) => exclude.includes(p.id));
  for (const p of excluded) engine.removePlace(p.id);
  try {
    const gains = engine.shortlist(places);
    for (const p of places) engine.addPlace(p);
    const figures = engine.figures();
    const gaps = engine.gaps({ force: true });
    for (const p of places) engine.removePlace(p.id);
    return { gains, figures, gaps };
  } finally {
    for (const p of excluded) engine.addPlace(p);
  }
}

export function attachCoverageWorker(port: MessagePortLike): void {
  let state: State | null = null;
  const layers = new LayerCache();

  const initResult = (s: State, network?: FeatureCollection | null): { result: InitResult; transfer: Transferable[] } => {
    const edgeDistances = s.engine.edgeDistances();
    const net = s.prepared.net;
    const edgeFeature = net ? net.edgeFeature.slice() : new Int32Array(0);
    const edgePart = net ? net.edgePart.slice() : new Int32Array(0);
    const edgeSegment = net ? net.edgeSegment.slice() : new Int32Array(0);
    const drawn = network && net ? edgeSegments(network, edgeFeature, edgePart, edgeSegment) : null;
    const segments = drawn ? { count: drawn.features.length, json: encodeFeatures(drawn) } : undefined;
    return {
      result: { summary: summarize(s.engine, s.prepared), edgeFeature, edgePart, edgeSegment, edgeDistances, ...(segments ? { segments } : {}) },
      transfer: [edgeDistances.buffer, edgeFeature.buffer, edgePart.buffer, edgeSegment.buffer, ...(segments ? [segments.json.buffer as ArrayBuffer] : [])],
    };
  };

  const handle = (id: number, req: CoverageRequest): { result: CoverageResults[keyof CoverageResults]; transfer: Transferable[] } => {
    const progress = (p: Progress) => port.postMessage({ id, progress: p } satisfies ResponseEnvelope);
    if (req.type === "analyse") {
      const plan = planAnalysis(layers.resolve(req.layers), { placeLayers: req.placeLayers });
      return handle(id, { type: "init", network: plan.network, residents: plan.residents, places: plan.places, buildings: plan.buildings, area: plan.area, options: req.options });
    }
    if (req.type === "init") {
      const prepared = prepareInputs(
        { network: req.network, residents: req.residents, places: req.places, buildings: req.buildings, residentOptions: req.residentOptions },
        (phase) => progress({ phase, done: ["network", "residents", "places"].indexOf(phase), total: 4 }),
      );
      progress({ phase: "compute", done: 3, total: 4 });
      const options: EngineOptions = { ...req.options, area: req.area ?? null };
      const { net, residents, places } = prepared;
      state = { prepared, places, options, engine: new CoverageEngine({ network: net, residents, places }, options) };
      progress({ phase: "compute", done: 4, total: 4 });
      return initResult(state, req.network);
    }
    const s = state;
    if (!s) throw new Error("coverage worker: send init first");
    switch (req.type) {
      case "setPlaces":
        s.places = toPlaces(req.places);
        s.engine = new CoverageEngine({ network: s.prepared.net, residents: s.prepared.residents, places: s.places }, s.options);
        return initResult(s);
      case "setOptions":
        s.options = { ...req.options, area: s.options.area };
        s.places = s.engine.currentPlaces(); // what-if places stay
        s.engine = new CoverageEngine({ network: s.prepared.net, residents: s.prepared.residents, places: s.places }, s.options);
        return initResult(s);
      case "addPlace":
      case "movePlace":
      case "removePlace": {
        const step = req.type === "addPlace" ? s.engine.addPlace(req.place) : req.type === "movePlace" ? s.engine.movePlace(req.id, req.to) : s.engine.removePlace(req.id);
        return { result: step, transfer: [step.edgeUpdates.edges.buffer, step.edgeUpdates.distM.buffer] };
      }
      case "commitBaseline":
        s.engine.setBaseline();
        return { result: s.engine.figures(), transfer: [] };
      case "gaps":
        progress({ phase: "gaps", done: 0, total: 1 });
        return { result: s.engine.gaps(), transfer: [] };
      case "reachCurve":
        return { result: s.engine.reachCurve(req.stepM, req.maxM), transfer: [] };
      case "areas":
        return { result: areaSummaries(s.engine, s.prepared.areas), transfer: [] };
      case "distances": {
        const r = { residents: s.engine.residentDistances(), residentStatus: s.engine.residentStatus(), edges: s.engine.edgeDistances(), nodes: s.engine.nodeDistances() };
        return { result: r, transfer: [r.residents.buffer, r.residentStatus.buffer, r.edges.buffer, r.nodes.buffer] };
      }
      case "gainedResidents": {
        const ids = s.engine.gainedResidents();
        return { result: ids, transfer: [ids.buffer] };
      }
      case "shortlist": {
        const candidates = toPlaces(req.candidates);
        const every = Math.max(1, Math.floor(candidates.length / 100));
        const list = s.engine.shortlist(candidates, (done, total) => { if (done % every === 0 || done === total) progress({ phase: "shortlist", done, total }); });
        return { result: list, transfer: [] };
      }
      case "scenario":
        return { result: scenario(s.engine, req.places, req.exclude ?? []), transfer: [] };
    }
    throw new Error(`coverage worker: unknown request ${(req as { type: string }).type}`);
  };

  port.onmessage = (event) => {
    const { id, request } = event.data as RequestEnvelope;
    try {
      const { result, transfer } = handle(id, request);
      port.postMessage({ id, ok: true, result } satisfies ResponseEnvelope, transfer);
    } catch (err) {
      const key = err instanceof MissingLayerError ? err.key : undefined;
      port.postMessage({ id, ok: false, error: { message: err instanceof Error ? err.message : String(err), ...(key ? { key } : {}) } } satisfies ResponseEnvelope);
    }
  };
}

// Inside a real (module) worker: attach to the worker's global scope.
declare const WorkerGlobalScope: { new (): unknown } | undefined;
if (typeof WorkerGlobalScope !== "undefined" && typeof self !== "undefined" && self instanceof WorkerGlobalScope) {
  attachCoverageWorker(self as unknown as MessagePortLike);
}
