import { describe, expect, it } from "vitest";
import { addProposal, deleteProposal, moveProposal, supportProposal, updateProposal } from "../../../src/proposals";
import { selectCanRedo, selectCanUndo, selectProposalMap, selectSelectedProposal } from "../../../src/state/slices/proposals";
import { proposal, storeWith, T0 } from "./helpers";

const T1 = new Date("2026-03-02T10:00:00.000Z");

describe("the proposals slice", () => {
  it("adds, moves, deletes, and undoes and redoes each step through the library's history", () => {
    const store = storeWith();
    const a = proposal("a");
    const { runProposalCommand, undoProposal, redoProposal } = store.getState();
    expect(runProposalCommand(addProposal(a))).toEqual([]);
    expect(runProposalCommand(moveProposal("a", { type: "Point", coordinates: [3.01, 52.11] }, null, T1))).toEqual([]);
    expect(selectProposalMap(store.getState()).a.location.coordinates).toEqual([3.01, 52.11]);
    expect(runProposalCommand(deleteProposal("a"))).toEqual([]);
    expect(selectProposalMap(store.getState())).toEqual({});

    expect(undoProposal()).toBe(true);
    expect(selectProposalMap(store.getState()).a.location.coordinates).toEqual([3.01, 52.11]);
    expect(undoProposal()).toBe(true);
    expect(selectProposalMap(store.getState()).a).toEqual(a);
    expect(undoProposal()).toBe(true);
    expect(selectProposalMap(store.getState())).toEqual({});
    expect(undoProposal()).toBe(false);
    expect(selectCanUndo(store.getState())).toBe(false);

    expect(redoProposal()).toBe(true);
    expect(redoProposal()).toBe(true);
    expect(selectProposalMap(store.getState()).a.location.coordinates).toEqual([3.01, 52.11]);
    expect(selectCanRedo(store.getState())).toBe(true);
  });

  it("returns the library's issues for a refused command and leaves the state alone", () => {
    const store = storeWith(proposal("a"));
    const before = store.getState().proposalSession;
    const issues = store.getState().runProposalCommand(updateProposal("a", { name: "  " }, T1));
    expect(issues.map((i) => [i.field, i.key])).toEqual([["name", "proposals.validation.nameRequired"]]);
    expect(store.getState().runProposalCommand(addProposal(proposal("a")))[0].key).toBe("proposals.command.duplicateId");
    expect(store.getState().proposalSession).toBe(before);
  });

  it("drops the selection when an undo removes the selected proposal", () => {
    const store = storeWith();
    store.getState().runProposalCommand(addProposal(proposal("a")));
    store.getState().selectProposal("a");
    expect(selectSelectedProposal(store.getState())?.id).toBe("a");
    store.getState().undoProposal();
    expect(store.getState().selectedProposal).toBeNull();
  });

  it("replaces proposals from storage without a history step, and merges a link's proposals with a report", () => {
    const store = storeWith(proposal("a"));
    expect(selectCanUndo(store.getState())).toBe(false);
    const newer = proposal("a", { name: "Nieuwe naam" }, T1);
    const report = store.getState().mergeIncoming([newer, proposal("b")]);
    expect(report).toEqual({ added: ["b"], updated: ["a"], skipped: [] });
    expect(selectProposalMap(store.getState()).a.name).toBe("Nieuwe naam");
    expect(store.getState().mergeIncoming([proposal("b")]).skipped.map((s) => s.reason.key)).toEqual(["proposals.merge.identical"]);
  });

  it("counts dot votes against the budget", () => {
    const store = storeWith(proposal("a", {}, T0));
    store.getState().setDotBudget(1);
    expect(store.getState().runProposalCommand(supportProposal("a", 1, T1))).toEqual([]);
    expect(store.getState().runProposalCommand(supportProposal("a", 1, T1))[0].key).toBe("proposals.command.noDotsLeft");
    expect(selectProposalMap(store.getState()).a.support).toBe(1);
    store.getState().undoProposal();
    expect(selectProposalMap(store.getState()).a.support).toBe(0);
  });

  it("starts the propose mode with the crosshair in the view's centre and ends it when the form opens", () => {
    const store = storeWith();
    store.getState().setInteractionMode("propose");
    expect(store.getState().proposeCursor).toEqual([3.0, 52.1]);
    expect(store.getState().proposeHint?.key).toBe("proposalsUi.mode.instructions");
    store.getState().openProposalForm({ kind: "new", location: [3.001, 52.1] });
    expect(store.getState().interactionMode).toBe("select");
    expect(store.getState().proposeCursor).toBeNull();
  });

  it("has no coverage gains until the coverage feature provides them", () => {
    expect(storeWith().getState().proposalGains).toBeUndefined();
  });
});
