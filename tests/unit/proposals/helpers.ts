/** Shared test inputs: real proposals made by the real factory, frozen so mutation fails loudly. */
import { createProposal, type Proposal, type ProposalDraft } from "../../../src/proposals";

export const T0 = new Date("2026-03-01T10:00:00.000Z");

export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function sample(id: string, draft: Partial<ProposalDraft> = {}, now: Date = T0): Proposal {
  return deepFreeze(
    createProposal(
      {
        location: [3.7251234, 51.0543219],
        name: `Plek ${id}`,
        practices: ["language-cafe"],
        audiences: ["newcomers", "older-residents"],
        days: ["wed"],
        timeText: "woensdagnamiddag",
        needs: ["roof", "toilets"],
        ...draft,
      },
      now,
      id,
    ),
  );
}

export const byId = (...proposals: Proposal[]): Record<string, Proposal> =>
  Object.fromEntries(proposals.map((p) => [p.id, p]));
