import { describe, expect, it } from "vitest";
import { STATUSES } from "../../../src/proposals";
import {
  PROPOSAL_ICON_LAYER, cursorCollection, proposalCollection, proposalImages, proposalInputs, proposalStyleLayers, sameInputs,
} from "../../../src/map/proposals-layer";
import { proposal, storeWith } from "./helpers";

describe("proposals state → map data", () => {
  it("draws every proposal with its name and status, the selected one flagged, a dragged one where it is dragged", () => {
    const store = storeWith(proposal("a", { status: "trial" }), proposal("b", { name: "<img src=x onerror=alert(1)>" }));
    store.getState().selectProposal("a");
    store.getState().setProposalDrag({ id: "b", location: [3.02, 52.12] });
    const fc = proposalCollection(proposalInputs(store.getState()));
    expect(fc.features.map((f) => [f.properties, f.geometry.coordinates])).toEqual([
      [{ id: "a", name: "Plek a", status: "trial", selected: true, pending: false }, [3.0, 52.1]],
      [{ id: "b", name: "<img src=x onerror=alert(1)>", status: "idea", selected: false, pending: false }, [3.02, 52.12]],
    ]);
  });

  it("adds a share link's proposals as pending until they are accepted", () => {
    const store = storeWith(proposal("a"));
    store.getState().setIncomingShare([proposal("z")]);
    const fc = proposalCollection(proposalInputs(store.getState()));
    expect(fc.features.map((f) => [f.properties.id, f.properties.pending])).toEqual([["a", false], ["z", true]]);
  });

  it("re-sends data only when an input changed", () => {
    const store = storeWith(proposal("a"));
    const before = proposalInputs(store.getState());
    store.getState().setProposalSort("support");
    expect(sameInputs(before, proposalInputs(store.getState()))).toBe(true);
    store.getState().selectProposal("a");
    expect(sameInputs(before, proposalInputs(store.getState()))).toBe(false);
  });

  it("shows the crosshair while proposing and the draft's place while its form is open", () => {
    const store = storeWith();
    expect(cursorCollection(store.getState()).features).toEqual([]);
    store.getState().setInteractionMode("propose");
    expect(cursorCollection(store.getState()).features.map((f) => [f.properties.kind, f.geometry.coordinates])).toEqual([["crosshair", [3.0, 52.1]]]);
    store.getState().openProposalForm({ kind: "new", location: [3.001, 52.1] });
    expect(cursorCollection(store.getState()).features.map((f) => f.properties.kind)).toEqual(["draft"]);
  });

  it("has one distinct symbol per status, labels as text fields, and the crosshair", () => {
    const images = proposalImages();
    expect(images.map((i) => i.name)).toEqual([...STATUSES.map((s) => `proposal-${s}`), "proposal-crosshair"]);
    const bytes = images.map((i) => Buffer.from(i.image.data).toString("base64"));
    expect(new Set(bytes).size).toBe(images.length);
    for (const { image } of images) expect(image.data.some((v, i) => i % 4 === 3 && v === 255)).toBe(true);
    const icon = proposalStyleLayers().find((l) => l.id === PROPOSAL_ICON_LAYER);
    expect(icon?.type === "symbol" && icon.layout?.["text-field"]).toEqual(["get", "name"]);
  });
});
