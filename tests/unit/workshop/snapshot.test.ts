import { describe, expect, it } from "vitest";
import { createProposal } from "../../../src/proposals";
import { createAppStore } from "../../../src/state/store";
import { encodeSnapshot, isSnapshot, mirrorPatch } from "../../../src/sync/snapshot";
import { applySnapshot } from "../../../src/sync/mirror";
import { goToStep } from "../../../src/app/workshop/steps";

/** Through JSON, as a BroadcastChannel's structured clone would hand it over. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function facilitatorWithWork() {
  const store = createAppStore({ view: { center: [3.0, 52.1], zoom: 15 } });
  const s = store.getState();
  goToStep(store, "proposals");
  s.setView({ center: [3.01, 52.105], zoom: 16.5 });
  s.select({ layer: "meeting", id: "m-3" });
  s.selectGap("gap-2");
  s.setTryPlace({ at: [3.004, 52.101], gained: 40 });
  s.replaceProposals({ p1: createProposal({ location: [3.002, 52.1], name: "Buurtkamer" }, new Date("2026-03-01T10:00:00Z"), "p1") });
  s.selectProposal("p1");
  s.setCoverageSettings({ limitM: 600 });
  return store;
}

describe("second screen snapshot", () => {
  it("carries view, layers, step, focus, trial place and proposals to another store", () => {
    const facilitator = facilitatorWithWork();
    const projector = createAppStore();
    const snap = overTheWire(encodeSnapshot(facilitator.getState()));
    expect(isSnapshot(snap)).toBe(true);
    applySnapshot(projector, snap);
    const p = projector.getState();
    const f = facilitator.getState();
    expect(p.view).toEqual(f.view);
    expect(p.visible).toEqual(f.visible);
    expect(p.workshopStep).toBe("proposals");
    expect(p.showCoverage).toBe(true);
    expect(p.selected).toEqual({ layer: "meeting", id: "m-3" });
    expect(p.selectedGap).toBe("gap-2");
    expect(p.selectedProposal).toBe("p1");
    expect(p.tryPlace?.at).toEqual([3.004, 52.101]);
    expect(p.coverageSettings.limitM).toBe(600);
    expect(p.proposalSession.state.proposals).toEqual(f.proposalSession.state.proposals);
  });

  it("changes nothing when the projector already matches, so its map and worker stay asleep", () => {
    const facilitator = facilitatorWithWork();
    const projector = createAppStore();
    applySnapshot(projector, overTheWire(encodeSnapshot(facilitator.getState())));
    const again = mirrorPatch(projector.getState(), overTheWire(encodeSnapshot(facilitator.getState())));
    expect(again).toEqual({ patch: {} });
  });

  it("sends only what moved, and removes the trial place when the facilitator does", () => {
    const facilitator = facilitatorWithWork();
    const projector = createAppStore();
    applySnapshot(projector, overTheWire(encodeSnapshot(facilitator.getState())));
    facilitator.getState().updateTryPlace({ at: [3.005, 52.102] });
    const moved = mirrorPatch(projector.getState(), overTheWire(encodeSnapshot(facilitator.getState())));
    expect(Object.keys(moved.patch)).toEqual(["tryPlace"]);
    facilitator.getState().setTryPlace(null);
    applySnapshot(projector, overTheWire(encodeSnapshot(facilitator.getState())));
    expect(projector.getState().tryPlace).toBeNull();
  });

  it("refuses messages that are not snapshots of this version", () => {
    expect(isSnapshot(null)).toBe(false);
    expect(isSnapshot({ v: 2 })).toBe(false);
    expect(isSnapshot("hello")).toBe(false);
  });
});
