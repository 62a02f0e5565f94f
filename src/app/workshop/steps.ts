/**
 * The steps of a workshop session as data: which layers are visible, whether walking-distance
 * coverage is drawn, which figure the big screen shows and, optionally, a view to fly to.
 * Entering a step is one pure function (stepPatch) so it is the same on every screen.
 */
import { LAYER_IDS, type LayerId } from "../../layers/definitions";
import { WORKSHOP_STEPS, type StepPatch, type WorkshopStepId } from "../../state/slices/workshop";
import type { AppState, MapView } from "../../state/types";

/** The large figure a step puts next to the share within reach. */
export type StepFigure = "places" | "inGaps" | "gain" | "support";

export interface StepDefinition {
  id: WorkshopStepId;
  /** i18n key of the step's name on the step bar. */
  labelKey: string;
  /** i18n key of the one-line explanation under the figures. */
  explainKey: string;
  layers: readonly LayerId[];
  coverage: boolean;
  figure: StepFigure;
  view?: MapView;
}

export const STEPS: Record<WorkshopStepId, StepDefinition> = {
  situation: {
    id: "situation",
    labelKey: "workshop.step.situation",
    explainKey: "workshop.step.situation.explain",
    layers: ["meeting", "squares", "green", "benches"],
    coverage: false,
    figure: "places",
  },
  gaps: {
    id: "gaps",
    labelKey: "workshop.step.gaps",
    explainKey: "workshop.step.gaps.explain",
    layers: ["meeting"],
    coverage: true,
    figure: "inGaps",
  },
  proposals: {
    id: "proposals",
    labelKey: "workshop.step.proposals",
    explainKey: "workshop.step.proposals.explain",
    layers: ["meeting", "squares", "vacant"],
    coverage: true,
    figure: "gain",
  },
  support: {
    id: "support",
    labelKey: "workshop.step.support",
    explainKey: "workshop.step.support.explain",
    layers: ["meeting"],
    coverage: false,
    figure: "support",
  },
};

export const STEP_ORDER: readonly WorkshopStepId[] = WORKSHOP_STEPS;

/** What entering a step sets: its layers, coverage on or off, and its view when it has one. */
export function stepPatch(step: StepDefinition): StepPatch {
  const shown = new Set<LayerId>(step.layers);
  const visible = Object.fromEntries(LAYER_IDS.map((id) => [id, shown.has(id)])) as Record<LayerId, boolean>;
  return { workshopStep: step.id, visible, showCoverage: step.coverage, ...(step.view ? { view: step.view } : {}) };
}

/** The step `delta` places after the current one, held at the first and last (no wrap-around). */
export function stepAfter(current: WorkshopStepId | null, delta: number): WorkshopStepId {
  const at = current ? STEP_ORDER.indexOf(current) : -1;
  const next = Math.min(STEP_ORDER.length - 1, Math.max(0, at + delta));
  return STEP_ORDER[next];
}

/**
 * The step a key press asks for (←/→, PageUp/PageDown for presenter remotes, 1–4), or null.
 * Right to left the step bar runs from right to left, so ← goes on and → goes back; a
 * remote's PageDown always goes on.
 */
export function stepForKey(current: WorkshopStepId | null, key: string, dir: "ltr" | "rtl" = "ltr"): WorkshopStepId | null {
  const [onward, back] = dir === "rtl" ? ["ArrowLeft", "ArrowRight"] : ["ArrowRight", "ArrowLeft"];
  if (key === onward || key === "PageDown") return stepAfter(current, 1);
  if (key === back || key === "PageUp") return stepAfter(current, -1);
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= STEP_ORDER.length ? STEP_ORDER[n - 1] : null;
}

/** Enters a step in the store. */
export function goToStep(store: { getState(): Pick<AppState, "showStep"> }, id: WorkshopStepId): void {
  store.getState().showStep(stepPatch(STEPS[id]));
}
