/**
 * The operations on proposals as named, serialisable commands. Applying a command returns the
 * new state and its inverse, so undo is "apply the inverse" and needs no snapshots.
 */
import { moveDot, remainingDots, type DotWallet } from "./dots";
import { issue, type Issue, type ProposalMessageKey, type Result } from "./issues";
import { jsonEqual } from "./json-values";
import { byId, withId, withoutId } from "./id-records";
import type { EditableFields, LinkedFeature, PointGeometry, Proposal, ProposalMap } from "./model";
import { normaliseProposal, normalisePoint } from "./normalise";
import { validateProposal } from "./validate";

export interface ProposalState {
  proposals: ProposalMap;
  dots: DotWallet;
}

export type ProposalCommand =
  | { type: "add"; proposal: Proposal }
  /** `base`: the proposal as the edit started from it (a form opened earlier); see rebaseChanges. */
  | { type: "update"; id: string; changes: Partial<EditableFields>; at: string; base?: Proposal }
  | { type: "move"; id: string; location: PointGeometry; linkedFeature: LinkedFeature | null; at: string }
  | { type: "delete"; id: string }
  /** `dot`: whether this vote uses one of this device's budgeted dots (decided when first applied). */
  | { type: "support"; id: string; delta: 1 | -1; at: string; dot?: boolean }
  /** Puts an exact earlier record back: the inverse of update, move and delete. */
  | { type: "restore"; proposal: Proposal };

export type ApplyResult = Result<{ state: ProposalState; inverse: ProposalCommand }>;

export const addProposal = (proposal: Proposal): ProposalCommand => ({ type: "add", proposal });
export const deleteProposal = (id: string): ProposalCommand => ({ type: "delete", id });
export const updateProposal = (id: string, changes: Partial<EditableFields>, now: Date = new Date(), base?: Proposal): ProposalCommand => ({
  type: "update", id, changes, at: now.toISOString(), ...(base && { base }),
});
export const moveProposal = (
  id: string, location: PointGeometry, linkedFeature: LinkedFeature | null = null, now: Date = new Date(),
): ProposalCommand => ({ type: "move", id, location, linkedFeature, at: now.toISOString() });
export const supportProposal = (id: string, delta: 1 | -1, now: Date = new Date()): ProposalCommand => ({
  type: "support", id, delta, at: now.toISOString(),
});

const refuse = (key: ProposalMessageKey): ApplyResult => ({ ok: false, issues: [issue("", key)] });

function withProposal(state: ProposalState, proposal: Proposal, inverse: ProposalCommand, dots = state.dots): ApplyResult {
  return { ok: true, state: { proposals: withId(state.proposals, proposal.id, proposal), dots }, inverse };
}

/** Cleans, cuts to the limits and validates a record before it may enter the state. */
function admit(state: ProposalState, next: Proposal, inverse: ProposalCommand, dots?: DotWallet): ApplyResult {
  const proposal = normaliseProposal(next, true);
  const issues = validateProposal(proposal);
  return issues.length > 0 ? { ok: false, issues } : withProposal(state, proposal, inverse, dots);
}

function applySupport(state: ProposalState, current: Proposal, command: Extract<ProposalCommand, { type: "support" }>): ApplyResult {
  const dot = command.dot ?? state.dots.budget !== null;
  if (command.delta === -1 && current.support === 0) return refuse("proposals.command.noDotToWithdraw");
  if (dot && command.delta === 1 && remainingDots(state.dots, state.proposals) === 0) return refuse("proposals.command.noDotsLeft");
  if (dot && command.delta === -1 && !((byId(state.dots.spent, current.id) ?? 0) > 0)) return refuse("proposals.command.noDotToWithdraw");
  const inverse: ProposalCommand = { type: "support", id: current.id, delta: command.delta === 1 ? -1 : 1, at: current.updated, dot };
  const next = { ...current, support: current.support + command.delta, updated: command.at };
  return admit(state, next, inverse, dot ? moveDot(state.dots, current.id, command.delta) : state.dots);
}

/**
 * An edit that started from `base` while the proposal has changed since (another tab saved):
 * only the fields the resident changed are applied, so the other change stays. A field both
 * changed, to different values, is a conflict: the edit is refused naming those fields, and the
 * resident decides (saving again from the current version keeps their text).
 */
export function rebaseChanges(base: Proposal, current: Proposal, changes: Partial<EditableFields>): Result<{ changes: Partial<EditableFields> }> {
  const kept: Partial<Record<keyof EditableFields, unknown>> = {};
  const conflicts: Issue[] = [];
  for (const field of Object.keys(changes) as (keyof EditableFields)[]) {
    const mine = changes[field];
    if (jsonEqual(mine, base[field])) continue;
    if (!jsonEqual(current[field], base[field]) && !jsonEqual(current[field], mine)) conflicts.push(issue(field, "proposals.command.conflict"));
    else kept[field] = mine;
  }
  return conflicts.length > 0 ? { ok: false, issues: conflicts } : { ok: true, changes: kept as Partial<EditableFields> };
}

export function applyCommand(state: ProposalState, command: ProposalCommand): ApplyResult {
  if (command.type === "add" || command.type === "restore") {
    const previous = byId(state.proposals, command.proposal.id);
    if (command.type === "add" && previous) return refuse("proposals.command.duplicateId");
    const inverse: ProposalCommand = previous ? { type: "restore", proposal: previous } : { type: "delete", id: command.proposal.id };
    return admit(state, command.proposal, inverse);
  }
  const current = byId(state.proposals, command.id);
  if (!current) return refuse("proposals.command.notFound");
  const inverse: ProposalCommand = { type: "restore", proposal: current };
  switch (command.type) {
    case "delete":
      return { ok: true, state: { ...state, proposals: withoutId(state.proposals, command.id) }, inverse };
    case "update": {
      const rebased = command.base && !jsonEqual(command.base, current) ? rebaseChanges(command.base, current, command.changes) : { ok: true as const, changes: command.changes };
      if (!rebased.ok) return rebased;
      // Identity, location, support and creation time are not editable through an update.
      return admit(state, { ...current, ...rebased.changes, id: current.id, location: current.location, support: current.support, created: current.created, updated: command.at }, inverse);
    }
    case "move":
      return admit(state, { ...current, location: normalisePoint(command.location), linkedFeature: command.linkedFeature ?? undefined, updated: command.at }, inverse);
    case "support":
      return applySupport(state, current, command);
  }
}

/** The ids a command touched: what the storage layer must write or delete after it. */
export function touchedId(command: ProposalCommand): string {
  return command.type === "add" || command.type === "restore" ? command.proposal.id : command.id;
}
