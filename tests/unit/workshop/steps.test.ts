import { describe, expect, it } from "vitest";
import { goToStep, STEP_ORDER, STEPS, stepAfter, stepForKey, stepPatch } from "../../../src/app/workshop/steps";
import { LAYER_IDS } from "../../../src/layers/definitions";
import { createAppStore } from "../../../src/state/store";

describe("workshop steps as data", () => {
  it("turns each step into the layers, coverage and view it names", () => {
    for (const id of STEP_ORDER) {
      const step = STEPS[id];
      const patch = stepPatch(step);
      expect(patch.workshopStep).toBe(id);
      expect(patch.showCoverage).toBe(step.coverage);
      expect(LAYER_IDS.filter((l) => patch.visible[l])).toEqual(LAYER_IDS.filter((l) => step.layers.includes(l)));
      expect("view" in patch).toBe(false);
    }
    const withView = stepPatch({ ...STEPS.gaps, view: { center: [3.01, 52.11], zoom: 16 } });
    expect(withView.view).toEqual({ center: [3.01, 52.11], zoom: 16 });
  });

  it("walks the steps in order with arrows and jumps with number keys, held at both ends", () => {
    expect(STEP_ORDER).toEqual(["situation", "gaps", "proposals", "support"]);
    expect(stepAfter(null, 1)).toBe("situation");
    expect(stepForKey("situation", "ArrowRight")).toBe("gaps");
    expect(stepForKey("support", "ArrowRight")).toBe("support");
    expect(stepForKey("situation", "ArrowLeft")).toBe("situation");
    expect(stepForKey("proposals", "PageUp")).toBe("gaps");
    expect(["1", "2", "3", "4"].map((k) => stepForKey(null, k))).toEqual(STEP_ORDER);
    expect(stepForKey("gaps", "5")).toBeNull();
    expect(stepForKey("gaps", "0")).toBeNull();
    expect(stepForKey("gaps", "a")).toBeNull();
  });

  it("mirrors the arrows right to left, as the step bar is; PageDown and PageUp stay as they are", () => {
    expect(stepForKey("situation", "ArrowLeft", "rtl")).toBe("gaps");
    expect(stepForKey("gaps", "ArrowRight", "rtl")).toBe("situation");
    expect(stepForKey("support", "ArrowLeft", "rtl")).toBe("support");
    expect(stepForKey("situation", "PageDown", "rtl")).toBe("gaps");
    expect(stepForKey("gaps", "PageUp", "rtl")).toBe("situation");
    expect(stepForKey("gaps", "3", "rtl")).toBe("proposals");
    expect(stepForKey("situation", "ArrowRight", "ltr")).toBe("gaps");
  });

  it("changes the store when a step is entered, and only what the step names", () => {
    const store = createAppStore();
    const before = store.getState();
    goToStep(store, "gaps");
    const s = store.getState();
    expect(s.workshopStep).toBe("gaps");
    expect(s.showCoverage).toBe(true);
    expect(s.visible).toEqual({ meeting: true, squares: false, green: false, vacant: false, benches: false });
    expect(s.view).toBe(before.view);
    goToStep(store, "situation");
    expect(store.getState().showCoverage).toBe(false);
    expect(store.getState().visible.benches).toBe(true);
  });
});
