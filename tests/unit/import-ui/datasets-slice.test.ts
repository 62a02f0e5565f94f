import { describe, expect, it } from "vitest";
import { demoDataset } from "../../../src/data/load-demo";
import { LAYER_IDS } from "../../../src/layers/definitions";
import type { Dataset } from "../../../src/state/slices/datasets";
import { planOf } from "../../../src/coverage/coverage-sync";
import { createAppStore } from "../../../src/state/store";
import type { PlaceCollection } from "../../../src/state/types";

const points = (prefix: string, n: number): PlaceCollection => ({
  type: "FeatureCollection",
  features: Array.from({ length: n }, (_, i) => ({ type: "Feature", properties: { id: `${prefix}:${i}` }, geometry: { type: "Point", coordinates: [4 + i * 0.001, 51] } })),
});

const dataset = (id: string, kind: Dataset["kind"], n: number, extra: Partial<Dataset> = {}): Dataset => ({
  id, name: id, sourceFile: `${id}.geojson`, kind, features: points(id, n), crs: "EPSG:4326", origin: "file", hidden: false, ...extra,
});

function storeWithDemo() {
  const store = createAppStore();
  store.getState().addDatasets([
    ...LAYER_IDS.map((id) => demoDataset(id, points(`demo-${id}`, 2))),
    demoDataset("network", points("demo-net", 3)),
    demoDataset("residents", points("demo-res", 4)),
    demoDataset("area", points("demo-area", 1)),
  ]);
  return store;
}

describe("datasets slice", () => {
  it("shows the union of a layer's visible datasets, and keeps untouched layers' objects", () => {
    const store = storeWithDemo();
    const greenBefore = store.getState().layerData.green;
    store.getState().addDatasets([dataset("mine", "benches", 3)]);
    expect(store.getState().layerData.benches.features).toHaveLength(5);
    expect(store.getState().layerData.green).toBe(greenBefore);
    store.getState().setDatasetHidden("mine", true);
    expect(store.getState().layerData.benches.features).toHaveLength(2);
    store.getState().setDatasetHidden("mine", false);
    store.getState().removeDataset("mine");
    expect(store.getState().layerData.benches.features.map((f) => f.properties.id)).toEqual(["demo-benches:0", "demo-benches:1"]);
  });

  it("removing the demo leaves only the planner's data, and a late demo chunk stays out", () => {
    const store = storeWithDemo();
    store.getState().addDatasets([dataset("mine", "benches", 3)]);
    store.getState().removeDemo();
    const s = store.getState();
    expect(s.layerData.benches.features).toHaveLength(3);
    expect(s.layerData.meeting.features).toHaveLength(0);
    expect(s.demoRemoved).toBe(true);
    store.getState().addDatasets([demoDataset("network", points("demo-net", 3))]);
    expect(store.getState().datasets.some((d) => d.origin === "demo")).toBe(false);
  });

  it("the analysis is planned from the datasets: the demo's alone, or the planner's without the demo", () => {
    const store = storeWithDemo();
    let plan = planOf(store.getState());
    expect(plan.network?.features).toHaveLength(3);
    expect(plan.area?.features).toHaveLength(1);
    expect(plan.residents?.features).toHaveLength(4);
    store.getState().addDatasets([dataset("wijken", "residents", 7)]);
    plan = planOf(store.getState());
    expect(plan.residents?.features).toHaveLength(7);
    // Nothing of the demo mixes in: its network, places and study area are all left out.
    expect(plan.network).toBeNull();
    expect(plan.places).toHaveLength(0);
    expect(plan.area).toBeNull();
    expect(plan.demoIgnored).toBe(true);
    store.getState().removeDataset("wijken");
    expect(planOf(store.getState()).residents?.features).toHaveLength(4);
  });

  it("a national residents file keeps the planner's choice of municipalities", () => {
    const store = storeWithDemo();
    store.getState().addDatasets([dataset("land", "residents", 9)]);
    store.getState().setDatasetClip("land", ["GM0363"]);
    expect(store.getState().datasets.find((d) => d.id === "land")?.clip).toEqual(["GM0363"]);
    store.getState().setDatasetClip("land", null);
    expect(store.getState().datasets.find((d) => d.id === "land")).not.toHaveProperty("clip");
  });

  it("context datasets are kept but feed no place layer", () => {
    const store = storeWithDemo();
    const layers = store.getState().layerData;
    store.getState().addDatasets([dataset("gebouwen", "context", 4)]);
    expect(store.getState().layerData).toBe(layers);
    expect(store.getState().datasets.find((d) => d.id === "gebouwen")?.features.features).toHaveLength(4);
  });

  it("replaceDatasets (storage loaded) keeps the bundled demo unless it was removed, and files added meanwhile", () => {
    const store = storeWithDemo();
    store.getState().addDatasets([dataset("early", "benches", 1)]);
    store.getState().replaceDatasets([dataset("stored", "meeting", 2)], false);
    expect(store.getState().datasets.map((d) => d.id)).toEqual(expect.arrayContaining(["demo-benches", "early", "stored"]));
    store.getState().replaceDatasets([dataset("stored", "meeting", 2)], true);
    expect(store.getState().datasets.map((d) => d.id).sort()).toEqual(["early", "stored"]);
    expect(store.getState().layerData.meeting.features).toHaveLength(2);
  });
});
