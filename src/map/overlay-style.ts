/**
 * Style layers for the five data layers. Pure JSON (types only from maplibre-gl), so the
 * pure map-data functions can list a data layer's style layers without loading MapLibre.
 * Hover and selection are feature-state, so highlighting never re-sends data.
 */
import type { LayerSpecification } from "maplibre-gl";
import { LAYERS, LAYER_IDS, type LayerDefinition, type LayerId } from "../layers/definitions";

export const LABEL_FONT = ["sans-serif"];
export const iconName = (layer: LayerId) => `icon-${layer}`;
export const patternName = (layer: LayerId) => `pattern-${layer}`;

/** A paint value that is `on` for the hovered or selected feature (feature-state), else `off`. */
export const highlighted = (on: unknown, off: unknown) =>
  ["case", ["boolean", ["feature-state", "selected"], false], on, ["boolean", ["feature-state", "hover"], false], on, off] as unknown as number;

function pointLayers(def: LayerDefinition): LayerSpecification[] {
  const big = def.id === "meeting";
  return [
    {
      id: `${def.id}-halo`,
      type: "circle",
      source: def.id,
      paint: {
        "circle-radius": highlighted(big ? 16 : 11, 0),
        "circle-color": "#ffffff",
        "circle-opacity": 0.9,
        "circle-stroke-color": def.outline,
        "circle-stroke-width": highlighted(3, 0),
      },
    },
    {
      id: `${def.id}-icon`,
      type: "symbol",
      source: def.id,
      layout: {
        "icon-image": iconName(def.id),
        "icon-size": ["interpolate", ["linear"], ["zoom"], 13, big ? 0.7 : 0.45, 17, big ? 1.1 : 0.8],
        "icon-allow-overlap": true,
        "icon-ignore-placement": !big,
        "text-field": big ? ["get", "name"] : "",
        "text-font": LABEL_FONT,
        "text-size": 12,
        "text-offset": [0, 1.3],
        "text-anchor": "top",
        "text-optional": true,
      },
      paint: { "text-color": def.outline, "text-halo-color": "#ffffff", "text-halo-width": 1.5 },
    },
  ];
}

function polygonLayers(def: LayerDefinition): LayerSpecification[] {
  const fill: LayerSpecification =
    def.shape === "hatched-area"
      ? { id: `${def.id}-fill`, type: "fill", source: def.id, paint: { "fill-pattern": patternName(def.id), "fill-opacity": highlighted(1, 0.85) } }
      : { id: `${def.id}-fill`, type: "fill", source: def.id, paint: { "fill-color": def.color, "fill-opacity": highlighted(0.75, 0.45) } };
  return [
    fill,
    {
      id: `${def.id}-line`,
      type: "line",
      source: def.id,
      paint: {
        "line-color": def.outline,
        "line-width": highlighted(3.5, 1.5),
        ...(def.shape === "dashed-area" ? { "line-dasharray": [2, 1] } : {}),
      },
    },
    {
      id: `${def.id}-label`,
      type: "symbol",
      source: def.id,
      minzoom: 15,
      layout: { "text-field": ["get", "name"], "text-font": LABEL_FONT, "text-size": 11, "text-optional": true },
      paint: { "text-color": def.outline, "text-halo-color": "#ffffff", "text-halo-width": 1.5 },
    },
  ];
}

export function overlayLayersOf(layer: LayerId): LayerSpecification[] {
  const def = LAYERS[layer];
  return def.geometry === "point" ? pointLayers(def) : polygonLayers(def);
}

export function styleLayerIdsOf(layer: LayerId): string[] {
  return overlayLayersOf(layer).map((l) => l.id);
}

/** Layers in drawing order: areas first, points on top (benches above everything, being smallest). */
export function allOverlayLayers(): LayerSpecification[] {
  const order: LayerId[] = ["green", "squares", "vacant", "meeting", "benches"];
  return order.flatMap(overlayLayersOf);
}

/** Style layers that answer hover and click: everything but labels and halos. */
export function interactiveLayerIds(): string[] {
  return LAYER_IDS.flatMap((id) => styleLayerIdsOf(id).filter((s) => s.endsWith("-fill") || s.endsWith("-icon")));
}
