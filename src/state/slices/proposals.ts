/**
 * Residents' proposals in the store: the library's undo session (state + history), the
 * propose mode, the open form, and what the UI says about saving and sharing. Every change to
 * proposals goes through the library's commands, so undo/redo and validation live in one place.
 */
import type { StateCreator } from "zustand";
import {
  applyCommand, byId, canRedo, canUndo, execute, hasId, idRecord, mergeProposals, parseDotWallet, redo, startSession, toIdRecord, undo, withDotBudget,
  NO_DOT_LIMIT,
  type Proposal, type ProposalCommand, type ProposalState,
} from "../../proposals";
import type { AppState } from "../types";
import type { Notice, ProposalSession, ProposalsSlice } from "../slice-types/proposals";

export type {
  InteractionMode, LngLat, Notice, ProposalFormState, ProposalSession, ProposalSort, ProposalsSlice, SaveStatus,
} from "../slice-types/proposals";

const INSTRUCTIONS: Notice = { key: "proposalsUi.mode.instructions" };

export const createProposalsSlice: StateCreator<AppState, [], [], ProposalsSlice> = (set, get) => {
  /** Applies a new session; the selection follows a proposal that an undo removed. */
  const commit = (session: ProposalSession) => {
    const selected = get().selectedProposal;
    set({ proposalSession: session, selectedProposal: selected && hasId(session.state.proposals, selected) ? selected : null });
  };
  return {
    proposalSession: startSession<ProposalState, ProposalCommand>({ proposals: idRecord(), dots: NO_DOT_LIMIT }),
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
      // Whatever the caller built (a spread, a clone from another window), the state keeps ids as data.
      commit({ ...s, state: { proposals: toIdRecord(proposals), dots: dots ? parseDotWallet(dots) : s.state.dots } });
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
  (s.selectedProposal && byId(s.proposalSession.state.proposals, s.selectedProposal)) || null;
export const selectProposalGains = (s: AppState) => s.proposalGains;
