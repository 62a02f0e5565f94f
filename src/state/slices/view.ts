import type { StateCreator } from "zustand";
import type { AppState, MapView, ViewSlice } from "../types";

export const createViewSlice =
  (initialView: MapView): StateCreator<AppState, [], [], ViewSlice> =>
  (set) => ({
    view: initialView,
    fitRequest: null,
    setView: (view) => set({ view }),
    // A sequence number makes two requests for the same bounds distinct, so both are honoured.
    requestFit: (bounds) => set((s) => ({ fitRequest: { bounds, seq: (s.fitRequest?.seq ?? 0) + 1 } })),
  });
