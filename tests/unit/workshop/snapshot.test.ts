import { describe, expect, it } from "vitest";
import { createProposal } from "../../../src/proposals";
import { createAppStore } from "../../../src/state/store";
import { encodeSnapshot, mirrorPatch } from "../../../src/sync/snapshot";
import { parseSnapshot } from "../../../src/sync/snapshot-schema";
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
    expect(parseSnapshot(snap)).toEqual(snap);
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
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot({ v: 2 })).toBeNull();
    expect(parseSnapshot("hello")).toBeNull();
  });

  const valid = () => overTheWire(encodeSnapshot(facilitatorWithWork().getState())) as unknown as Record<string, unknown>;
  const deep = (depth: number): unknown => (depth === 0 ? {} : { a: deep(depth - 1) });
  it.each<[string, (s: Record<string, unknown>) => void]>([
    ["view is null", (s) => (s.view = null)],
    ["the centre is off the earth", (s) => (s.view = { center: [500, 52], zoom: 15 })],
    ["zoom is text", (s) => (s.view = { center: [3, 52], zoom: "15" })],
    ["a layer flag is missing", (s) => (s.visible = { meeting: true })],
    ["the step is unknown", (s) => (s.workshopStep = "hack")],
    ["the selection names no layer", (s) => (s.selected = { layer: "__proto__", id: "x" })],
    ["proposals is an array", (s) => (s.proposals = [1, 2])],
    ["a proposal has no name", (s) => (s.proposals = { p1: { id: "p1" } })],
    ["a proposal sits under another id", (s) => (s.proposals = { other: (s.proposals as Record<string, unknown>).p1 })],
    ["a proposal id is constructor but the record is Object", (s) => (s.proposals = { constructor: {} })],
    ["the language is unknown", (s) => (s.language = "xx")],
    ["settings are nested a thousand deep", (s) => (s.coverageSettings = deep(1000))],
    ["the trial place is text", (s) => (s.tryPlaceAt = "here")],
    ["the dragged proposal has a hostile id", (s) => (s.proposalDrag = { id: "<img>", location: [3, 52] })],
  ])("ignores a snapshot where %s, and the next valid one applies", (_name, spoil) => {
    const bad = valid();
    spoil(bad);
    expect(parseSnapshot(bad)).toBeNull();
    const good = parseSnapshot(valid());
    expect(good && Object.keys(good.proposals)).toEqual(["p1"]);
  });

  it("keeps proposals with JavaScript names as ids", () => {
    const s = valid();
    const p1 = (s.proposals as Record<string, Record<string, unknown>>).p1;
    // Written as JSON text: a JSON "__proto__" member is an own member, as a structured clone carries it.
    s.proposals = JSON.parse(`{"constructor": ${JSON.stringify({ ...p1, id: "constructor" })}, "__proto__": ${JSON.stringify({ ...p1, id: "__proto__" })}}`);
    const parsed = parseSnapshot(s);
    expect(parsed && Object.keys(parsed.proposals).sort()).toEqual(["__proto__", "constructor"]);
    expect(parsed && Object.getPrototypeOf(parsed.proposals)).toBeNull();
  });
});
