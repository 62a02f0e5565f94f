/** Merging proposals from a file or link into the current ones, by id and without duplicates. */
import { byId, hasId, toIdRecord } from "./id-records";
import { issue, type Issue } from "./issues";
import { jsonEqual } from "./json-values";
import type { Proposal, ProposalMap } from "./model";

export interface Skipped {
  /** The proposal's id when it had one, else its position in the input. */
  id?: string;
  index?: number;
  reason: Issue;
  /** For refused input: everything that was wrong with it. */
  issues?: Issue[];
}

export interface MergeReport {
  added: string[];
  updated: string[];
  skipped: Skipped[];
}

/** Newer `updated` wins; an identical or older copy is skipped and said why. */
export function mergeProposals(current: ProposalMap, incoming: readonly Proposal[]): { proposals: ProposalMap; report: MergeReport } {
  const proposals = toIdRecord(current);
  const report: MergeReport = { added: [], updated: [], skipped: [] };
  for (const proposal of incoming) {
    const existing = byId(proposals, proposal.id);
    if (!existing) {
      report.added.push(proposal.id);
    } else if (jsonEqual(existing, proposal)) {
      report.skipped.push({ id: proposal.id, reason: issue("", "proposals.merge.identical") });
      continue;
    } else if (Date.parse(proposal.updated) <= Date.parse(existing.updated)) {
      report.skipped.push({ id: proposal.id, reason: issue("", "proposals.merge.localNewer") });
      continue;
    } else if (!report.added.includes(proposal.id) && !report.updated.includes(proposal.id)) {
      report.updated.push(proposal.id);
    }
    proposals[proposal.id] = proposal;
  }
  return { proposals, report };
}

/** What changed between two states, by reference: the records to write and the ids to delete. */
export function diffProposals(before: ProposalMap, after: ProposalMap): { put: Proposal[]; remove: string[] } {
  const put = Object.values(after).filter((p) => byId(before, p.id) !== p);
  const remove = Object.keys(before).filter((id) => !hasId(after, id));
  return { put, remove };
}
