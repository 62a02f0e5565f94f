/** A new proposal from what a resident filled in; the id and clock are passed in for tests. */
import { SCHEMA_VERSION, type EditableFields, type Proposal } from "./model";
import { normaliseProposal } from "./normalise";

export type ProposalDraft = Partial<EditableFields> & { location: [longitude: number, latitude: number] };

export function createProposal(draft: ProposalDraft, now: Date = new Date(), id: string = crypto.randomUUID()): Proposal {
  const at = now.toISOString();
  const { location, ...fields } = draft;
  return normaliseProposal(
    {
      schemaVersion: SCHEMA_VERSION,
      id,
      location: { type: "Point", coordinates: location },
      name: "",
      practices: [],
      customPractice: "",
      description: "",
      audiences: [],
      days: [],
      timeText: "",
      needs: [],
      status: "idea",
      support: 0,
      ...fields,
      created: at,
      updated: at,
    },
    true,
  );
}
