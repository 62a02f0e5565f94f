/**
 * The second screen's snapshot: the small, serialisable part of the store that the projector
 * mirrors (view, layers, step, proposals, what is in focus, the trial place). Encoding takes it
 * from the facilitator's state; mirrorPatch says what the projector has to change to match,
 * leaving equal parts untouched so that its map and worker are not woken for nothing.
 */
import type { LayerId } from "../layers/definitions";
import type { Language } from "../i18n";
import type { ProposalMap } from "../proposals";
import type { LngLat } from "../state/slices/proposals";
import type { CompareView, RoomSize, WorkshopStepId } from "../state/slices/workshop";
import type { AppState, CoverageSettings, FeatureRef, MapView } from "../state/types";

export const SNAPSHOT_VERSION = 1;

export interface MirrorSnapshot {
  v: typeof SNAPSHOT_VERSION;
  view: MapView;
  visible: Record<LayerId, boolean>;
  showCoverage: boolean;
  coverageSettings: CoverageSettings;
  workshopStep: WorkshopStepId | null;
  compareView: CompareView;
  roomSize: RoomSize;
  selected: FeatureRef | null;
  selectedGap: string | null;
  selectedProposal: string | null;
  tryPlaceAt: LngLat | null;
  proposals: ProposalMap;
  proposalDrag: { id: string; location: LngLat } | null;
  language: Language;
}

export function encodeSnapshot(s: AppState): MirrorSnapshot {
  return {
    v: SNAPSHOT_VERSION,
    view: s.view,
    visible: s.visible,
    showCoverage: s.showCoverage,
    coverageSettings: s.coverageSettings,
    workshopStep: s.workshopStep,
    compareView: s.compareView,
    roomSize: s.roomSize,
    selected: s.selected,
    selectedGap: s.selectedGap,
    selectedProposal: s.selectedProposal,
    tryPlaceAt: s.tryPlace?.at ?? null,
    proposals: s.proposalSession.state.proposals,
    proposalDrag: s.proposalDrag,
    language: s.language,
  };
}

/** The parts of the store a snapshot sets directly; proposals go through replaceProposals. */
export type MirrorPatch = Partial<
  Pick<
    AppState,
    | "view" | "visible" | "showCoverage" | "coverageSettings" | "workshopStep" | "compareView" | "roomSize" | "selected"
    | "selectedGap" | "selectedProposal" | "tryPlace" | "proposalDrag" | "language"
  >
>;

// Snapshots are plain JSON (they crossed a BroadcastChannel), so JSON equality is value equality.
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

const DIRECT = [
  "view", "visible", "showCoverage", "coverageSettings", "workshopStep", "compareView", "roomSize", "selected", "selectedGap",
  "selectedProposal", "proposalDrag", "language",
] as const;

/** What the projector changes to match a snapshot; `proposals` only when they differ. */
export function mirrorPatch(s: AppState, snap: MirrorSnapshot): { patch: MirrorPatch; proposals?: ProposalMap } {
  const patch: Record<string, unknown> = {};
  for (const key of DIRECT) if (!same(s[key], snap[key])) patch[key] = snap[key];
  if (!same(s.tryPlace?.at ?? null, snap.tryPlaceAt)) {
    // The last gain stays on screen until the projector's own worker has counted the new place.
    patch.tryPlace = snap.tryPlaceAt ? { ...s.tryPlace, at: snap.tryPlaceAt } : null;
  }
  const proposals = same(s.proposalSession.state.proposals, snap.proposals) ? undefined : snap.proposals;
  return { patch: patch as MirrorPatch, ...(proposals ? { proposals } : {}) };
}
