/**
 * Records keyed by ids that come from files, links, storage and other tabs. An id is data: on a
 * plain object `__proto__` would set the prototype and `constructor` or `toString` would be
 * found on Object.prototype. These records have no prototype, and lookups ask for own members
 * only (a record that crossed a channel or was spread has Object.prototype again).
 */
export type IdRecord<T> = Readonly<Record<string, T>>;

/** A fresh record without prototype, filled from [id, value] pairs (later pairs win). */
export function idRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [id, value] of entries) record[id] = value;
  return record;
}

/** A copy of any record (also one with a prototype) as a record without prototype. */
export function toIdRecord<T>(record: IdRecord<T>): Record<string, T> {
  return idRecord(Object.entries(record));
}

export function hasId(record: IdRecord<unknown>, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, id);
}

export function byId<T>(record: IdRecord<T>, id: string): T | undefined {
  return hasId(record, id) ? record[id] : undefined;
}

export function withId<T>(record: IdRecord<T>, id: string, value: T): Record<string, T> {
  const next = toIdRecord(record);
  next[id] = value;
  return next;
}

export function withoutId<T>(record: IdRecord<T>, id: string): Record<string, T> {
  const next = toIdRecord(record);
  delete next[id];
  return next;
}
