import { useEffect } from "react";
import type { i18n as I18n } from "i18next";
import { LAYER_IDS } from "../layers/definitions";
import { formatUrlState, urlChanges } from "../state/url-state";
import type { AppStore } from "../state/store";

export const LANGUAGE_KEY = "ontmoetingskaart.language";

/**
 * A hash edited by hand (or a link to this page followed): the view and layers follow it
 * without a reload. The app's own writes use history.replaceState, which fires no
 * hashchange, and urlChanges ignores what the store already shows: so there is no loop.
 */
export function followHashChanges(store: AppStore): () => void {
  const onHashChange = () => {
    const s = store.getState();
    const change = urlChanges(location.hash, s);
    if (change.view) s.setView(change.view);
    for (const id of LAYER_IDS) {
      const shown = change.visible?.[id];
      if (shown !== undefined) s.setVisible(id, shown);
    }
  };
  window.addEventListener("hashchange", onHashChange);
  return () => window.removeEventListener("hashchange", onHashChange);
}

/** Side effects of state outside the map: the URL keeps the view (and follows hand edits), the language follows the store. */
export function useAppEffects(store: AppStore, i18n: I18n) {
  useEffect(() => followHashChanges(store), [store]);
  useEffect(
    () =>
      store.subscribe((next, prev) => {
        if (next.view !== prev.view || next.visible !== prev.visible) {
          // replaceState: panning must not flood the back button with history entries.
          history.replaceState(null, "", formatUrlState(next.view, next.visible, location.hash));
        }
        if (next.language !== prev.language) {
          void i18n.changeLanguage(next.language);
          document.documentElement.lang = next.language;
          try {
            localStorage.setItem(LANGUAGE_KEY, next.language);
          } catch {
            // Private mode may refuse storage; the choice then lasts for this visit only.
          }
        }
      }),
    [store, i18n],
  );
}
