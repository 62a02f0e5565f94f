/**
 * Keeps the store's proposals in IndexedDB (src/proposals/storage.ts): loads them on start,
 * writes every change as it is made, and reloads what another tab wrote. When storage cannot be
 * used the store says so (storageProblem) and the work stays in memory; nothing here throws.
 */
import { diffProposals, openProposalStore, type ProposalStore, type StorageUnavailable, type StoreChanges } from "../proposals";
import type { AppStore } from "../state/store";

function reportProblem(store: AppStore, problem: StorageUnavailable): void {
  store.getState().setStorageProblem(problem.key);
  store.getState().setSaveStatus("memory");
}

/** Writes one change at a time in order; "saved" only once the last write has resolved. */
function writer(store: AppStore, db: ProposalStore) {
  let inFlight = 0;
  return async (changes: StoreChanges) => {
    inFlight++;
    store.getState().setSaveStatus("saving");
    const result = await db.save(changes);
    inFlight--;
    if (!result.ok) return reportProblem(store, result);
    if (store.getState().storageProblem) store.getState().setStorageProblem(null);
    if (inFlight === 0) store.getState().setSaveStatus("saved");
  };
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
  const write = writer(store, db);
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

  // Anything made before storage answered (a link accepted at once) is kept and written.
  const early = store.getState().proposalSession.state.proposals;
  replace({ ...loaded.proposals, ...early }, loaded.dots);
  const unsaved = diffProposals(loaded.proposals, store.getState().proposalSession.state.proposals).put;
  if (unsaved.length > 0) void write({ put: unsaved });

  const stopStore = store.subscribe((next, prev) => {
    const before = prev.proposalSession.state;
    const after = next.proposalSession.state;
    if (fromStorage || before === after) return;
    const { put, remove } = diffProposals(before.proposals, after.proposals);
    const dots = before.dots !== after.dots ? after.dots : undefined;
    if (put.length > 0 || remove.length > 0 || dots) void write({ put, remove, dots });
  });

  const stopChannel = db.subscribe((ids) => {
    void db.load().then((again) => {
      if (!again.ok) return reportProblem(store, again);
      const proposals = { ...store.getState().proposalSession.state.proposals };
      for (const id of ids) {
        if (again.proposals[id]) proposals[id] = again.proposals[id];
        else delete proposals[id];
      }
      replace(proposals, again.dots);
    });
  });

  return () => {
    stopStore();
    stopChannel();
    db.close();
  };
}
