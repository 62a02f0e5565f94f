import { useEffect } from "react";
import type { i18n as I18n } from "i18next";
import { formatUrlState } from "../state/url-state";
import type { AppStore } from "../state/store";

export const LANGUAGE_KEY = "ontmoetingskaart.language";

/** Side effects of state outside the map: the URL keeps the view, the language follows the store. */
export function useAppEffects(store: AppStore, i18n: I18n) {
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
