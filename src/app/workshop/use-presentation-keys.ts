import { useEffect } from "react";
import type { AppStore } from "../../state/store";
import { leaveFullscreen } from "./fullscreen";
import { goToStep, stepForKey } from "./steps";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function stopPresenting(store: AppStore): void {
  store.getState().setPresenting(false);
  leaveFullscreen();
}

/**
 * While presenting: ←/→ (and a presenter remote's PageUp/PageDown) step, mirrored right to
 * left as the page is, 1–4 jump, Escape leaves. Captured before the map, whose own arrow keys
 * would otherwise pan it as well.
 */
export function usePresentationKeys(store: AppStore, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "Escape") {
        stopPresenting(store);
        e.preventDefault();
        return;
      }
      const dir = document.documentElement.dir === "rtl" ? "rtl" : "ltr";
      const step = stepForKey(store.getState().workshopStep, e.key, dir);
      if (!step) return;
      e.preventDefault();
      e.stopPropagation();
      goToStep(store, step);
    };
    // Escape in real full screen is taken by the browser: leaving full screen ends presenting too.
    const onFullscreen = () => {
      if (!document.fullscreenElement) store.getState().setPresenting(false);
    };
    window.addEventListener("keydown", onKey, true);
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      window.removeEventListener("keydown", onKey, true);
      document.removeEventListener("fullscreenchange", onFullscreen);
    };
  }, [store, active]);
}
