// Leaving presentation mode gives the planner back the layers they had before it.
import { describe, expect, it } from "vitest";
import { restoreLayersAfterPresenting } from "../../../src/app/workshop/start-workshop";
import { goToStep } from "../../../src/app/workshop/steps";
import { createAppStore } from "../../../src/state/store";

function plannersStore() {
  const store = createAppStore();
  restoreLayersAfterPresenting(store);
  const s = store.getState();
  s.setVisible("meeting", false);
  s.setVisible("vacant", false);
  s.setShowCoverage(false);
  return store;
}

describe("presentation mode and the planner's layers", () => {
  it("restores visibility and coverage after the steps changed them", () => {
    const store = plannersStore();
    const before = store.getState().visible;
    store.getState().setPresenting(true);
    goToStep(store, "gaps");
    expect(store.getState().visible.meeting).toBe(true);
    expect(store.getState().showCoverage).toBe(true);
    goToStep(store, "proposals");
    store.getState().toggleLayer("benches");
    store.getState().setPresenting(false);
    expect(store.getState().visible).toEqual(before);
    expect(store.getState().showCoverage).toBe(false);
    // The step is remembered for the next presentation.
    expect(store.getState().workshopStep).toBe("proposals");
  });

  it("keeps what the planner does after presenting, and restores each presentation separately", () => {
    const store = plannersStore();
    store.getState().setPresenting(true);
    goToStep(store, "support");
    store.getState().setPresenting(false);
    store.getState().setVisible("green", false);
    const second = store.getState().visible;
    store.getState().setPresenting(true);
    goToStep(store, "situation");
    store.getState().setPresenting(false);
    expect(store.getState().visible).toEqual(second);
  });

  it("leaves the projector's mirrored layers alone", () => {
    const store = createAppStore();
    restoreLayersAfterPresenting(store);
    store.getState().setScreenRole("projector");
    store.getState().setPresenting(true);
    goToStep(store, "gaps");
    const mirrored = store.getState().visible;
    store.getState().setPresenting(false);
    expect(store.getState().visible).toBe(mirrored);
  });
});
