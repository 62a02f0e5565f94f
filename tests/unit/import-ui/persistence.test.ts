import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { diffDatasets, startDatasetPersistence } from "../../../src/data/datasets-persistence";
import { demoDataset } from "../../../src/data/load-demo";
import type { Dataset } from "../../../src/state/slices/datasets";
import { createAppStore } from "../../../src/state/store";

const fc = (n: number) => ({ type: "FeatureCollection" as const, features: Array.from({ length: n }, (_, i) => ({ type: "Feature" as const, properties: { id: `f${i}` }, geometry: { type: "Point" as const, coordinates: [4, 51] } })) });
const dataset = (id: string, n = 2): Dataset => ({ id, name: id, sourceFile: `${id}.geojson`, kind: "benches", features: fc(n), crs: "EPSG:4326", origin: "file", hidden: false });
const settle = () => new Promise((r) => setTimeout(r, 50));

describe("dataset persistence", () => {
  it("diffs what to write: new and changed planner datasets, removed ones, never the demo", () => {
    const a = dataset("a");
    const b = dataset("b");
    const demo = demoDataset("benches", fc(1));
    const hiddenB = { ...b, hidden: true };
    expect(diffDatasets([demo, a, b], [demo, hiddenB])).toEqual({ put: [hiddenB], remove: ["a"] });
    expect(diffDatasets([], [demo])).toEqual({ put: [], remove: [] });
  });

  it("remembers datasets and the demo's removal across reloads, and forgets removed ones", async () => {
    const first = createAppStore();
    first.getState().addDatasets([demoDataset("benches", fc(1))]);
    const stop = await startDatasetPersistence(first);
    first.getState().addDatasets([dataset("kept"), dataset("gone")]);
    first.getState().removeDataset("gone");
    first.getState().removeDemo();
    await settle();
    stop();

    const again = createAppStore();
    again.getState().addDatasets([demoDataset("benches", fc(1))]);
    const stop2 = await startDatasetPersistence(again);
    expect(again.getState().datasets.map((d) => d.id)).toEqual(["kept"]);
    expect(again.getState().demoRemoved).toBe(true);
    expect(again.getState().layerData.benches.features).toHaveLength(2);
    stop2();
  });
});
