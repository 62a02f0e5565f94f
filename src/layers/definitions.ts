/**
 * The five layers of places where neighbours can meet, as data: the legend, the map styles
 * and the store all read this one table, so a colour or a symbol is defined once.
 *
 * Colours are from the Okabe–Ito palette (safe for the common colour-vision deficiencies),
 * and every layer also differs by symbol shape, so colour is never the only cue.
 */
export const LAYER_IDS = ["meeting", "squares", "green", "vacant", "benches"] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export type SymbolShape = "circle" | "triangle" | "dashed-area" | "solid-area" | "hatched-area";

export interface LayerDefinition {
  id: LayerId;
  geometry: "point" | "polygon";
  /** Fill colour; outlines and icons derive from it. */
  color: string;
  /** A darker shade for outlines and text halos, for contrast on the light base map. */
  outline: string;
  shape: SymbolShape;
  /** i18n key of the layer's name. */
  labelKey: string;
}

export const LAYERS: Record<LayerId, LayerDefinition> = {
  meeting: { id: "meeting", geometry: "point", color: "#D55E00", outline: "#7a3600", shape: "circle", labelKey: "layer.meeting" },
  squares: { id: "squares", geometry: "polygon", color: "#CC79A7", outline: "#7d3b63", shape: "dashed-area", labelKey: "layer.squares" },
  green: { id: "green", geometry: "polygon", color: "#009E73", outline: "#005a41", shape: "solid-area", labelKey: "layer.green" },
  vacant: { id: "vacant", geometry: "polygon", color: "#E69F00", outline: "#7a5500", shape: "hatched-area", labelKey: "layer.vacant" },
  benches: { id: "benches", geometry: "point", color: "#0072B2", outline: "#003d5f", shape: "triangle", labelKey: "layer.benches" },
};

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}
