/**
 * The workshop: presentation mode on a projector, the step of the session, which window this
 * is (the facilitator's or the mirrored projector), the report overlay and the scenario shown.
 * Step definitions are data in src/app/workshop/steps.ts; this slice only holds where we are.
 */
import type { FeatureCollection } from "geojson";
import type { StateCreator } from "zustand";
import type { LayerId } from "../../layers/definitions";
import type { AppState, CoverageFigures, MapView } from "../types";

export const WORKSHOP_STEPS = ["situation", "gaps", "proposals", "support"] as const;
export type WorkshopStepId = (typeof WORKSHOP_STEPS)[number];
/** "facilitator": the window people work in; "projector": a mirror of it on the big screen. */
export type ScreenRole = "facilitator" | "projector";
/** Which coverage the map shows while comparing: as it is now, or with the scenario. */
export type CompareView = "baseline" | "scenario";

export function isWorkshopStep(value: unknown): value is WorkshopStepId {
  return typeof value === "string" && (WORKSHOP_STEPS as readonly string[]).includes(value);
}

/** What entering a step changes in the store (computed by stepPatch in src/app/workshop/steps.ts). */
export interface StepPatch {
  workshopStep: WorkshopStepId;
  visible: Record<LayerId, boolean>;
  showCoverage: boolean;
  view?: MapView;
}

/** Coverage with every proposal realised, as the coverage feature computes it. */
export interface ProposalsScenario {
  figures: CoverageFigures;
  /** Residents newly within reach against the baseline. */
  gained: number;
  /** Gap areas that remain with the proposals; shown when the map toggles to the scenario. */
  gaps?: FeatureCollection;
}

export interface WorkshopSlice {
  presenting: boolean;
  workshopStep: WorkshopStepId | null;
  screenRole: ScreenRole;
  reportOpen: boolean;
  /** "Print report" asks for the print dialog once the report's map image is ready. */
  reportPrintPending: boolean;
  compareView: CompareView;
  /** Gaps without any what-if place, kept while a trial place changes coverage.gaps. */
  baselineGaps: FeatureCollection | null;
  /** Null until the coverage feature feeds it through setProposalsScenario. */
  proposalsScenario: ProposalsScenario | null;
  setPresenting: (presenting: boolean) => void;
  showStep: (patch: StepPatch) => void;
  setScreenRole: (role: ScreenRole) => void;
  setReportOpen: (open: boolean, print?: boolean) => void;
  clearReportPrint: () => void;
  setCompareView: (view: CompareView) => void;
  setBaselineGaps: (gaps: FeatureCollection | null) => void;
  /** For the coverage feature: the figures with all proposals realised (null when unknown). */
  setProposalsScenario: (scenario: ProposalsScenario | null) => void;
}

export const createWorkshopSlice: StateCreator<AppState, [], [], WorkshopSlice> = (set) => ({
  presenting: false,
  workshopStep: null,
  screenRole: "facilitator",
  reportOpen: false,
  reportPrintPending: false,
  compareView: "scenario",
  baselineGaps: null,
  proposalsScenario: null,
  setPresenting: (presenting) => set({ presenting }),
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
/** The big-screen layout: the facilitator presenting, or the projector window always. */
export const selectBigScreen = (s: AppState) => s.presenting || s.screenRole === "projector";
