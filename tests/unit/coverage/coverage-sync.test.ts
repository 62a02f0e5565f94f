import type { FeatureCollection } from "geojson";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCoverage } from "../../../src/analysis/run";
import { engineOptionsFor } from "../../../src/analysis/analysis-plan";
import { TRY_PLACE_ID, planOf, syncStoreToCoverage } from "../../../src/coverage/coverage-sync";
import { loadDemoFiles, type DemoFileId } from "../../../src/data/demo-layers";
import { demoDataset } from "../../../src/data/load-demo";
import { demoStudyArea } from "../../../src/data/demo-study-area";
import { createAppStore, type AppStore } from "../../../src/state/store";
import type { AppState, PlaceCollection } from "../../../src/state/types";
import { createCoverageClientWithPort } from "../../../src/worker/coverage-client";
import { attachCoverageWorker } from "../../../src/worker/coverage.worker";
import { createInProcessPair } from "../../../src/worker/in-process-port";
import type { RequestEnvelope, WireLayer } from "../../../src/worker/coverage-protocol";
import { decodeFeatures, encodeFeatures } from "../../../src/data/dataset-bytes";
import { addProposal, createProposal } from "../../../src/proposals";

let demo: Record<DemoFileId, FeatureCollection>;
beforeAll(async () => {
  demo = await loadDemoFiles();
});

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

/** A store wired to the REAL worker code through an in-process port; `requests` lists what the worker was asked. */
function wiredStore(): { store: AppStore; requests: string[]; sent: RequestEnvelope["request"][] } {
  const store = createAppStore();
  const pair = createInProcessPair();
  attachCoverageWorker(pair.worker);
  const requests: string[] = [];
  const sent: RequestEnvelope["request"][] = [];
  const post = pair.client.postMessage.bind(pair.client);
  pair.client.postMessage = (message: unknown, transfer?: Transferable[]) => {
    requests.push((message as RequestEnvelope).request.type);
    sent.push((message as RequestEnvelope).request);
    post(message, transfer);
  };
  const client = createCoverageClientWithPort(pair.client);
  const unsubscribe = syncStoreToCoverage(store, client);
  stop = () => {
    unsubscribe();
    client.terminate();
  };
  return { store, requests, sent };
}

/** The demo's datasets, as main.tsx adds them. */
const demoDatasets = () => [
  ...(["meeting", "squares", "green", "vacant", "benches"] as const).map((id) => demoDataset(id, demo[id] as PlaceCollection)),
  demoDataset("network", demo.streets as PlaceCollection),
  demoDataset("residents", demo.residents as PlaceCollection),
  demoDataset("area", demoStudyArea(demo.area) as PlaceCollection),
];

function demoStore(): AppStore {
  const { store } = wiredStore();
  store.getState().addDatasets(demoDatasets());
  return store;
}

function until(store: AppStore, ok: (s: AppState) => boolean, what: string): Promise<AppState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 20_000);
    const check = (s: AppState) => {
      if (!ok(s)) return false;
      clearTimeout(timer);
      unsub();
      resolve(s);
      return true;
    };
    const unsub = store.subscribe((s) => void check(s));
    check(store.getState());
  });
}

/** The same analysis straight through the plan and the engine, without store or worker (as the CLI runs it). */
function direct(state: AppState, limitM: number) {
  const plan = planOf(state);
  return runCoverage({ network: plan.network, residents: plan.residents, buildings: plan.buildings, places: plan.places, area: plan.area }, engineOptionsFor(limitM));
}

