import { describe, expect, it } from "vitest";
import { LAYER_IDS } from "../../../src/layers/definitions";
import { selectLayerCount, selectSelectedFeature } from "../../../src/state/selectors";
import { createAppStore } from "../../../src/state/store";
import type { PlaceCollection } from "../../../src/state/types";

const fc = (...ids: string[]): PlaceCollection => ({
  type: "FeatureCollection",
  features: ids.map((id) => ({ type: "Feature", properties: { id, name: `n-${id}` }, geometry: { type: "Point", coordinates: [3, 52.1] } })),
});

describe("the app store", () => {
  it("starts with every layer visible and empty, unless told otherwise", () => {
    const store = createAppStore({ visible: { benches: false } });
    const s = store.getState();
    expect(LAYER_IDS.filter((id) => s.visible[id])).toEqual(["meeting", "squares", "green", "vacant"]);
    for (const id of LAYER_IDS) expect(selectLayerCount(id)(s)).toBe(0);
    expect(s.language).toBe("nl");
  });

  it("gives every store its own state", () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().toggleLayer("green");
    expect(a.getState().visible.green).toBe(false);
    expect(b.getState().visible.green).toBe(true);
  });

  it("sets layer data without touching the other layers' objects", () => {
    const store = createAppStore();
    const before = store.getState().layerData;
    store.getState().setLayerData("benches", fc("b1", "b2"));
    const after = store.getState().layerData;
    expect(selectLayerCount("benches")(store.getState())).toBe(2);
    expect(after.meeting).toBe(before.meeting);
    expect(after.benches).not.toBe(before.benches);
  });

  it("selects a feature by reference and finds it in its layer", () => {
    const store = createAppStore();
    store.getState().setLayerData("meeting", fc("m1", "m2"));
    store.getState().select({ layer: "meeting", id: "m2" });
    expect(selectSelectedFeature(store.getState())?.properties.name).toBe("n-m2");
    store.getState().select({ layer: "meeting", id: "gone" });
    expect(selectSelectedFeature(store.getState())).toBeNull();
  });

  it("does not wake subscribers when the hovered feature stays the same", () => {
    const store = createAppStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().setHovered({ layer: "benches", id: "b1" });
    store.getState().setHovered({ layer: "benches", id: "b1" });
    store.getState().setHovered(null);
    store.getState().setHovered(null);
    expect(calls).toBe(2);
  });

  it("numbers fit requests so that the same bounds twice are two requests", () => {
    const store = createAppStore();
    store.getState().requestFit([0, 0, 1, 1]);
    const first = store.getState().fitRequest;
    store.getState().requestFit([0, 0, 1, 1]);
    expect(store.getState().fitRequest).not.toBe(first);
    expect(store.getState().fitRequest?.seq).toBe(2);
  });
});
