import type { StateCreator } from "zustand";
import type { AppState, FeatureRef, SelectionSlice } from "../types";

const same = (a: FeatureRef | null, b: FeatureRef | null) => a?.layer === b?.layer && a?.id === b?.id;

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  hovered: null,
  selected: null,
  // Hover fires on every mouse move: skip identical updates so subscribers are not woken.
  setHovered: (ref) => {
    if (!same(get().hovered, ref)) set({ hovered: ref });
  },
  select: (ref) => set({ selected: ref }),
});
