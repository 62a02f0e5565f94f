// Ids that are names of Object.prototype members must behave like any other id, everywhere.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  addProposal, applyCommand, changedIds, createShareLink, deleteProposal, diffProposals, exportProposals, idRecord, importProposals,
  mergeProposals, moveDot, NO_DOT_LIMIT, openProposalStore, parseDotWallet, readShareLink, remainingDots, supportProposal, updateProposal,
  withDotBudget, type Proposal,
} from "../../../src/proposals";
import { selectProposalMap, selectSelectedProposal } from "../../../src/state/slices/proposals";
import { storeWith } from "../app-proposals/helpers";
import { sample } from "./helpers";

const HOSTILE = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"] as const;
const T1 = new Date("2026-03-02T10:00:00.000Z");

beforeEach(() => {
  vi.stubGlobal("indexedDB", new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each(HOSTILE)("the id %s", (id) => {
  const p = sample(id);

  it("is added by a file import, once, and counted as added", () => {
    const text = JSON.stringify(exportProposals([p, sample("plain")]));
    const result = importProposals(idRecord(), text);
    expect(result.ok && { ...result.report, added: [...result.report.added].sort() }).toEqual({ added: [id, "plain"].sort(), updated: [], skipped: [] });
    expect(result.ok && Object.keys(result.proposals).sort()).toEqual([id, "plain"].sort());
    expect(result.ok && Object.getOwnPropertyDescriptor(result.proposals, id)?.value).toEqual(p);
    // The same file again changes nothing.
    const again = result.ok ? importProposals(result.proposals, text) : null;
    expect(again?.ok && [again.report.added, again.report.updated, again.report.skipped.length]).toEqual([[], [], 2]);
  });

  it("is not found on an empty set, so merging reports it as new", () => {
    expect(mergeProposals(idRecord(), [p]).report.added).toEqual([id]);
    expect(mergeProposals({}, [p]).report.added).toEqual([id]);
  });

  it("is added, updated, voted on and deleted by commands", () => {
    let state = { proposals: idRecord<Proposal>(), dots: withDotBudget(NO_DOT_LIMIT, 2) };
    const step = (command: Parameters<typeof applyCommand>[1]) => {
      const result = applyCommand(state, command);
      if (!result.ok) throw new Error(result.issues.map((i) => i.key).join());
      state = result.state;
    };
    expect(applyCommand(state, updateProposal(id, { name: "x" })).ok).toBe(false);
    step(addProposal(p));
    expect(applyCommand(state, addProposal(p)).ok).toBe(false);
    step(updateProposal(id, { name: "Nieuwe naam" }, T1));
    step(supportProposal(id, 1, T1));
    expect(Object.keys(state.dots.spent)).toEqual([id]);
    expect(remainingDots(state.dots, state.proposals)).toBe(1);
    expect(Object.getOwnPropertyDescriptor(state.proposals, id)?.value).toMatchObject({ name: "Nieuwe naam", support: 1 });
    step(deleteProposal(id));
    expect(Object.keys(state.proposals)).toEqual([]);
    expect(applyCommand(state, deleteProposal(id)).ok).toBe(false);
  });

  it("is written and removed by the diff", () => {
    const one = idRecord([[id, p]]);
    expect(diffProposals(idRecord(), one)).toEqual({ put: [p], remove: [] });
    expect(diffProposals(one, idRecord())).toEqual({ put: [], remove: [id] });
    expect(diffProposals(idRecord(), idRecord())).toEqual({ put: [], remove: [] });
  });

  it("travels through a share link", () => {
    const link = createShareLink("https://example.org/", [p]);
    const read = link.ok ? readShareLink(link.url) : null;
    expect(read?.ok && read.proposals).toEqual([p]);
  });

  it("keeps its votes in the dot wallet, also after storage", () => {
    const wallet = moveDot(NO_DOT_LIMIT, id, 1);
    expect(parseDotWallet(JSON.parse(JSON.stringify({ budget: 3, spent: { [id]: 2 } }))).spent).toEqual({ [id]: 2 });
    expect(Object.entries(wallet.spent)).toEqual([[id, 1]]);
    expect(Object.entries(moveDot(wallet, id, -1).spent)).toEqual([]);
  });

  it("is stored, loaded and deleted by IndexedDB", async () => {
    const store = await openProposalStore();
    if (!store.ok) throw new Error(store.problem);
    await store.save({ put: [p] });
    const loaded = await store.load();
    expect(loaded.ok && Object.entries(loaded.proposals)).toEqual([[id, p]]);
    await store.save({ remove: [id] });
    const after = await store.load();
    expect(after.ok && Object.keys(after.proposals)).toEqual([]);
    store.close();
  });

  it("is kept by the store, selected, and deleted without leaving anything behind", () => {
    const store = storeWith(p, sample("plain"));
    store.getState().selectProposal(id);
    expect(selectSelectedProposal(store.getState())).toEqual(p);
    expect(store.getState().runProposalCommand(deleteProposal(id))).toEqual([]);
    expect(selectSelectedProposal(store.getState())).toBeNull();
    expect(Object.keys(selectProposalMap(store.getState()))).toEqual(["plain"]);
    // A set that crossed a channel has a prototype again; the store takes ids as data all the same.
    store.getState().replaceProposals(JSON.parse(JSON.stringify({ [id]: p })));
    expect(Object.keys(selectProposalMap(store.getState()))).toEqual([id]);
    expect(structuredClone(selectProposalMap(store.getState()))).toEqual({ [id]: p });
  });

  it("is an id a change message may name; nothing else is", () => {
    expect(changedIds({ type: "proposals-changed", ids: [id] })).toEqual([id]);
  });
});

describe("an absent id with a JavaScript name", () => {
  it.each(HOSTILE)("%s is not found among other proposals", (id) => {
    const state = { proposals: idRecord([["plain", sample("plain")]]), dots: NO_DOT_LIMIT };
    expect(applyCommand(state, updateProposal(id, { name: "x" })).ok).toBe(false);
    expect(applyCommand(state, deleteProposal(id)).ok).toBe(false);
    expect(remainingDots(withDotBudget(NO_DOT_LIMIT, 3), state.proposals)).toBe(3);
  });
});

describe("a proposals-changed message", () => {
  it.each([
    null, "proposals-changed", { type: "other", ids: ["a"] }, { type: "proposals-changed" }, { type: "proposals-changed", ids: "a" },
    { type: "proposals-changed", ids: [1] }, { type: "proposals-changed", ids: ["a b"] }, { type: "proposals-changed", ids: new Array(10_001).fill("a") },
  ])("that is malformed is ignored: %j", (message) => {
    expect(changedIds(message)).toBeNull();
  });
});
