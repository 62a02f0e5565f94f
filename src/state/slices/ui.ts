import type { StateCreator } from "zustand";
import type { Language } from "../../i18n";
import type { AppState, UiSlice } from "../types";

export const createUiSlice =
  (language: Language): StateCreator<AppState, [], [], UiSlice> =>
  (set) => ({
    language,
    panelOpen: true,
    mapReady: false,
    resident: false,
    setLanguage: (language) => set({ language }),
    setPanelOpen: (panelOpen) => set({ panelOpen }),
    setMapReady: (mapReady) => set({ mapReady }),
    setResident: (resident) => set({ resident }),
  });
