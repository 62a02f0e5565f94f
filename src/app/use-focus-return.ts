import { useEffect, useRef, type RefObject } from "react";

/**
 * When `active` ends (presentation left, trial place stopped, …) the control that had focus is
 * usually gone, and the browser drops focus to the page: a keyboard user then starts again from
 * the top (WCAG 2.4.3). This puts focus on `target` instead, but only if focus was really lost.
 */
export function useFocusReturn(active: boolean, target: RefObject<HTMLElement | null>): void {
  const was = useRef(active);
  useEffect(() => {
    const ended = was.current && !active;
    was.current = active;
    if (!ended) return;
    // On the next frame: other effects of the same change may still be showing the target
    // (the panel is display: none until the presentation layer has let go of the page).
    const frame = requestAnimationFrame(() => {
      const current = document.activeElement;
      if (!current || current === document.body || !current.isConnected) target.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [active, target]);
}
