import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { LayerId } from "../layers/definitions";
import type { Language } from "../i18n";

export type PlaceFeature = Feature<Geometry, Record<string, unknown>>;
export type PlaceCollection = FeatureCollection<Geometry, Record<string, unknown>>;

/** A reference to one feature of one layer, by its stable string id (properties.id). */
export interface FeatureRef {
  layer: LayerId;
  id: string;
}

export interface MapView {
  /** [longitude, latitude] */
  center: [number, number];
  zoom: number;
}

export interface LayersSlice {
  layerData: Record<LayerId, PlaceCollection>;
  visible: Record<LayerId, boolean>;
  setLayerData: (layer: LayerId, data: PlaceCollection) => void;
  setVisible: (layer: LayerId, visible: boolean) => void;
  toggleLayer: (layer: LayerId) => void;
}

export interface ViewSlice {
  view: MapView;
  /** Set by "zoom to layer" and similar: the map fits these bounds once, then clears it. */
  fitRequest: { bounds: [number, number, number, number]; seq: number } | null;
  setView: (view: MapView) => void;
  requestFit: (bounds: [number, number, number, number]) => void;
}

export interface SelectionSlice {
  hovered: FeatureRef | null;
  selected: FeatureRef | null;
  setHovered: (ref: FeatureRef | null) => void;
  select: (ref: FeatureRef | null) => void;
}

export interface UiSlice {
  language: Language;
  panelOpen: boolean;
  mapReady: boolean;
  setLanguage: (language: Language) => void;
  setPanelOpen: (open: boolean) => void;
  setMapReady: (ready: boolean) => void;
}

export type AppState = LayersSlice & ViewSlice & SelectionSlice & UiSlice;
