import { describe, expect, it } from "vitest";
import { LAYER_IDS, LAYERS } from "../../../src/layers/definitions";
import { rasterHatch, rasterIcon } from "../../../src/map/icons";
import { changedLayers, featureStateChanges, styleVisibility } from "../../../src/map/map-data";
import { fitPadding } from "../../../src/map/sync";
import { allOverlayLayers, interactiveLayerIds, styleLayerIdsOf } from "../../../src/map/overlay-style";
import { createAppStore } from "../../../src/state/store";

describe("state → map data", () => {
  it("hides every style layer of a hidden data layer and nothing else", () => {
    const store = createAppStore();
    store.getState().toggleLayer("vacant");
    const vis = styleVisibility(store.getState().visible);
    for (const id of styleLayerIdsOf("vacant")) expect(vis[id]).toBe("none");
    for (const id of styleLayerIdsOf("green")) expect(vis[id]).toBe("visible");
    expect(Object.keys(vis).sort()).toEqual(allOverlayLayers().map((l) => l.id).sort());
  });

  it("re-sends only the layers whose data changed", () => {
    const store = createAppStore();
    const before = store.getState().layerData;
    store.getState().setLayerData("green", { type: "FeatureCollection", features: [] });
    expect(changedLayers(before, store.getState().layerData)).toEqual(["green"]);
    expect(changedLayers(undefined, before)).toEqual([...LAYER_IDS]);
  });

  it("moves hover and selection flags from the old feature to the new one", () => {
    const a = { layer: "benches" as const, id: "b1" };
    const b = { layer: "meeting" as const, id: "m1" };
    expect(featureStateChanges({ hovered: a, selected: null }, { hovered: b, selected: null })).toEqual([
      { source: "benches", id: "b1", state: { hover: false } },
      { source: "meeting", id: "m1", state: { hover: true } },
    ]);
    expect(featureStateChanges({ hovered: a, selected: b }, { hovered: { ...a }, selected: b })).toEqual([]);
    expect(featureStateChanges({ hovered: null, selected: b }, { hovered: null, selected: null })).toEqual([
      { source: "meeting", id: "m1", state: { selected: false } },
    ]);
  });

  it("makes every data layer clickable through exactly one style layer", () => {
    const ids = interactiveLayerIds();
    for (const id of LAYER_IDS) expect(ids.filter((s) => s.startsWith(`${id}-`))).toHaveLength(1);
  });
});

describe("map symbols", () => {
  it("draws a filled circle: opaque centre, transparent corners, outline in the layer's dark shade", () => {
    const def = LAYERS.meeting;
    const img = rasterIcon("circle", 40, def.color, def.outline, 4);
    const at = (x: number, y: number) => Array.from(img.data.slice((y * 40 + x) * 4, (y * 40 + x) * 4 + 4));
    expect(at(20, 20)).toEqual([0xd5, 0x5e, 0x00, 255]);
    expect(at(0, 0)[3]).toBe(0);
    expect(at(20, 3).slice(0, 3)).toEqual([0x7a, 0x36, 0x00]);
  });

  it("draws a triangle that is narrower at the top than at the bottom", () => {
    const img = rasterIcon("triangle", 40, "#0072B2", "#003d5f");
    const width = (y: number) => Array.from({ length: 40 }, (_, x) => img.data[(y * 40 + x) * 4 + 3]).filter((a) => a > 128).length;
    expect(width(10)).toBeLessThan(width(25));
    expect(width(25)).toBeGreaterThan(0);
  });

  it("hatches a tileable pattern with two alphas", () => {
    const img = rasterHatch(16, "#E69F00");
    const alphas = new Set(Array.from({ length: 256 }, (_, i) => img.data[i * 4 + 3]));
    expect([...alphas].sort()).toEqual([230, 70]);
  });
});

describe("room for the panel when framing features", () => {
  it("keeps fitted features out from under the side panel, the phone's bottom sheet, or neither", () => {
    expect(fitPadding(1280, 800, true).left).toBe(400);
    expect(fitPadding(640, 800, true).left).toBe(320);
    // Right to left (Arabic): the panel, and so the room it needs, is on the right.
    expect(fitPadding(1280, 800, true, true)).toEqual({ top: 48, bottom: 48, left: 48, right: 400 });
    expect(fitPadding(375, 740, true)).toEqual({ top: 24, right: 24, left: 24, bottom: 357 });
    expect(fitPadding(375, 740, false)).toEqual({ top: 48, bottom: 48, right: 48, left: 48 });
  });
});
