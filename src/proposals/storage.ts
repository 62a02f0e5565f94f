/**
 * IndexedDB persistence: database "ontmoetingskaart", store "proposals" keyed by id and store
 * "meta" with the schema version and this device's dot wallet. Nothing here throws: when
 * storage is missing or fails, callers get a StorageUnavailable and keep working in memory.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from "idb";
import { NO_DOT_LIMIT, parseDotWallet, type DotWallet } from "./dots";
import type { ProposalMessageKey } from "./issues";
import { idRecord } from "./id-records";
import { applyEdit, type ProposalEdit } from "./concurrent-edit";
import { isRecord } from "./json-values";
import { migrateRecord } from "./migrations";
import { SCHEMA_VERSION, type Proposal, type ProposalMap } from "./model";
import { parseProposal } from "./parse";
import { isValidId } from "./validate";

export const DB_NAME = "ontmoetingskaart";
export const PROPOSALS_STORE = "proposals";
export const META_STORE = "meta";
export const CHANNEL_NAME = "ontmoetingskaart-proposals";
const CHANGED = "proposals-changed";

/** `outdated`: a newer version opened in another tab and this tab stepped aside; reload to continue. */
export type StorageProblem = "missing" | "blocked" | "outdated" | "quota" | "version" | "failed";

export interface StorageUnavailable {
  ok: false;
  problem: StorageProblem;
  key: ProposalMessageKey;
}

export interface LoadedProposals {
  ok: true;
  proposals: ProposalMap;
  dots: DotWallet;
  /** Records that could not be read; they stay in the database untouched. */
  unreadable: number;
}

export interface StoreChanges {
  /** New records, or records written as they are (nothing to merge with). */
  put?: readonly Proposal[];
  /** Changes to proposals this tab had: applied to the stored record inside the transaction (concurrent-edit.ts). */
  edits?: readonly ProposalEdit[];
  remove?: readonly string[];
  dots?: DotWallet;
}

export interface ProposalStore {
  ok: true;
  load(): Promise<LoadedProposals | StorageUnavailable>;
  /**
   * Resolves once the transaction has completed: only then may the UI say "saved". `merged`:
   * the records of edits that met another tab's change, as they are now stored.
   */
  save(changes: StoreChanges): Promise<{ ok: true; merged: Proposal[] } | StorageUnavailable>;
  /** Called with the ids another tab wrote; this tab's own writes are not echoed. */
  subscribe(listener: (ids: string[]) => void): () => void;
  close(): void;
}

function unavailable(problem: StorageProblem): StorageUnavailable {
  return { ok: false, problem, key: `proposals.storage.${problem}` };
}

function problemOf(error: unknown): StorageProblem {
  const name = isRecord(error) && typeof error.name === "string" ? error.name : "";
  if (name === "QuotaExceededError") return "quota";
  if (name === "VersionError") return "version";
  // Private modes and locked-down browsers refuse IndexedDB with these.
  if (name === "InvalidStateError" || name === "SecurityError" || name === "UnknownError") return "missing";
  return "failed";
}

/** Lifts every stored record to the current schema inside the upgrade transaction. */
async function migrateStoredRecords(tx: IDBPTransaction<unknown, string[], "versionchange">): Promise<void> {
  let cursor = await tx.objectStore(PROPOSALS_STORE).openCursor();
  while (cursor) {
    const migrated = isRecord(cursor.value) ? migrateRecord(cursor.value) : null;
    if (migrated?.ok) await cursor.update(migrated.record);
    cursor = await cursor.continue();
  }
}

function upgrade(db: IDBPDatabase, oldVersion: number, tx: IDBPTransaction<unknown, string[], "versionchange">): void {
  if (!db.objectStoreNames.contains(PROPOSALS_STORE)) db.createObjectStore(PROPOSALS_STORE, { keyPath: "id" });
  if (!db.objectStoreNames.contains(META_STORE)) db.createObjectStore(META_STORE);
  const migration = oldVersion > 0 ? migrateStoredRecords(tx) : Promise.resolve();
  Promise.all([migration, tx.objectStore(META_STORE).put(SCHEMA_VERSION, "schemaVersion")]).catch(() => {
    // A failed step must not leave half-migrated data under the new version number.
    try {
      tx.abort();
    } catch {
      // The transaction has already ended (and failed on its own).
    }
  });
}

