import type { StateCreator } from "zustand";
import { DEFAULT_PLACE_LAYERS } from "../../analysis/analysis-plan";
import type { AppState, CoverageSettings, CoverageSlice, CoverageView } from "../types";

export const DEFAULT_COVERAGE_SETTINGS: CoverageSettings = {
  limitM: 400,
  normId: "custom",
  speedKmh: 4.8,
  limitUnit: "m",
  placeLayers: { ...DEFAULT_PLACE_LAYERS },
};

const idle: CoverageView = { status: "idle", edgeVersion: 0 };

export const createCoverageSlice: StateCreator<AppState, [], [], CoverageSlice> = (set) => ({
  coverageSettings: DEFAULT_COVERAGE_SETTINGS,
  coverage: idle,
  showCoverage: true,
  tryPlace: null,
  selectedGap: null,
  selectGap: (selectedGap) => set({ selectedGap }),
  setCoverageSettings: (settings) => set((s) => ({ coverageSettings: { ...s.coverageSettings, ...settings } })),
  updateCoverage: (patch) => set((s) => ({ coverage: { ...s.coverage, ...patch } })),
  setShowCoverage: (showCoverage) => set({ showCoverage }),
  setTryPlace: (tryPlace) => set({ tryPlace }),
  updateTryPlace: (patch) => set((s) => (s.tryPlace ? { tryPlace: { ...s.tryPlace, ...patch } } : {})),
});
