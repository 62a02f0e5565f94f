/**
 * Why the base map could not be shown, for the base map picker to say in words: a file that
 * is no readable archive, a host that ignores HTTP Range for a large archive, an HTTP error.
 * The base map choice itself lives with the datasets (slices/datasets.ts).
 */
import type { StateCreator } from "zustand";
import type { AppState } from "../types";
import type { BasemapStatusSlice } from "./basemap-status-type";

export const createBasemapStatusSlice: StateCreator<AppState, [], [], BasemapStatusSlice> = (set) => ({
  basemapProblem: null,
  setBasemapProblem: (basemapProblem) => set({ basemapProblem }),
});

export const selectBasemapProblem = (s: AppState) => s.basemapProblem;
