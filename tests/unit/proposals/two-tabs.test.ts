// Two tabs on one database (fake IndexedDB, Node's BroadcastChannel): no change is lost.
import "fake-indexeddb/auto";
import { IDBFactory, IDBObjectStore as FakeObjectStore } from "fake-indexeddb";
import { openDB } from "idb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startProposalPersistence } from "../../../src/data/proposals-persistence";
import {
  DB_NAME, PROPOSALS_STORE, addProposal, applyCommand, applyEdit, byId, idRecord, openProposalStore, rebaseChanges, supportProposal, updateProposal, type Proposal,
} from "../../../src/proposals";
import { createAppStore } from "../../../src/state/store";
import { sample } from "./helpers";

const T1 = new Date("2026-03-02T10:00:00.000Z");
const T2 = new Date("2026-03-03T10:00:00.000Z");

beforeEach(() => {
  vi.stubGlobal("indexedDB", new IDBFactory());
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function tab() {
  const store = createAppStore({ view: { center: [3.0, 52.1], zoom: 15 } });
  const stop = await startProposalPersistence(store);
  return { store, stop };
}

async function stored(id: string): Promise<Proposal | undefined> {
  const db = await openProposalStore();
  if (!db.ok) throw new Error(db.problem);
  const loaded = await db.load();
  db.close();
  return loaded.ok ? byId(loaded.proposals, id) : undefined;
}

const settled = async (check: () => Promise<boolean> | boolean): Promise<void> => {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("never settled");
};

const supportIn = (t: Awaited<ReturnType<typeof tab>>, id: string) => byId(t.store.getState().proposalSession.state.proposals, id)?.support;

describe("two tabs", () => {
  it("count 5 votes from each tab, given at once, as 10", async () => {
    const a = await tab();
    a.store.getState().replaceProposals(idRecord([["p", sample("p")]]));
    const b = await tab();
    await settled(async () => (await stored("p")) !== undefined && supportIn(b, "p") === 0);
    for (let i = 0; i < 5; i++) {
      expect(a.store.getState().runProposalCommand(supportProposal("p", 1, T1))).toEqual([]);
      expect(b.store.getState().runProposalCommand(supportProposal("p", 1, T1))).toEqual([]);
    }
    await settled(async () => (await stored("p"))?.support === 10);
    await settled(() => supportIn(a, "p") === 10 && supportIn(b, "p") === 10);
    expect((await stored("p"))?.support).toBe(10);
    a.stop();
    b.stop();
  });

  it("keep one tab's rename when the other saves an edit of another field, both from the same version", async () => {
    const a = await tab();
    a.store.getState().replaceProposals(idRecord([["p", sample("p", { description: "oud" })]]));
    const b = await tab();
    await settled(() => byId(b.store.getState().proposalSession.state.proposals, "p") !== undefined);
    const opened = byId(b.store.getState().proposalSession.state.proposals, "p")!;
    // Tab B saves before it heard of A's rename: storage merges the two edits.
    a.store.getState().runProposalCommand(updateProposal("p", { name: "Nieuwe naam" }, T1, opened));
    b.store.getState().runProposalCommand(updateProposal("p", { name: opened.name, description: "nieuw" }, T2, opened));
    await settled(async () => (await stored("p"))?.description === "nieuw");
    expect(await stored("p")).toMatchObject({ name: "Nieuwe naam", description: "nieuw", updated: T2.toISOString() });
    await settled(() => byId(a.store.getState().proposalSession.state.proposals, "p")?.description === "nieuw");
    a.stop();
    b.stop();
  });
});

describe("a write that failed", () => {
  it("goes along with the next one, so a later success does not hide it", async () => {
    const t = await tab();
    const put = vi.spyOn(FakeObjectStore.prototype, "put").mockImplementationOnce(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    t.store.getState().runProposalCommand(addProposal(sample("first")));
    await settled(() => t.store.getState().storageProblem !== null);
    expect(t.store.getState().storageProblem).toBe("proposals.storage.quota");
    t.store.getState().runProposalCommand(addProposal(sample("second")));
    await settled(() => t.store.getState().saveStatus === "saved");
    expect(t.store.getState().storageProblem).toBeNull();
    expect([(await stored("first"))?.id, (await stored("second"))?.id]).toEqual(["first", "second"]);
    expect(put).toHaveBeenCalled();
    t.stop();
  });
});

describe("stored proposals that cannot be read", () => {
  it("are counted in a message, and the readable ones load", async () => {
    const first = await openProposalStore();
    if (!first.ok) throw new Error(first.problem);
    await first.save({ put: [sample("good")] });
    first.close();
    const raw = await openDB(DB_NAME);
    await raw.put(PROPOSALS_STORE, { id: "broken", schemaVersion: 2, name: 42 });
    await raw.put(PROPOSALS_STORE, { id: "also-broken", location: null });
    raw.close();
    const t = await tab();
    expect(Object.keys(t.store.getState().proposalSession.state.proposals)).toEqual(["good"]);
    expect(t.store.getState().proposalNotice).toEqual({ key: "proposalsUi.storage.unreadable", params: { count: 2 }, tone: "error" });
    t.stop();
  });
});

describe("an edit from an older version", () => {
  const base = sample("p", { description: "oud" });
  const renamed = { ...base, name: "Nieuwe naam", updated: T1.toISOString() };

  it("keeps the other change to a field this edit left alone", () => {
    const result = applyCommand({ proposals: idRecord([["p", renamed]]), dots: { budget: null, spent: idRecord() } },
      updateProposal("p", { name: base.name, description: "nieuw" }, T2, base));
    expect(result.ok && byId(result.state.proposals, "p")).toMatchObject({ name: "Nieuwe naam", description: "nieuw" });
  });

  it("asks when both changed the same field to different values, and saves once the resident has seen it", () => {
    expect(rebaseChanges(base, renamed, { name: "Mijn naam" })).toEqual({
      ok: false, issues: [{ field: "name", key: "proposals.command.conflict" }],
    });
    expect(rebaseChanges(base, renamed, { name: "Nieuwe naam" })).toEqual({ ok: true, changes: { name: "Nieuwe naam" } });
    expect(rebaseChanges(renamed, renamed, { name: "Mijn naam" })).toEqual({ ok: true, changes: { name: "Mijn naam" } });
  });

  it("is stored as it is when storage still holds its starting version, merged otherwise", () => {
    const voted = { ...base, support: 3, updated: T1.toISOString() };
    expect(applyEdit(base, { before: base, after: voted })).toBe(voted);
    expect(applyEdit(undefined, { before: base, after: voted })).toBe(voted);
    const other = { ...base, support: 2, description: "elders", updated: T2.toISOString() };
    expect(applyEdit(other, { before: base, after: voted })).toEqual({ ...other, support: 5, updated: T2.toISOString() });
    // Taking back more votes than storage holds never goes below zero.
    expect(applyEdit({ ...base, support: 0 }, { before: voted, after: { ...voted, support: 0 } }).support).toBe(0);
  });
});
