/**
 * Keeps the store's proposals in IndexedDB (src/proposals/storage.ts): loads them on start,
 * writes every change as it is made, and reloads what another tab wrote. When storage cannot be
 * used the store says so (storageProblem) and the work stays in memory; nothing here throws.
 */
import {
  byId, diffProposals, idRecord, openProposalStore, toIdRecord, type Proposal, type ProposalMap, type ProposalStore, type StorageUnavailable,
  type StoreChanges,
} from "../proposals";
import type { AppStore } from "../state/store";

function reportProblem(store: AppStore, problem: StorageUnavailable): void {
  store.getState().setStorageProblem(problem.key);
  store.getState().setSaveStatus("memory");
}

/**
 * Writes changes in order; "saved" only once the last write has resolved. A record that met
 * another tab's change comes back merged and replaces this tab's copy, unless this tab has
 * changed it again meanwhile (that later write merges in turn).
 */
function writer(store: AppStore, db: ProposalStore, replace: (proposals: ProposalMap) => void) {
  let inFlight = 0;
  // Changes whose write failed go along with the next one: a later success must not hide them.
  let failed: StoreChanges = {};
  return async (next: StoreChanges) => {
    const changes = joinChanges(failed, next);
    failed = {};
    inFlight++;
    store.getState().setSaveStatus("saving");
    const result = await db.save(changes);
    inFlight--;
    if (!result.ok) {
      failed = joinChanges(changes, failed);
      return reportProblem(store, result);
    }
    const sent = new Map((changes.edits ?? []).map((e) => [e.after.id, e.after]));
    const current = store.getState().proposalSession.state.proposals;
    const adopt = result.merged.filter((p) => byId(current, p.id) === sent.get(p.id));
    if (adopt.length > 0) replace(withRecords(current, adopt));
    if (store.getState().storageProblem) store.getState().setStorageProblem(null);
    if (inFlight === 0) store.getState().setSaveStatus("saved");
  };
}

/** Two changes as one, in order (edits of one proposal are applied one after the other). */
function joinChanges(a: StoreChanges, b: StoreChanges): StoreChanges {
  // Within one transaction writes go before deletes: the later change decides for an id both touch.
  const removedLater = new Set(b.remove ?? []);
  const writtenLater = new Set([...(b.put ?? []).map((p) => p.id), ...(b.edits ?? []).map((e) => e.after.id)]);
  return {
    put: [...(a.put ?? []).filter((p) => !removedLater.has(p.id)), ...(b.put ?? [])],
    edits: [...(a.edits ?? []).filter((e) => !removedLater.has(e.after.id)), ...(b.edits ?? [])],
    remove: [...(a.remove ?? []).filter((id) => !writtenLater.has(id)), ...(b.remove ?? [])],
    ...((b.dots ?? a.dots) && { dots: b.dots ?? a.dots }),
  };
}

const withRecords = (proposals: ProposalMap, records: readonly Proposal[]): ProposalMap =>
  idRecord([...Object.entries(proposals), ...records.map((p) => [p.id, p] as const)]);

/** What one change of the state asks of storage: new records as they are, changed ones as edits. */
export function changesBetween(before: ProposalMap, after: ProposalMap): { put: Proposal[]; edits: { before: Proposal; after: Proposal }[]; remove: string[] } {
  const { put: changed, remove } = diffProposals(before, after);
  const put: Proposal[] = [];
  const edits: { before: Proposal; after: Proposal }[] = [];
  for (const p of changed) {
    const was = byId(before, p.id);
    if (was) edits.push({ before: was, after: p });
    else put.push(p);
  }
  return { put, edits, remove };
}

/** Starts persistence; resolves to a stop function once the stored proposals are in the store. */
export async function startProposalPersistence(store: AppStore): Promise<() => void> {
  const db = await openProposalStore();
  if (!db.ok) {
    reportProblem(store, db);
    return () => {};
  }
  const loaded = await db.load();
  if (!loaded.ok) {
    reportProblem(store, loaded);
    db.close();
    return () => {};
  }
  // Changes that came from storage itself are not written back (that would echo between tabs).
  let fromStorage = false;
  const replace = (...args: Parameters<ReturnType<AppStore["getState"]>["replaceProposals"]>) => {
    fromStorage = true;
    try {
      store.getState().replaceProposals(...args);
    } finally {
      fromStorage = false;
    }
  };

  const write = writer(store, db, (proposals) => replace(proposals));
  if (loaded.unreadable > 0) store.getState().setProposalNotice({ key: "proposalsUi.storage.unreadable", params: { count: loaded.unreadable }, tone: "error" });

  // Anything made before storage answered (a link accepted at once) is kept and written.
  const early = store.getState().proposalSession.state.proposals;
  replace(idRecord([...Object.entries(loaded.proposals), ...Object.entries(early)]), loaded.dots);
  const unsaved = diffProposals(loaded.proposals, store.getState().proposalSession.state.proposals).put;
  if (unsaved.length > 0) void write({ put: unsaved });

  const stopStore = store.subscribe((next, prev) => {
    const before = prev.proposalSession.state;
    const after = next.proposalSession.state;
    if (fromStorage || before === after) return;
    const { put, edits, remove } = changesBetween(before.proposals, after.proposals);
    const dots = before.dots !== after.dots ? after.dots : undefined;
    if (put.length > 0 || edits.length > 0 || remove.length > 0 || dots) void write({ put, edits, remove, dots });
  });

  const stopChannel = db.subscribe((ids) => {
    void db.load().then((again) => {
      if (!again.ok) return reportProblem(store, again);
      const proposals = toIdRecord(store.getState().proposalSession.state.proposals);
      for (const id of ids) {
        const stored = byId(again.proposals, id);
        if (stored) proposals[id] = stored;
        else delete proposals[id];
      }
      replace(proposals, again.dots);
    });
  });

  // Closing the tab mid-write would lose that change: the browser asks first.
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (store.getState().saveStatus === "saving") event.preventDefault();
  };
  if (typeof window !== "undefined") window.addEventListener("beforeunload", onBeforeUnload);

  return () => {
    if (typeof window !== "undefined") window.removeEventListener("beforeunload", onBeforeUnload);
    stopStore();
    stopChannel();
    db.close();
  };
}
