/** The workshop slice's types, apart from its creator: types.ts reads them without an import cycle. */
import type { FeatureCollection } from "geojson";
import type { LayerId } from "../../layers/definitions";
import type { CoverageFigures, MapView } from "./shared";

export const WORKSHOP_STEPS = ["situation", "gaps", "proposals", "support"] as const;
export type WorkshopStepId = (typeof WORKSHOP_STEPS)[number];
/** "facilitator": the window people work in; "projector": a mirror of it on the big screen. */
export type ScreenRole = "facilitator" | "projector";
/** Which coverage the map shows while comparing: as it is now, or with the scenario. */
export type CompareView = "baseline" | "scenario";
/** How far the back row sits from the projection: the map's labels and symbols grow with it. */
export const ROOM_SIZES = ["small", "large"] as const;
export type RoomSize = (typeof ROOM_SIZES)[number];

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
  roomSize: RoomSize;
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
  setRoomSize: (roomSize: RoomSize) => void;
  showStep: (patch: StepPatch) => void;
  setScreenRole: (role: ScreenRole) => void;
  setReportOpen: (open: boolean, print?: boolean) => void;
  clearReportPrint: () => void;
  setCompareView: (view: CompareView) => void;
  setBaselineGaps: (gaps: FeatureCollection | null) => void;
  /** For the coverage feature: the figures with all proposals realised (null when unknown). */
  setProposalsScenario: (scenario: ProposalsScenario | null) => void;
}
