/**
 * The calm offline base map drawn from the demo's own PMTiles archive (made by
 * `npm run demo-data`): land, water, railway, buildings, streets with names, area names.
 * No glyphs URL: MapLibre draws labels with the browser's own fonts, so nothing is fetched.
 */
import type { LayerSpecification, StyleSpecification } from "maplibre-gl";
import { LABEL_FONT } from "./overlay-style";

export const BASEMAP_SOURCE = "basemap";

const isKind = (...kinds: string[]) => ["in", ["get", "kind"], ["literal", kinds]] as unknown as boolean;

/** Streets (not footpaths) as a round-capped line growing with the zoom: casing and fill alike. */
function streetLine(id: string, color: string, widthAt13: number, widthAt18: number): LayerSpecification {
  return {
    id,
    type: "line",
    source: BASEMAP_SOURCE,
    "source-layer": "streets",
    filter: ["!", isKind("footpath", "steps")] as unknown as boolean,
    layout: { "line-cap": "round", "line-join": "round" },
    paint: { "line-color": color, "line-width": ["interpolate", ["exponential", 1.6], ["zoom"], 13, widthAt13, 18, widthAt18] },
  };
}

export function baseStyle(pmtilesUrl: string, attribution: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      [BASEMAP_SOURCE]: { type: "vector", url: `pmtiles://${pmtilesUrl}`, attribution },
    },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#f3f1ec" } },
      {
        id: "area-fill",
        type: "fill",
        source: BASEMAP_SOURCE,
        "source-layer": "area",
        filter: isKind("neighbourhood"),
        paint: { "fill-color": "#fbfaf7" },
      },
      { id: "water", type: "fill", source: BASEMAP_SOURCE, "source-layer": "water", paint: { "fill-color": "#b5d6ea" } },
      {
        id: "buildings",
        type: "fill",
        source: BASEMAP_SOURCE,
        "source-layer": "buildings",
        minzoom: 13,
        paint: { "fill-color": "#dcd6cc", "fill-outline-color": "#c9c1b4" },
      },
      {
        id: "rail",
        type: "line",
        source: BASEMAP_SOURCE,
        "source-layer": "rail",
        paint: { "line-color": "#8a8580", "line-width": 2.5, "line-dasharray": [3, 2] },
      },
      streetLine("streets-casing", "#c8c2b8", 2, 22),
      streetLine("streets", "#ffffff", 1, 18),
      {
        id: "footpaths",
        type: "line",
        source: BASEMAP_SOURCE,
        "source-layer": "streets",
        filter: isKind("footpath", "steps"),
        paint: { "line-color": "#9c8f7e", "line-width": 1.2, "line-dasharray": [2, 1.5] },
      },
      {
        id: "area-outline",
        type: "line",
        source: BASEMAP_SOURCE,
        "source-layer": "area",
        paint: {
          "line-color": "#6f6a63",
          "line-width": ["case", isKind("neighbourhood"), 2.5, 1],
          "line-dasharray": [4, 2],
        },
      },
      {
        id: "street-labels",
        type: "symbol",
        source: BASEMAP_SOURCE,
        "source-layer": "streets",
        minzoom: 15,
        layout: { "symbol-placement": "line", "text-field": ["get", "name"], "text-font": LABEL_FONT, "text-size": 11 },
        paint: { "text-color": "#4d4842", "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
      },
      {
        id: "place-labels",
        type: "symbol",
        source: BASEMAP_SOURCE,
        "source-layer": "labels",
        layout: { "text-field": ["get", "name"], "text-font": LABEL_FONT, "text-size": 15, "text-letter-spacing": 0.08 },
        paint: { "text-color": "#3d3934", "text-halo-color": "#fbfaf7", "text-halo-width": 2 },
      },
    ],
  };
}
