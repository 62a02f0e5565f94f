/**
 * Stored records carry their schema version; each migration lifts a raw record one version.
 * Migrations are pure and frozen: once released, a step never changes, only new steps are added.
 */
import { issue, type Result } from "./issues";
import type { RawRecord } from "./json-values";
import { SCHEMA_VERSION } from "./model";
import { isPracticeKey } from "./practice-catalogue";

/**
 * v1 stored `title` and one `practice` (a catalogue key or free text);
 * v2 stores `name`, a list `practices` and free text apart in `customPractice`.
 */
export function migrateV1ToV2(v1: RawRecord): RawRecord {
  const { title, practice, ...rest } = v1;
  const known = isPracticeKey(practice);
  return {
    ...rest,
    schemaVersion: 2,
    name: title,
    practices: known ? [practice] : [],
    customPractice: !known && typeof practice === "string" ? practice : "",
  };
}

/** Step from version N to N + 1, by N. */
export const MIGRATIONS: Readonly<Record<number, (record: RawRecord) => RawRecord>> = {
  1: migrateV1ToV2,
};

/** v1 records had no version field; a record without one is v1. */
export function recordVersion(record: RawRecord): unknown {
  return record.schemaVersion === undefined ? 1 : record.schemaVersion;
}

/** Lifts a raw record of any known version to the current one; newer versions are refused. */
export function migrateRecord(record: RawRecord): Result<{ record: RawRecord }> {
  const version = recordVersion(record);
  if (!Number.isInteger(version) || (version as number) < 1) {
    return { ok: false, issues: [issue("schemaVersion", "proposals.validation.wrongType")] };
  }
  if ((version as number) > SCHEMA_VERSION) {
    return { ok: false, issues: [issue("schemaVersion", "proposals.validation.unsupportedVersion", { version: version as number })] };
  }
  let current = record;
  for (let v = version as number; v < SCHEMA_VERSION; v++) current = MIGRATIONS[v](current);
  return { ok: true, record: current };
}
