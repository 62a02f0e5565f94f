/**
 * Two tabs write the same proposal: each write says which version it started from (`before`),
 * and is applied to what storage holds now, inside the storage transaction. Votes are
 * increments, so 5 votes from each of two tabs make 10; other fields this tab changed take this
 * tab's value, and fields it left alone keep the other tab's change.
 */
import { jsonEqual, type RawRecord } from "./json-values";
import { LIMITS, type Proposal } from "./model";

export interface ProposalEdit {
  before: Proposal;
  after: Proposal;
}

const later = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b);

/** The record to store for an edit when storage holds `stored` (undefined: nothing readable there). */
export function applyEdit(stored: Proposal | undefined, { before, after }: ProposalEdit): Proposal {
  if (!stored || jsonEqual(stored, before)) return after;
  const merged: RawRecord = { ...stored };
  const b = before as unknown as RawRecord;
  const a = after as unknown as RawRecord;
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (field === "support" || field === "updated" || jsonEqual(b[field], a[field])) continue;
    if (a[field] === undefined) delete merged[field];
    else merged[field] = a[field];
  }
  const support = stored.support + after.support - before.support;
  merged.support = Math.min(LIMITS.support, Math.max(0, support));
  merged.updated = later(stored.updated, after.updated);
  return merged as unknown as Proposal;
}
