// Runs the real storage module against an in-memory IndexedDB; the browser suite covers Chromium.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { openDB } from "idb";
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DB_NAME, META_STORE, PROPOSALS_STORE, openProposalStore, withDotBudget, NO_DOT_LIMIT, type ProposalStore } from "../../../src/proposals";
import { byId, sample } from "./helpers";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/proposals/${name}`, import.meta.url), "utf8"));

async function openOrFail(): Promise<ProposalStore> {
  const store = await openProposalStore();
  if (!store.ok) throw new Error(store.problem);
  return store;
}

async function seedV1(): Promise<void> {
  const v1 = fixture("v1-store.json");
  const db = await openDB(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(PROPOSALS_STORE, { keyPath: "id" });
      db.createObjectStore(META_STORE);
    },
  });
  const tx = db.transaction([PROPOSALS_STORE, META_STORE], "readwrite");
  await Promise.all([...v1.proposals.map((p: unknown) => tx.objectStore(PROPOSALS_STORE).put(p)), tx.objectStore(META_STORE).put(1, "schemaVersion"), tx.done]);
  db.close();
}

beforeEach(() => {
  vi.stubGlobal("indexedDB", new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("proposal storage", () => {
  it("creates the database, saves after the transaction completes and loads what it saved", async () => {
    const store = await openOrFail();
    const a = sample("a");
    const wallet = withDotBudget(NO_DOT_LIMIT, 3);
    expect(await store.save({ put: [a, sample("b")], dots: wallet })).toEqual({ ok: true, merged: [] });
    expect(await store.save({ remove: ["b"] })).toEqual({ ok: true, merged: [] });
    expect(await store.load()).toEqual({ ok: true, proposals: byId(a), dots: wallet, unreadable: 0 });
    store.close();
  });

  it("migrates a v1 database to the current version when it opens it", async () => {
    await seedV1();
    const store = await openOrFail();
    const loaded = await store.load();
    expect(loaded.ok && Object.values(loaded.proposals)).toEqual(fixture("v2-store.json").proposals);
    store.close();
    const db = await openDB(DB_NAME);
    expect(db.version).toBe(2);
    expect(await db.get(META_STORE, "schemaVersion")).toBe(2);
    expect((await db.getAll(PROPOSALS_STORE)).every((r) => r.schemaVersion === 2 && !("title" in r))).toBe(true);
    db.close();
  });

  it("counts unreadable records without deleting them", async () => {
    const store = await openOrFail();
    await store.save({ put: [sample("a")] });
    const db = await openDB(DB_NAME);
    await db.put(PROPOSALS_STORE, { id: "broken", schemaVersion: 2, name: 42 });
    db.close();
    const loaded = await store.load();
    expect(loaded.ok && [Object.keys(loaded.proposals), loaded.unreadable]).toEqual([["a"], 1]);
    store.close();
  });

  it("tells other tabs which ids changed, but not itself", async () => {
    const tabA = await openOrFail();
    const tabB = await openOrFail();
    const ownEcho = vi.fn();
    tabA.subscribe(ownEcho);
    const heard = new Promise<string[]>((resolve) => tabB.subscribe(resolve));
    await tabA.save({ put: [sample("a")], remove: ["gone"] });
    expect(await heard).toEqual(["a", "gone"]);
    expect(ownEcho).not.toHaveBeenCalled();
    tabA.close();
    tabB.close();
  });

  it("reports typed problems instead of throwing, so callers can keep work in memory", async () => {
    const store = await openOrFail();
    const unclonable = { ...sample("a"), extra: () => 1 };
    expect(await store.save({ put: [unclonable] })).toEqual({ ok: false, problem: "failed", key: "proposals.storage.failed" });
    store.close();

    vi.stubGlobal("indexedDB", undefined);
    expect(await openProposalStore()).toEqual({ ok: false, problem: "missing", key: "proposals.storage.missing" });
  });

  it("reports a database from a newer version, and an upgrade blocked by an old tab", async () => {
    (await openDB(DB_NAME, 9)).close();
    expect(await openProposalStore()).toMatchObject({ ok: false, problem: "version" });

    vi.stubGlobal("indexedDB", new IDBFactory());
    await seedV1();
    const oldTab = await openDB(DB_NAME, 1); // an old tab that never steps aside
    expect(await openProposalStore()).toMatchObject({ ok: false, problem: "blocked" });
    oldTab.close();
  });

  it("steps aside when a newer version opens in another tab, and says so on the next write", async () => {
    const store = await openOrFail();
    const newerTab = await openDB(DB_NAME, 3);
    expect(await store.save({ put: [sample("a")] })).toEqual({ ok: false, problem: "outdated", key: "proposals.storage.outdated" });
    newerTab.close();
    store.close();
  });
});