describe("store ↔ coverage worker", () => {
  it("runs the demo and shows the same figures, gaps and curve as the engine itself", async () => {
    const store = demoStore();
    const s = await until(store, (x) => x.coverage.status === "ready" && !!x.coverage.reachCurve && !!x.coverage.shortlist, "a full run");
    const { summary } = direct(s, 400);
    expect(s.coverage.figures?.withinReach).toBe(summary.withinReach);
    expect(s.coverage.figures?.residentsTotal).toBe(summary.residentsTotal);
    expect(s.coverage.figures?.residentsTotal).toBe(demo.residents.features.reduce((a, f) => a + Number(f.properties?.residents), 0));
    expect(s.coverage.gapList?.map((g) => [g.id, g.residents])).toEqual(summary.gaps.map((g) => [g.id, g.residents]));
    expect(s.coverage.gaps?.features.length).toBe(summary.gaps.length);
    // Every routing edge has a drawn segment and a distance.
    expect(s.coverage.segments?.count).toBe(s.coverage.edgeDistances?.length);
    expect(decodeFeatures(s.coverage.segments!.json).features.map((f) => f.id)).toEqual([...s.coverage.edgeDistances!.keys()]);
    const curve = s.coverage.reachCurve!;
    expect(curve.find((p) => p.distanceM === 400)?.share).toBeCloseTo(summary.share, 10);
    for (let i = 1; i < curve.length; i++) expect(curve[i].share).toBeGreaterThanOrEqual(curve[i - 1].share);
    // The shortlist is ranked and names real candidates.
    const shortlist = s.coverage.shortlist!;
    expect(shortlist.length).toBeGreaterThan(0);
    for (let i = 1; i < shortlist.length; i++) expect(shortlist[i].gained).toBeLessThanOrEqual(shortlist[i - 1].gained);
    expect(shortlist[0].gained).toBeGreaterThan(0);
  });

  it("answers a trial place with exactly the engine's gain, and forgets it when removed", async () => {
    const store = demoStore();
    const s = await until(store, (x) => x.coverage.status === "ready" && !!x.coverage.gapList, "a full run");
    const biggest = s.coverage.gapList![0];
    const at: [number, number] = [(biggest.bbox[0] + biggest.bbox[2]) / 2, (biggest.bbox[1] + biggest.bbox[3]) / 2];
    store.getState().setTryPlace({ at });
    const after = await until(store, (x) => x.tryPlace?.gained !== undefined, "the trial place's gain");

    const { engine } = direct(s, 400);
    const expected = engine.addPlace({ id: TRY_PLACE_ID, geometry: { type: "Point", coordinates: at } });
    expect(after.tryPlace!.gained).toBe(expected.gained);
    expect(after.tryPlace!.gained).toBeGreaterThan(0);
    expect(after.tryPlace!.figures?.withinReach).toBe(expected.figures.withinReach);

    // Move it: the figures follow the engine's move.
    const to: [number, number] = [at[0] + 0.002, at[1] - 0.001];
    store.getState().updateTryPlace({ at: to });
    const moved = await until(store, (x) => x.tryPlace?.figures?.withinReach === engine.movePlace(TRY_PLACE_ID, to).figures.withinReach, "the moved place");
    expect(moved.tryPlace!.at).toEqual(to);

    const edgesBefore = Float32Array.from(moved.coverage.edgeDistances!);
    store.getState().setTryPlace(null);
    const removed = await until(store, (x) => x.coverage.edgeVersion > moved.coverage.edgeVersion, "the removal");
    // Removing the trial place gives back the baseline edge distances.
    const baselineEdges = direct(s, 400).engine.edgeDistances();
    expect(Array.from(removed.coverage.edgeDistances!)).toEqual(Array.from(baselineEdges));
    expect(Array.from(edgesBefore)).not.toEqual(Array.from(baselineEdges));
  });

  it("reruns when the limit or the chosen place layers change", async () => {
    const store = demoStore();
    await until(store, (x) => x.coverage.status === "ready", "a full run");
    store.getState().setCoverageSettings({ limitM: 800 });
    const wider = await until(store, (x) => x.coverage.status === "ready" && x.coverage.figures?.limitM === 800, "the 800 m run");
    expect(wider.coverage.figures?.withinReach).toBe(direct(wider, 800).summary.withinReach);

    store.getState().setCoverageSettings({ placeLayers: { meeting: true, squares: true, green: true, benches: true } });
    const more = await until(store, (x) => x.coverage.status === "ready" && x.coverage.figures?.places !== wider.coverage.figures?.places, "the run with more places");
    expect(more.coverage.figures?.places).toBe(demo.meeting.features.length + demo.squares.features.length + demo.green.features.length + demo.benches.features.length);
    expect(more.coverage.figures?.withinReach).toBe(direct(more, 800).summary.withinReach);
    expect(more.coverage.figures!.withinReach).toBeGreaterThanOrEqual(wider.coverage.figures!.withinReach);
  });

  it("gives each proposal its own gain and the figures with all proposals realised", async () => {
    const store = demoStore();
    const s = await until(store, (x) => x.coverage.status === "ready" && !!x.coverage.gapList, "a full run");
    const [g1, g2] = s.coverage.gapList!;
    const centre = (b: number[]): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
    const a = createProposal({ name: "Taalcafé", location: centre(g1.bbox) }, new Date(0), "a");
    const b = createProposal({ name: "Samentuin", location: centre(g2.bbox) }, new Date(0), "b");
    expect(store.getState().runProposalCommand(addProposal(a))).toEqual([]);
    expect(store.getState().runProposalCommand(addProposal(b))).toEqual([]);
    const after = await until(store, (x) => Object.keys(x.proposalGains ?? {}).length === 2 && x.proposalsScenario !== null, "the proposals' gains");

    const { engine } = direct(s, 400);
    const own = engine.shortlist([
      { id: "a", geometry: a.location },
      { id: "b", geometry: b.location },
    ]);
    expect(after.proposalGains).toEqual(Object.fromEntries(own.map((e) => [e.id, e.gained])));
    expect(after.proposalGainMinutes).toBe(5);
    engine.addPlace({ id: "a", geometry: a.location });
    const both = engine.addPlace({ id: "b", geometry: b.location });
    const scenario = after.proposalsScenario!;
    expect(scenario.figures.withinReach).toBe(both.figures.withinReach);
    expect(scenario.gained).toBe(both.figures.withinReach - after.coverage.figures!.withinReach);
    expect(scenario.gained).toBeGreaterThan(0);
    expect(scenario.gaps!.features.length).toBeGreaterThan(0);
    // The baseline figures are untouched by the scenario.
    expect(after.coverage.figures!.withinReach).toBe(s.coverage.figures!.withinReach);
  });

  it("falls back to straight-line distance, flagged, when the network is taken away", async () => {
    const store = demoStore();
    const network = await until(store, (x) => x.coverage.status === "ready" && x.coverage.figures?.mode === "network", "a network run");
    store.getState().removeDataset("demo-network");
    const straight = await until(store, (x) => x.coverage.status === "ready" && x.coverage.figures?.mode === "straight-line", "a straight-line run");
    expect(straight.coverage.warnings?.map((w) => w.key)).toContain("analysis.warning.noNetwork");
    // As the crow flies is never farther than walking: at least as many residents are "within reach".
    expect(straight.coverage.figures!.withinReach).toBeGreaterThanOrEqual(network.coverage.figures!.withinReach);
    expect(straight.coverage.segments).toBeUndefined();
  });

  it("analyses a multi-layer import once, after all its layers are in, and never shows the demo beside it", async () => {
    const { store, requests } = wiredStore();
    store.getState().addDatasets(demoDatasets());
    const first = await until(store, (x) => x.coverage.status === "ready" && !!x.coverage.shortlist, "the demo's run");
    expect(requests.filter((r) => r === "analyse" || r === "init")).toEqual(["analyse"]);
    // An OSM file arrives as several datasets, added one by one in one task (as the import flow does).
    const far = (f: FeatureCollection, dx: number): PlaceCollection => JSON.parse(JSON.stringify(f).replace(/\[(\d+\.\d+),/g, (_, lon: string) => `[${(Number(lon) + dx).toFixed(7)},`));
    const own = (kind: "network" | "meeting" | "green", fc: FeatureCollection) => ({ ...demoDataset(kind, far(fc, 0.5)), id: `own-${kind}`, name: "eigen", sourceFile: "eigen.osm.pbf", origin: "osm" as const });
    requests.length = 0;
    store.getState().addDatasets([own("network", demo.streets)]);
    store.getState().addDatasets([own("meeting", demo.meeting)]);
    store.getState().addDatasets([own("green", demo.green)]);
    const after = await until(store, (x) => x.coverage.status === "ready" && x.coverage.demoIgnored === true && !!x.coverage.shortlist, "the run on the planner's data");
    expect(requests.filter((r) => r === "analyse" || r === "init" || r === "setPlaces")).toEqual(["analyse"]);
    // No residents of the planner's: no demo residents either, and it says so.
    expect(after.coverage.residentsSource).toBe("none");
    expect(after.coverage.figures?.residentsTotal).toBe(0);
    expect(after.coverage.figures?.places).toBe(demo.meeting.features.length + demo.green.features.length);
    expect(after.coverage.sources?.every((s) => s.name === "eigen.osm.pbf")).toBe(true);
    expect(after.coverage.shortlist).toEqual([]);
    expect(first.coverage.figures!.residentsTotal).toBeGreaterThan(0);
  });

  it("clears every figure when the last data is removed, and starts again when data comes back", async () => {
    const store = demoStore();
    await until(store, (x) => x.coverage.status === "ready" && !!x.coverage.gaps, "the demo's run");
    store.getState().removeDemo();
    const empty = await until(store, (x) => x.coverage.status === "idle", "the cleared panel");
    expect(empty.coverage.figures).toBeUndefined();
    expect(empty.coverage.gaps).toBeUndefined();
    expect(empty.coverage.shortlist).toBeUndefined();
    expect(empty.coverage.segments).toBeUndefined();
  });

  it("sends each dataset's features to the worker once, as the import worker's bytes where there are any, with the same figures", async () => {
    const { store, sent } = wiredStore();
    // The network comes as an import would give it: with its bytes; the rest as objects (the demo).
    const withBytes = demoDatasets().map((d) => (d.kind === "network" ? { ...d, encoded: encodeFeatures(d.features) } : d));
    store.getState().addDatasets(withBytes);
    const first = await until(store, (x) => x.coverage.status === "ready" && !!x.coverage.shortlist, "the first run");
    const firstRun = sent.filter((r) => r.type === "analyse") as { layers: WireLayer[] }[];
    expect(firstRun).toHaveLength(1);
    const net = firstRun[0]!.layers.find((l) => l.kind === "network")!;
    expect(net.encoded).toBeInstanceOf(Uint8Array);
    expect(net.features).toBeUndefined();
    expect(firstRun[0]!.layers.filter((l) => l.kind !== "network").every((l) => !!l.features && !l.encoded)).toBe(true);

    expect(first.coverage.figures!.withinReach).toBe(direct(first, 400).summary.withinReach);

    // More residents: a second full run, which carries only the new dataset's features.
    const residents = withBytes.find((d) => d.kind === "residents")!;
    store.getState().addDatasets([{ ...residents, id: "demo-residents-2", features: { ...residents.features }, encoded: encodeFeatures(residents.features) }]);
    const second = await until(store, (x) => x.coverage.status === "ready" && !!x.coverage.shortlist && x.coverage.figures!.residentsTotal > first.coverage.figures!.residentsTotal, "the second run");
    const secondRun = (sent.filter((r) => r.type === "analyse") as { layers: WireLayer[] }[]).at(-1)!;
    expect(secondRun.layers.filter((l) => l.features || l.encoded).map((l) => l.id)).toEqual(["demo-residents-2"]);
    // What the worker decoded and kept gives the figures the objects give.
    const { summary } = direct(second, 400);
    expect(second.coverage.figures!.residentsTotal).toBe(summary.residentsTotal);
    expect(second.coverage.figures!.withinReach).toBe(summary.withinReach);
    expect(second.coverage.figures!.residentsTotal).toBeCloseTo(2 * first.coverage.figures!.residentsTotal, 6);
  });

  it("waits while datasets are still loading, then runs once", async () => {
    const { store, requests } = wiredStore();
    store.getState().beginDatasetsLoading();
    store.getState().addDatasets(demoDatasets().slice(0, 5));
    await new Promise((r) => setTimeout(r, 50));
    expect(requests).toEqual([]);
    store.getState().addDatasets(demoDatasets().slice(5));
    store.getState().endDatasetsLoading();
    await until(store, (x) => x.coverage.status === "ready" && !!x.coverage.shortlist, "the run after loading");
    expect(requests.filter((r) => r === "analyse" || r === "init" || r === "setPlaces")).toEqual(["analyse"]);
  });
});