async function load(db: IDBPDatabase, failure: (error: unknown) => StorageUnavailable): Promise<LoadedProposals | StorageUnavailable> {
  try {
    const tx = db.transaction([PROPOSALS_STORE, META_STORE]);
    const [records, dots] = await Promise.all([tx.objectStore(PROPOSALS_STORE).getAll(), tx.objectStore(META_STORE).get("dotWallet"), tx.done]);
    const proposals = idRecord<Proposal>();
    let unreadable = 0;
    for (const record of records) {
      const parsed = parseProposal(record);
      if (parsed.ok) proposals[parsed.proposal.id] = parsed.proposal;
      else unreadable++;
    }
    return { ok: true, proposals, dots: dots === undefined ? NO_DOT_LIMIT : parseDotWallet(dots), unreadable };
  } catch (error) {
    return failure(error);
  }
}

/** Most ids one change message may name: a whole import of proposals, and not more. */
const MAX_CHANGED_IDS = 10_000;

/** The ids of a valid "proposals-changed" message; null for anything else, which is ignored. */
export function changedIds(data: unknown): string[] | null {
  if (!isRecord(data) || data.type !== CHANGED || !Array.isArray(data.ids) || data.ids.length > MAX_CHANGED_IDS) return null;
  const ids: unknown[] = data.ids;
  return ids.every(isValidId) ? (ids as string[]) : null;
}

function storeFor(db: IDBPDatabase, steppedAside: () => boolean): ProposalStore {
  const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL_NAME);
  const failure = (error: unknown): StorageUnavailable => unavailable(steppedAside() ? "outdated" : problemOf(error));
  return {
    ok: true,
    load: () => load(db, failure),
    async save({ put = [], edits = [], remove = [], dots }) {
      const merged: Proposal[] = [];
      try {
        const tx = db.transaction([PROPOSALS_STORE, META_STORE], "readwrite");
        const proposals = tx.objectStore(PROPOSALS_STORE);
        // Read and write in one transaction: no other tab's write can come between the two. One
        // edit after the other, so that two edits of one proposal each see the one before.
        const editing = (async () => {
          for (const edit of edits) {
            const stored = parseProposal(await proposals.get(edit.after.id));
            const record = applyEdit(stored.ok ? stored.proposal : undefined, edit);
            if (record !== edit.after) merged.push(record);
            await proposals.put(record);
          }
        })();
        await Promise.all([
          ...put.map((p) => proposals.put(p)),
          editing,
          ...remove.map((id) => proposals.delete(id)),
          dots && tx.objectStore(META_STORE).put(dots, "dotWallet"),
          tx.done,
        ]);
      } catch (error) {
        return failure(error);
      }
      channel?.postMessage({ type: CHANGED, ids: [...put.map((p) => p.id), ...edits.map((e) => e.after.id), ...remove] });
      return { ok: true, merged };
    },
    subscribe(listener) {
      if (!channel) return () => {};
      const onMessage = (event: MessageEvent<unknown>): void => {
        const ids = changedIds(event.data);
        if (ids) listener(ids);
      };
      channel.addEventListener("message", onMessage);
      return () => channel.removeEventListener("message", onMessage);
    },
    close() {
      channel?.close();
      db.close();
    },
  };
}

/** Opens (and if needed creates or migrates) the database; never throws. */
export async function openProposalStore(): Promise<ProposalStore | StorageUnavailable> {
  if (typeof indexedDB === "undefined") return unavailable("missing");
  let reportBlocked = (): void => {};
  const blocked = new Promise<StorageUnavailable>((resolve) => {
    reportBlocked = () => resolve(unavailable("blocked"));
  });
  let steppedAside = false;
  let opening: Promise<IDBPDatabase>;
  try {
    opening = openDB(DB_NAME, SCHEMA_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
      blocked: () => reportBlocked(),
      // A newer version in another tab wants to upgrade: step aside; our writes then fail softly.
      blocking: (_current, _next, event) => {
        steppedAside = true;
        (event.target as IDBDatabase).close();
      },
    });
  } catch (error) {
    return unavailable(problemOf(error));
  }
  const outcome = await Promise.race([opening.then((db) => ({ db }), (error: unknown) => unavailable(problemOf(error))), blocked]);
  if ("db" in outcome) return storeFor(outcome.db, () => steppedAside);
  // If the blocked open completes later, close it so it does not block others in turn.
  if (outcome.problem === "blocked") opening.then((db) => db.close(), () => {});
  return outcome;
}
