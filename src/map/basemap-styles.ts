/**
 * Simple, calm styles for base maps the planner brings: a local PMTiles archive with
 * Shortbread or Protomaps vector layers, any other vector archive (drawn generically by
 * geometry), raster tiles. Pure JSON; no glyphs URL (labels use the browser's fonts).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from "maplibre-gl";
import { BASEMAP_SOURCE } from "./base-style";
import { LABEL_FONT } from "./overlay-style";

const src = { source: BASEMAP_SOURCE };
const kindIn = (...kinds: string[]) => ["in", ["get", "kind"], ["literal", kinds]] as unknown as FilterSpecification;
const byGeometry = (...types: string[]) => ["in", ["geometry-type"], ["literal", types]] as unknown as FilterSpecification;
const streetWidth = (base: number) => ["interpolate", ["exponential", 1.6], ["zoom"], 12, base * 0.5, 18, base * 8] as unknown as ExpressionSpecification;
const background: LayerSpecification = { id: "background", type: "background", paint: { "background-color": "#f3f1ec" } };
const label = (id: string, layer: string, size: number, line = false): LayerSpecification => ({
  id, type: "symbol", ...src, "source-layer": layer,
  layout: { "text-field": ["get", "name"], "text-font": LABEL_FONT, "text-size": size, ...(line ? { "symbol-placement": "line" as const } : {}) },
  paint: { "text-color": "#4d4842", "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
});

/** Shortbread (planetiler, VersaTiles): water, land, streets, buildings, labels. */
export function shortbreadLayers(): LayerSpecification[] {
  return [
    background,
    { id: "basemap-land", type: "fill", ...src, "source-layer": "land", paint: { "fill-color": ["match", ["get", "kind"], ["forest", "wood"], "#dfe8d5", ["grass", "meadow", "park", "village_green", "recreation_ground"], "#e6eedb", "#ece9e2"] as unknown as string } },
    { id: "basemap-water", type: "fill", ...src, "source-layer": "water_polygons", paint: { "fill-color": "#b5d6ea" } },
    { id: "basemap-ocean", type: "fill", ...src, "source-layer": "ocean", paint: { "fill-color": "#b5d6ea" } },
    { id: "basemap-water-lines", type: "line", ...src, "source-layer": "water_lines", paint: { "line-color": "#b5d6ea", "line-width": 1.5 } },
    { id: "basemap-buildings", type: "fill", ...src, "source-layer": "buildings", minzoom: 13, paint: { "fill-color": "#dcd6cc", "fill-outline-color": "#c9c1b4" } },
    { id: "basemap-paths", type: "line", ...src, "source-layer": "streets", filter: kindIn("footway", "path", "steps", "pedestrian", "track", "cycleway", "bridleway"), paint: { "line-color": "#9c8f7e", "line-width": 1, "line-dasharray": [2, 1.5] } },
    { id: "basemap-streets", type: "line", ...src, "source-layer": "streets", filter: ["!", kindIn("footway", "path", "steps", "pedestrian", "track", "cycleway", "bridleway", "rail", "tram", "light_rail", "subway")] as unknown as FilterSpecification, layout: { "line-cap": "round", "line-join": "round" }, paint: { "line-color": "#ffffff", "line-width": streetWidth(1.6) } },
    { id: "basemap-rail", type: "line", ...src, "source-layer": "streets", filter: kindIn("rail", "tram", "light_rail", "subway"), paint: { "line-color": "#8a8580", "line-width": 1.5, "line-dasharray": [3, 2] } },
    label("basemap-street-labels", "street_labels", 11, true),
    label("basemap-labels", "place_labels", 14),
  ];
}

/** Protomaps basemap layers (earth, water, landuse, roads, buildings, places). */
export function protomapsLayers(): LayerSpecification[] {
  return [
    background,
    { id: "basemap-land", type: "fill", ...src, "source-layer": "earth", paint: { "fill-color": "#ece9e2" } },
    { id: "basemap-landuse", type: "fill", ...src, "source-layer": "landuse", paint: { "fill-color": "#e6eedb", "fill-opacity": 0.7 } },
    { id: "basemap-water", type: "fill", ...src, "source-layer": "water", filter: byGeometry("Polygon", "MultiPolygon"), paint: { "fill-color": "#b5d6ea" } },
    { id: "basemap-buildings", type: "fill", ...src, "source-layer": "buildings", minzoom: 13, paint: { "fill-color": "#dcd6cc" } },
    { id: "basemap-streets", type: "line", ...src, "source-layer": "roads", layout: { "line-cap": "round" }, paint: { "line-color": "#ffffff", "line-width": streetWidth(1.4) } },
    label("basemap-labels", "places", 14),
  ];
}

/** Any other vector archive: every layer drawn in greys by geometry, so something sensible shows. */
export function genericVectorLayers(layerIds: readonly string[]): LayerSpecification[] {
  return [
    background,
    ...layerIds.flatMap((id): LayerSpecification[] => [
      { id: `basemap-${id}-fill`, type: "fill", ...src, "source-layer": id, filter: byGeometry("Polygon", "MultiPolygon"), paint: { "fill-color": "#e2ded6", "fill-outline-color": "#c9c1b4" } },
      { id: `basemap-${id}-line`, type: "line", ...src, "source-layer": id, filter: byGeometry("LineString", "MultiLineString"), paint: { "line-color": "#ffffff", "line-width": 1.2 } },
    ]),
  ];
}

export function vectorLayersFor(layerIds: readonly string[]): LayerSpecification[] {
  if (layerIds.includes("streets") && (layerIds.includes("water_polygons") || layerIds.includes("land"))) return shortbreadLayers();
  if (layerIds.includes("earth") && layerIds.includes("roads")) return protomapsLayers();
  return genericVectorLayers(layerIds);
}

export function rasterLayers(): LayerSpecification[] {
  return [background, { id: "basemap-raster", type: "raster", ...src }];
}

export function rasterSource(tiles: string[], attribution: string, maxzoom = 19, tileSize = 256): SourceSpecification {
  return { type: "raster", tiles, tileSize, maxzoom, attribution };
}
