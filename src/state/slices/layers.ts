import type { StateCreator } from "zustand";
import { LAYER_IDS, type LayerId } from "../../layers/definitions";
import type { AppState, LayersSlice, PlaceCollection } from "../types";

const empty = (): PlaceCollection => ({ type: "FeatureCollection", features: [] });

function perLayer<T>(make: (id: LayerId) => T): Record<LayerId, T> {
  return Object.fromEntries(LAYER_IDS.map((id) => [id, make(id)])) as Record<LayerId, T>;
}

export const createLayersSlice =
  (initialVisible?: Partial<Record<LayerId, boolean>>): StateCreator<AppState, [], [], LayersSlice> =>
  (set) => ({
    layerData: perLayer(empty),
    visible: perLayer((id) => initialVisible?.[id] ?? true),
    setLayerData: (layer, data) => set((s) => ({ layerData: { ...s.layerData, [layer]: data } })),
    setVisible: (layer, visible) => set((s) => ({ visible: { ...s.visible, [layer]: visible } })),
    toggleLayer: (layer) => set((s) => ({ visible: { ...s.visible, [layer]: !s.visible[layer] } })),
  });
