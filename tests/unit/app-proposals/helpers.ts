/** Real proposals from the library's factory, and a real store to run them through. */
import { createProposal, type Proposal, type ProposalDraft } from "../../../src/proposals";
import { createAppStore } from "../../../src/state/store";

export const T0 = new Date("2026-03-01T10:00:00.000Z");

export function proposal(id: string, draft: Partial<ProposalDraft> = {}, now: Date = T0): Proposal {
  return createProposal({ location: [3.0, 52.1], name: `Plek ${id}`, ...draft }, now, id);
}

export function storeWith(...proposals: Proposal[]) {
  const store = createAppStore({ view: { center: [3.0, 52.1], zoom: 15 } });
  store.getState().replaceProposals(Object.fromEntries(proposals.map((p) => [p.id, p])));
  return store;
}
