/**
 * Workshop dot-voting on one device: an optional budget of dots per participant, and the dots
 * this device has placed. Dots on a deleted proposal count as free again (derived, not stored).
 */
import { byId, hasId, idRecord, withId, withoutId } from "./id-records";
import { isRecord } from "./json-values";
import type { ProposalMap } from "./model";
import { isValidId } from "./validate";

export interface DotWallet {
  /** Dots per participant; null means no limit. */
  budget: number | null;
  /** Dots this device placed, by proposal id. */
  spent: Readonly<Record<string, number>>;
}

export const NO_DOT_LIMIT: DotWallet = { budget: null, spent: idRecord() };

export function dotsSpent(wallet: DotWallet, proposals: ProposalMap): number {
  let total = 0;
  for (const [id, count] of Object.entries(wallet.spent)) if (hasId(proposals, id)) total += count;
  return total;
}

/** Dots this participant can still place, or null when there is no budget. */
export function remainingDots(wallet: DotWallet, proposals: ProposalMap): number | null {
  return wallet.budget === null ? null : Math.max(0, wallet.budget - dotsSpent(wallet, proposals));
}

/** Adds (+1) or takes back (-1) one of this device's dots; zero counts are dropped. */
export function moveDot(wallet: DotWallet, id: string, delta: 1 | -1): DotWallet {
  const next = (byId(wallet.spent, id) ?? 0) + delta;
  return { ...wallet, spent: next > 0 ? withId(wallet.spent, id, next) : withoutId(wallet.spent, id) };
}

export function withDotBudget(wallet: DotWallet, budget: number | null): DotWallet {
  return { ...wallet, budget: budget === null ? null : Math.max(0, Math.floor(budget)) };
}

export interface TallyRow {
  id: string;
  name: string;
  support: number;
}

/** The visible tally: most support first, then by name so equal counts keep a stable order. */
export function supportTally(proposals: ProposalMap): TallyRow[] {
  return Object.values(proposals)
    .map(({ id, name, support }) => ({ id, name, support }))
    .sort((a, b) => b.support - a.support || a.name.localeCompare(b.name, "nl") || a.id.localeCompare(b.id));
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Reads a stored wallet; anything malformed falls back to "no limit, nothing spent". */
export function parseDotWallet(raw: unknown): DotWallet {
  if (!isRecord(raw)) return NO_DOT_LIMIT;
  const spent = idRecord<number>();
  if (isRecord(raw.spent)) {
    for (const [id, count] of Object.entries(raw.spent)) if (isValidId(id) && isCount(count) && count > 0) spent[id] = count;
  }
  return { budget: isCount(raw.budget) ? raw.budget : null, spent };
}
