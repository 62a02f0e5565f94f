import { useEffect } from "react";
import type { AppStore } from "../../state/store";

/**
 * Keeps the map's crosshair in the middle of what the resident sees: after each pan it comes
 * back to the centre, so "choose the place at the cross" never picks a spot off screen.
 */
export function useCursorAtCentre(store: AppStore) {
  useEffect(
    () =>
      store.subscribe((next, prev) => {
        if (next.view !== prev.view && next.interactionMode === "propose") next.setProposeCursor(next.view.center);
      }),
    [store],
  );
}
