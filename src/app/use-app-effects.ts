import { useEffect } from "react";
import type { i18n as I18n } from "i18next";
import { directionOf, switchLanguage, type Language } from "../i18n";
import { LAYER_IDS } from "../layers/definitions";
import { formatUrlState, urlChanges } from "../state/url-state";
import type { AppStore } from "../state/store";
import type { AppState } from "../state/types";

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

/** Makes `language` the page's: texts, lang and dir (Arabic mirrors the page), remembered for the next visit. */
async function applyLanguage(i18n: I18n, language: Language) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this visit only.
  }
  await switchLanguage(i18n, language);
}

/** Side effects of state outside the map: the URL keeps the view and the language (and follows hand edits), the page follows the language. */
export function useAppEffects(store: AppStore, i18n: I18n) {
  useEffect(() => followHashChanges(store), [store]);
  useEffect(() => {
    // replaceState: panning must not flood the back button with history entries.
    const writeUrl = (s: AppState) => history.replaceState(null, "", formatUrlState(s.view, s.visible, location.hash, s.language));
    // From the start, so that a link or QR code made from this address carries the language.
    writeUrl(store.getState());
    return store.subscribe((next, prev) => {
      if (next.view !== prev.view || next.visible !== prev.visible || next.language !== prev.language) writeUrl(next);
      if (next.language !== prev.language) void applyLanguage(i18n, next.language).catch(() => {});
    });
  }, [store, i18n]);
}
