import { createStore, type StoreApi } from "zustand/vanilla";
import { DEFAULT_LANGUAGE, type Language } from "../i18n";
import type { LayerId } from "../layers/definitions";
import { createBasemapStatusSlice } from "./slices/basemap-status";
import { createCoverageSlice } from "./slices/coverage";
import { createDatasetsSlice } from "./slices/datasets";
import { createLayersSlice } from "./slices/layers";
import { createProposalsSlice } from "./slices/proposals";
import { createSelectionSlice } from "./slices/selection";
import { createUiSlice } from "./slices/ui";
import { createViewSlice } from "./slices/view";
import { createWorkshopSlice } from "./slices/workshop";
import type { AppState, MapView } from "./types";

export type AppStore = StoreApi<AppState>;

export interface StoreOptions {
  view?: MapView;
  visible?: Partial<Record<LayerId, boolean>>;
  language?: Language;
}

/** The demo neighbourhood's centre; a fallback view before data or a URL says otherwise. */
export const DEFAULT_VIEW: MapView = { center: [3.0, 52.1], zoom: 14.5 };

/**
 * One store for the whole app, made from slices. A factory (not a module singleton) so that
 * every test, and every mounted app, gets its own fresh store.
 */
export function createAppStore(options: StoreOptions = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createLayersSlice(options.visible)(...a),
    ...createViewSlice(options.view ?? DEFAULT_VIEW)(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(options.language ?? DEFAULT_LANGUAGE)(...a),
    ...createCoverageSlice(...a),
    ...createProposalsSlice(...a),
    ...createWorkshopSlice(...a),
    ...createDatasetsSlice(...a),
    ...createBasemapStatusSlice(...a),
  }));
}

declare global {
  interface Window {
    /** The app's store, for debugging in the console and for the browser tests. */
    __ontmoetingskaartStore?: AppStore;
  }
}
