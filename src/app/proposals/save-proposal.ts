/**
 * Saving a proposal from a form, in one place for the planner's form and the resident's path:
 * a new one is built, validated and added; an edit is one update command against the version
 * the edit started from. Both go through the store's command history, so undo, storage and the
 * map follow as they do for every change.
 */
import type { TFunction } from "i18next";
import { addProposal, createProposal, updateProposal, validateProposal, type EditableFields, type Issue, type Proposal } from "../../proposals";
import type { ProposalFormState } from "../../state/slices/proposals";
import type { AppStore } from "../../state/store";
import { noticeText } from "./notice-text";

export interface SaveResult {
  id: string;
  issues: Issue[];
}

export function saveProposal(store: AppStore, form: ProposalFormState, fields: Partial<EditableFields>, base?: Proposal): SaveResult {
  if (form.kind === "new") {
    const proposal = createProposal({ location: form.location, ...(form.linkedFeature && { linkedFeature: form.linkedFeature }), ...fields });
    const issues = validateProposal(proposal);
    return { id: proposal.id, issues: issues.length > 0 ? issues : store.getState().runProposalCommand(addProposal(proposal)) };
  }
  return { id: form.id, issues: store.getState().runProposalCommand(updateProposal(form.id, fields, new Date(), base)) };
}

/** The refused save's messages, per field, in the reader's language. */
export function issuesByField(t: TFunction, issues: readonly Issue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of issues) (out[i.field] ??= []).push(noticeText(t, { key: i.key, params: i.params }));
  return out;
}
