import type { StateCreator } from "zustand";
import type { AppState, CoverageSettings, CoverageSlice, CoverageView } from "../types";

export const DEFAULT_COVERAGE_SETTINGS: CoverageSettings = {
  limitM: 400,
  normId: "custom",
  speedKmh: 4.8,
  limitUnit: "m",
  placeLayers: { meeting: true, squares: false, green: false, benches: false },
};

const idle: CoverageView = { status: "idle", edgeVersion: 0 };

export const createCoverageSlice: StateCreator<AppState, [], [], CoverageSlice> = (set) => ({
  analysisInputs: { network: null, residents: null, buildings: null, area: null },
  coverageSettings: DEFAULT_COVERAGE_SETTINGS,
  coverage: idle,
  showCoverage: true,
  tryPlace: null,
  selectedGap: null,
  selectGap: (selectedGap) => set({ selectedGap }),
  setAnalysisInputs: (inputs) => set((s) => ({ analysisInputs: { ...s.analysisInputs, ...inputs } })),
  setCoverageSettings: (settings) => set((s) => ({ coverageSettings: { ...s.coverageSettings, ...settings } })),
  updateCoverage: (patch) => set((s) => ({ coverage: { ...s.coverage, ...patch } })),
  setShowCoverage: (showCoverage) => set({ showCoverage }),
  setTryPlace: (tryPlace) => set({ tryPlace }),
  updateTryPlace: (patch) => set((s) => (s.tryPlace ? { tryPlace: { ...s.tryPlace, ...patch } } : {})),
});
