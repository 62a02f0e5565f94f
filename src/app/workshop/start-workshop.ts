/**
 * Starts the workshop features outside React: reads step, screen, report and mode from the
 * URL, mirrors the facilitator's window to a projector window, keeps the baseline gaps while a
 * trial place is out, and writes the workshop's parameters back into the URL.
 */
import { LAYER_IDS } from "../../layers/definitions";
import { startMirror } from "../../sync/mirror";
import type { AppStore } from "../../state/store";
import type { AppState } from "../../state/types";
import { goToStep } from "./steps";
import { parseWorkshopUrl, withWorkshopParams, type WorkshopUrlState } from "./workshop-url";

const urlStateOf = (s: AppState): WorkshopUrlState => ({
  step: s.workshopStep ?? undefined,
  projector: s.screenRole === "projector",
  report: s.reportOpen,
  // The resident's path keeps mode=propose, so a reload on any of its steps comes back to it.
  propose: s.interactionMode === "propose" || s.resident,
});

/**
 * Rewrites the workshop's parameters after every relevant change. A microtask later, so that
 * the shell's own URL write for the view (which knows nothing of ours) has happened first.
 */
function keepUrl(store: AppStore): () => void {
  return store.subscribe((next, prev) => {
    const relevant =
      next.view !== prev.view || next.visible !== prev.visible || next.workshopStep !== prev.workshopStep ||
      next.reportOpen !== prev.reportOpen || next.interactionMode !== prev.interactionMode ||
      next.resident !== prev.resident;
    if (!relevant) return;
    queueMicrotask(() => {
      const hash = withWorkshopParams(location.hash, urlStateOf(store.getState()));
      if (hash !== location.hash) history.replaceState(null, "", hash);
    });
  });
}

/**
 * Presenting sets each step's layers; leaving (the button, Escape, closing full screen) gives
 * the planner back the layers and coverage they had before. Only in the facilitator's window:
 * the projector mirrors whatever that window shows.
 */
export function restoreLayersAfterPresenting(store: AppStore): () => void {
  let before: Pick<AppState, "visible" | "showCoverage"> | null = null;
  return store.subscribe((next, prev) => {
    if (next.presenting === prev.presenting || next.screenRole !== "facilitator") return;
    if (next.presenting) {
      before = { visible: prev.visible, showCoverage: prev.showCoverage };
      return;
    }
    const saved = before;
    before = null;
    if (!saved) return;
    for (const id of LAYER_IDS) if (next.visible[id] !== saved.visible[id]) next.setVisible(id, saved.visible[id]);
    if (next.showCoverage !== saved.showCoverage) next.setShowCoverage(saved.showCoverage);
  });
}

/** coverage.gaps follows the trial place; the comparison needs the gaps without it too. */
function keepBaselineGaps(store: AppStore): () => void {
  return store.subscribe((next, prev) => {
    if (next.coverage.gaps !== prev.coverage.gaps && !next.tryPlace) next.setBaselineGaps(next.coverage.gaps ?? null);
    // New settings make the kept baseline stale; it is taken again once the trial place is gone.
    else if (next.coverageSettings !== prev.coverageSettings && next.tryPlace) next.setBaselineGaps(null);
  });
}

export function startWorkshop(store: AppStore, hash: string): () => void {
  const fromUrl = parseWorkshopUrl(hash);
  const s = store.getState();
  const role = fromUrl.projector ? "projector" : "facilitator";
  s.setScreenRole(role);
  if (fromUrl.step) goToStep(store, fromUrl.step);
  if (fromUrl.report) s.setReportOpen(true);
  // The residents' QR link opens their own path (src/app/resident/), which starts in propose mode.
  if (fromUrl.propose && role === "facilitator") s.setResident(true);
  const stops = [startMirror(store, role), keepUrl(store), keepBaselineGaps(store), restoreLayersAfterPresenting(store)];
  return () => stops.forEach((stop) => stop());
}
