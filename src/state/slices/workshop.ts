/**
 * The workshop: presentation mode on a projector, the step of the session, which window this
 * is (the facilitator's or the mirrored projector), the report overlay and the scenario shown.
 * Step definitions are data in src/app/workshop/steps.ts; this slice only holds where we are.
 */
import type { StateCreator } from "zustand";
import type { AppState } from "../types";
import { WORKSHOP_STEPS, type WorkshopStepId, type WorkshopSlice } from "../slice-types/workshop";
export { ROOM_SIZES, WORKSHOP_STEPS } from "../slice-types/workshop";
export type { CompareView, ProposalsScenario, RoomSize, ScreenRole, StepPatch, WorkshopSlice, WorkshopStepId } from "../slice-types/workshop";

export function isWorkshopStep(value: unknown): value is WorkshopStepId {
  return typeof value === "string" && (WORKSHOP_STEPS as readonly string[]).includes(value);
}

export const createWorkshopSlice: StateCreator<AppState, [], [], WorkshopSlice> = (set) => ({
  presenting: false,
  roomSize: "small",
  workshopStep: null,
  screenRole: "facilitator",
  reportOpen: false,
  reportPrintPending: false,
  compareView: "scenario",
  baselineGaps: null,
  proposalsScenario: null,
  setPresenting: (presenting) => set({ presenting }),
  setRoomSize: (roomSize) => set({ roomSize }),
  showStep: ({ view, ...rest }) => set(view ? { ...rest, view } : rest),
  setScreenRole: (screenRole) => set({ screenRole }),
  setReportOpen: (reportOpen, print = false) => set({ reportOpen, reportPrintPending: reportOpen && print }),
  clearReportPrint: () => set({ reportPrintPending: false }),
  setCompareView: (compareView) => set({ compareView }),
  setBaselineGaps: (baselineGaps) => set({ baselineGaps }),
  setProposalsScenario: (proposalsScenario) => set({ proposalsScenario }),
});

// Named selectors for the workshop UI.
export const selectPresenting = (s: AppState) => s.presenting;
export const selectWorkshopStep = (s: AppState) => s.workshopStep;
export const selectScreenRole = (s: AppState) => s.screenRole;
export const selectReportOpen = (s: AppState) => s.reportOpen;
export const selectCompareView = (s: AppState) => s.compareView;
export const selectRoomSize = (s: AppState) => s.roomSize;
/** The big-screen layout: the facilitator presenting, or the projector window always. */
export const selectBigScreen = (s: AppState) => s.presenting || s.screenRole === "projector";
