/**
 * Residents' proposals in the store: the library's undo session (state + history), the
 * propose mode, the open form, and what the UI says about saving and sharing. Every change to
 * proposals goes through the library's commands, so undo/redo and validation live in one place.
 */
import type { StateCreator } from "zustand";
import {
  applyCommand, canRedo, canUndo, execute, mergeProposals, redo, startSession, undo, withDotBudget, NO_DOT_LIMIT,
  type DotWallet, type Issue, type LinkedFeature, type MergeReport, type Proposal, type ProposalCommand,
  type ProposalMap, type ProposalMessageKey, type ProposalState, type Session,
} from "../../proposals";
import type { AppState } from "../types";

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

const INSTRUCTIONS: Notice = { key: "proposalsUi.mode.instructions" };

export const createProposalsSlice: StateCreator<AppState, [], [], ProposalsSlice> = (set, get) => {
  /** Applies a new session; the selection follows a proposal that an undo removed. */
  const commit = (session: ProposalSession) => {
    const selected = get().selectedProposal;
    set({ proposalSession: session, selectedProposal: selected && session.state.proposals[selected] ? selected : null });
  };
  return {
    proposalSession: startSession<ProposalState, ProposalCommand>({ proposals: {}, dots: NO_DOT_LIMIT }),
    interactionMode: "select",
    proposeCursor: null,
    proposeHint: null,
    proposalForm: null,
    selectedProposal: null,
    proposalDrag: null,
    proposalSort: "date",
    saveStatus: "idle",
    storageProblem: null,
    incomingShare: null,
    proposalNotice: null,

    runProposalCommand: (command) => {
      const result = execute(applyCommand, get().proposalSession, command);
      if (!result.ok) return result.issues;
      commit(result.session);
      return [];
    },
    undoProposal: () => {
      const result = undo(applyCommand, get().proposalSession);
      if (result.ok) commit(result.session);
      return result.ok;
    },
    redoProposal: () => {
      const result = redo(applyCommand, get().proposalSession);
      if (result.ok) commit(result.session);
      return result.ok;
    },
    replaceProposals: (proposals, dots) => {
      const { proposalSession: s } = get();
      commit({ ...s, state: { proposals, dots: dots ?? s.state.dots } });
    },
    mergeIncoming: (incoming) => {
      const { proposalSession: s } = get();
      const merged = mergeProposals(s.state.proposals, incoming);
      commit({ ...s, state: { ...s.state, proposals: merged.proposals } });
      return merged.report;
    },
    setDotBudget: (budget) => {
      const { proposalSession: s } = get();
      commit({ ...s, state: { ...s.state, dots: withDotBudget(s.state.dots, budget) } });
    },
    setInteractionMode: (mode) =>
      set((s) => ({
        interactionMode: mode,
        // The crosshair starts in the middle of what the resident sees.
        proposeCursor: mode === "propose" ? s.view.center : null,
        proposeHint: mode === "propose" ? INSTRUCTIONS : null,
      })),
    setProposeCursor: (cursor, hint) => set(hint === undefined ? { proposeCursor: cursor } : { proposeCursor: cursor, proposeHint: hint }),
    setProposeHint: (proposeHint) => set({ proposeHint }),
    // Opening the form ends the propose mode: the place has been picked.
    openProposalForm: (form) => set(form ? { proposalForm: form, interactionMode: "select", proposeCursor: null, proposeHint: null } : { proposalForm: null }),
    selectProposal: (selectedProposal) => set({ selectedProposal }),
    setProposalDrag: (proposalDrag) => set({ proposalDrag }),
    setProposalSort: (proposalSort) => set({ proposalSort }),
    setSaveStatus: (saveStatus) => set({ saveStatus }),
    setStorageProblem: (storageProblem) => set({ storageProblem }),
    setIncomingShare: (incomingShare) => set({ incomingShare }),
    setProposalNotice: (proposalNotice) => set({ proposalNotice }),
  };
};

// Named selectors for the proposal UI.
export const selectProposalMap = (s: AppState) => s.proposalSession.state.proposals;
export const selectDots = (s: AppState) => s.proposalSession.state.dots;
export const selectCanUndo = (s: AppState) => canUndo(s.proposalSession);
export const selectCanRedo = (s: AppState) => canRedo(s.proposalSession);
export const selectInteractionMode = (s: AppState) => s.interactionMode;
export const selectProposalForm = (s: AppState) => s.proposalForm;
export const selectSelectedProposalId = (s: AppState) => s.selectedProposal;
export const selectSelectedProposal = (s: AppState): Proposal | null =>
  (s.selectedProposal && s.proposalSession.state.proposals[s.selectedProposal]) || null;
export const selectProposalGains = (s: AppState) => s.proposalGains;
