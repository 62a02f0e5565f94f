/** Orders the proposal list: by support (the tally), by date (newest first) or by coverage gain. */
import { byId, supportTally, type Proposal, type ProposalMap } from "../../proposals";
import type { ProposalSort } from "../../state/slices/proposals";

export function sortProposals(proposals: ProposalMap, sort: ProposalSort, gains: Record<string, number> | undefined): Proposal[] {
  if (sort === "support") return supportTally(proposals).flatMap((row) => byId(proposals, row.id) ?? []);
  const list = Object.values(proposals);
  if (sort === "gain" && gains) {
    return list.sort((a, b) => (byId(gains, b.id) ?? -1) - (byId(gains, a.id) ?? -1) || a.name.localeCompare(b.name, "nl"));
  }
  return list.sort((a, b) => b.created.localeCompare(a.created) || a.id.localeCompare(b.id));
}
