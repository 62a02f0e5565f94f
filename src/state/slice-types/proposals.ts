/** The proposals slice's types, apart from its creator: types.ts reads them without an import cycle. */
import type {
  DotWallet, Issue, LinkedFeature, MergeReport, Proposal, ProposalCommand, ProposalMap, ProposalMessageKey, ProposalState, Session,
} from "../../proposals";

export type LngLat = [longitude: number, latitude: number];
export type ProposalSession = Session<ProposalState, ProposalCommand>;
/** The map's interaction modes; src/map/propose-mode.ts maps each to its handlers. */
export type InteractionMode = "select" | "propose";
export type ProposalSort = "support" | "date" | "gain";
/** `saved` only after a storage write resolved; `memory` when storage is unavailable. */
export type SaveStatus = "idle" | "saving" | "saved" | "memory";

/** A message for the UI: an i18n key plus parameters, never a sentence. */
export interface Notice {
  key: string;
  params?: Record<string, string | number>;
  /** An i18n key for the reason, translated and passed to the message as {{reason}}. */
  reason?: { key: string; params?: Record<string, string | number> };
  /** Errors are announced at once (role="alert"); other notices politely. */
  tone?: "error";
  /** Offers an undo button next to the message (after a delete). */
  undoable?: boolean;
}

export type ProposalFormState = { kind: "new"; location: LngLat; linkedFeature?: LinkedFeature } | { kind: "edit"; id: string };

export interface ProposalsSlice {
  proposalSession: ProposalSession;
  interactionMode: InteractionMode;
  /** The keyboard crosshair while proposing. */
  proposeCursor: LngLat | null;
  /** Read out by an aria-live region while proposing. */
  proposeHint: Notice | null;
  proposalForm: ProposalFormState | null;
  selectedProposal: string | null;
  /** Where a proposal is being dragged to; committed as one move command on release. */
  proposalDrag: { id: string; location: LngLat } | null;
  proposalSort: ProposalSort;
  saveStatus: SaveStatus;
  storageProblem: ProposalMessageKey | null;
  /** Proposals from a share link, shown highlighted until the resident accepts or dismisses them. */
  incomingShare: Proposal[] | null;
  proposalNotice: Notice | null;
  /** Coverage gain per proposal id (residents newly within walking distance); set by the coverage feature. */
  proposalGains?: Record<string, number>;
  /** The walking time the gains are counted for, in minutes. */
  proposalGainMinutes?: number;

  /** Runs one command through the library's history; returns the issues when it was refused. */
  runProposalCommand: (command: ProposalCommand) => Issue[];
  undoProposal: () => boolean;
  redoProposal: () => boolean;
  /** Storage or another tab changed proposals: replace them without touching the history. */
  replaceProposals: (proposals: ProposalMap, dots?: DotWallet) => void;
  /** Merges proposals from a file or link (newer wins) and reports what happened. */
  mergeIncoming: (incoming: readonly Proposal[]) => MergeReport;
  setDotBudget: (budget: number | null) => void;
  setInteractionMode: (mode: InteractionMode) => void;
  setProposeCursor: (cursor: LngLat, hint?: Notice | null) => void;
  setProposeHint: (hint: Notice | null) => void;
  openProposalForm: (form: ProposalFormState | null) => void;
  selectProposal: (id: string | null) => void;
  setProposalDrag: (drag: { id: string; location: LngLat } | null) => void;
  setProposalSort: (sort: ProposalSort) => void;
  setSaveStatus: (status: SaveStatus) => void;
  setStorageProblem: (key: ProposalMessageKey | null) => void;
  setIncomingShare: (proposals: Proposal[] | null) => void;
  setProposalNotice: (notice: Notice | null) => void;
}
