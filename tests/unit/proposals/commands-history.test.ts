import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  NO_DOT_LIMIT, addProposal, applyCommand, canRedo, canUndo, deleteProposal, execute, moveProposal, redo,
  remainingDots, startSession, supportProposal, supportTally, undo, updateProposal, withDotBudget,
  type ProposalCommand, type ProposalState, type Session,
} from "../../../src/proposals";
import { T0, byId, deepFreeze, sample } from "./helpers";

type S = Session<ProposalState, ProposalCommand>;
const run = (session: S, command: ProposalCommand): S => {
  const step = execute(applyCommand, session, command);
  return step.ok ? step.session : session;
};
const T1 = new Date("2026-03-02T09:00:00.000Z");
const initial = (): ProposalState => deepFreeze({ proposals: byId(sample("a"), sample("b")), dots: NO_DOT_LIMIT });

describe("commands", () => {
  it("add, update, move, delete and support each return an inverse that restores the state", () => {
    const state = initial();
    const commands = [
      addProposal(sample("c")),
      updateProposal("a", { name: "Samentuin", practices: ["community-garden"], status: "discussed" }, T1),
      moveProposal("a", { type: "Point", coordinates: [3.73, 51.06] }, { layer: "vacant", featureId: "42" }, T1),
      deleteProposal("b"),
      supportProposal("b", 1, T1),
    ];
    for (const command of commands) {
      const result = applyCommand(state, command);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.state).not.toEqual(state);
      const back = applyCommand(result.state, result.inverse);
      expect(back.ok && back.state).toEqual(state);
    }
  });

  it("updates only editable fields, stamps the time and cuts over-long text", () => {
    const result = applyCommand(initial(), updateProposal("a", { name: "n".repeat(200), description: "ok\u0000" }, T1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.state.proposals.a;
    expect(a.name).toHaveLength(80);
    expect(a.description).toBe("ok");
    expect(a.updated).toBe(T1.toISOString());
    expect(a.created).toBe(T0.toISOString());
  });

  it("refuses invalid changes and unknown ids with message keys", () => {
    const state = initial();
    expect(applyCommand(state, updateProposal("a", { name: "" }, T1))).toEqual({ ok: false, issues: [{ field: "name", key: "proposals.validation.nameRequired" }] });
    expect(applyCommand(state, deleteProposal("zz"))).toEqual({ ok: false, issues: [{ field: "", key: "proposals.command.notFound" }] });
    expect(applyCommand(state, addProposal(sample("a")))).toEqual({ ok: false, issues: [{ field: "", key: "proposals.command.duplicateId" }] });
    expect(applyCommand(state, supportProposal("a", -1, T1))).toEqual({ ok: false, issues: [{ field: "", key: "proposals.command.noDotToWithdraw" }] });
  });
});

describe("dot-voting budget", () => {
  it("lets a participant place at most their dots, take back only their own, and shows the tally", () => {
    let session: S = startSession({ ...initial(), dots: withDotBudget(NO_DOT_LIMIT, 2) });
    session = run(session, supportProposal("a", 1, T1));
    session = run(session, supportProposal("b", 1, T1));
    expect(remainingDots(session.state.dots, session.state.proposals)).toBe(0);
    expect(execute(applyCommand, session, supportProposal("a", 1, T1))).toEqual({ ok: false, issues: [{ field: "", key: "proposals.command.noDotsLeft" }] });
    session = run(session, supportProposal("a", -1, T1));
    session = run(session, supportProposal("b", 1, T1));
    expect(supportTally(session.state.proposals).map((r) => [r.id, r.support])).toEqual([["b", 2], ["a", 0]]);
    expect(execute(applyCommand, session, supportProposal("a", -1, T1)).ok).toBe(false);
    // Deleting a proposal frees the dots placed on it; undoing the delete takes them again.
    session = run(session, deleteProposal("b"));
    expect(remainingDots(session.state.dots, session.state.proposals)).toBe(2);
    const undone = undo(applyCommand, session);
    expect(undone.ok && remainingDots(undone.session.state.dots, undone.session.state.proposals)).toBe(0);
  });

  it("without a budget, support is counted but no wallet is kept", () => {
    let session: S = startSession(initial());
    session = run(session, supportProposal("a", 1, T1));
    session = run(session, supportProposal("a", 1, T1));
    expect(session.state.proposals.a.support).toBe(2);
    expect(session.state.dots.spent).toEqual({});
    expect(remainingDots(session.state.dots, session.state.proposals)).toBeNull();
  });
});

describe("undo/redo history", () => {
  it("undoes and redoes in order, and a new command clears the redo list", () => {
    let session: S = startSession(initial());
    session = run(session, updateProposal("a", { name: "Eerste" }, T1));
    session = run(session, updateProposal("a", { name: "Tweede" }, T1));
    const u = undo(applyCommand, session);
    expect(u.ok && u.session.state.proposals.a.name).toBe("Eerste");
    if (!u.ok) return;
    expect(canRedo(u.session)).toBe(true);
    const r = redo(applyCommand, u.session);
    expect(r.ok && r.session.state.proposals.a.name).toBe("Tweede");
    const branched = run(u.session, deleteProposal("b"));
    expect(canRedo(branched)).toBe(false);
    expect(undo(applyCommand, startSession(initial())).ok).toBe(false);
    expect(canUndo(startSession(initial()))).toBe(false);
  });

  const ids = fc.constantFrom("a", "b", "c", "d");
  const at = fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2027-01-01T00:00:00Z"), noInvalidDate: true });
  const coordinate = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
  const command: fc.Arbitrary<ProposalCommand> = fc.oneof(
    fc.tuple(ids, at).map(([id, t]) => addProposal(sample(id, {}, t))),
    fc.tuple(ids, fc.string({ maxLength: 100 }), fc.constantFrom("idea", "trial", "realised") , at).map(([id, name, status, t]) =>
      updateProposal(id, { name, status: status as "idea" | "trial" | "realised", description: name.repeat(3) }, t)),
    fc.tuple(ids, coordinate, fc.boolean(), at).map(([id, c, linked, t]) =>
      moveProposal(id, { type: "Point", coordinates: c }, linked ? { layer: "squares", featureId: id } : null, t)),
    ids.map((id) => deleteProposal(id)),
    fc.tuple(ids, fc.constantFrom(1 as const, -1 as const), at).map(([id, d, t]) => supportProposal(id, d, t)),
  );

  it("any sequence of commands, then undo all, gives the initial state; redo all gives the final one", () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), (commands, budget) => {
        const start: ProposalState = deepFreeze({ ...initial(), dots: withDotBudget(NO_DOT_LIMIT, budget) });
        let session: S = startSession(start);
        for (const c of commands) session = run(session, c);
        const final = session.state;
        const steps = session.past.length;
        for (let i = 0; i < steps; i++) {
          const step = undo(applyCommand, session);
          expect(step.ok).toBe(true);
          if (step.ok) session = step.session;
        }
        expect(session.state).toEqual(start);
        for (let i = 0; i < steps; i++) {
          const step = redo(applyCommand, session);
          expect(step.ok).toBe(true);
          if (step.ok) session = step.session;
        }
        expect(session.state).toEqual(final);
      }),
      { numRuns: 300 },
    );
  });
});
