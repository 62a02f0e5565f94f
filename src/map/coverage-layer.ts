/**
 * Coverage on the map: street edges coloured by walking distance (feature-state, so a drag
 * step only touches the edges it changed), gap areas, and their style layers.
 */
import type { FeatureCollection } from "geojson";
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from "maplibre-gl";
import { DISTANCE_CLASSES, NO_STREET_DATA_COLOR, SHARE_CLASSES, UNREACHED_COLOR, edgeStateValue } from "../coverage/distance-classes";
import { shortlistFeatures } from "../coverage/shortlist-features";
import type { AppStore } from "../state/store";
import type { AppState } from "../state/types";
import type { DrawnSegments } from "../analysis/edge-segments";
import { blobSource } from "./blob-source";
import { LABEL_FONT } from "./overlay-style";

export const SEGMENTS_SOURCE = "coverage-segments";
export const GAPS_SOURCE = "coverage-gaps";
export const SHORTLIST_SOURCE = "coverage-shortlist";
export const AREAS_SOURCE = "coverage-areas";
export const NO_STREET_DATA_SOURCE = "coverage-no-street-data";
const HAS_RESIDENTS = [">=", ["get", "residents"], 0.5] as unknown as boolean;
const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

function choroplethColor(): string {
  const share = ["number", ["feature-state", "share"], -1];
  const steps: unknown[] = ["step", share, NO_STREET_DATA_COLOR];
  for (const c of SHARE_CLASSES) steps.push(c.from, c.color);
  return steps as unknown as string;
}

/** Line colour by distance as a fraction of the limit; grey where no place reaches. */
function edgeColor(limitM: number): string {
  const d = ["number", ["feature-state", "d"], -1];
  const steps: unknown[] = ["step", d, UNREACHED_COLOR, 0, DISTANCE_CLASSES[0].color];
  for (let i = 1; i < DISTANCE_CLASSES.length; i++) steps.push(DISTANCE_CLASSES[i - 1].upTo * limitM, DISTANCE_CLASSES[i].color);
  return steps as unknown as string; // an expression; the style types want its result type
}

export function coverageLayers(limitM: number): LayerSpecification[] {
  return [
    {
      // The population polygons by share within reach (feature-state "share", 0–1; -1 where no street data).
      id: "coverage-areas-fill",
      type: "fill",
      source: AREAS_SOURCE,
      paint: { "fill-color": choroplethColor(), "fill-opacity": ["case", ["<", ["number", ["feature-state", "share"], -1], 0], 0, 0.28] as unknown as number },
    },
    {
      id: "coverage-areas-line",
      type: "line",
      source: AREAS_SOURCE,
      paint: { "line-color": "#4a4540", "line-width": 0.8, "line-opacity": 0.7 },
    },
    {
      // Where residents live but no street data is loaded: grey, hatched by its dashed edge, never red like a gap.
      id: "coverage-no-street-data-fill",
      type: "fill",
      source: NO_STREET_DATA_SOURCE,
      filter: HAS_RESIDENTS,
      paint: { "fill-color": NO_STREET_DATA_COLOR, "fill-opacity": 0.35 },
    },
    {
      id: "coverage-no-street-data-line",
      type: "line",
      source: NO_STREET_DATA_SOURCE,
      filter: HAS_RESIDENTS,
      paint: { "line-color": "#5b5b5b", "line-width": 1, "line-dasharray": [1, 2] },
    },
    {
      id: "coverage-gaps-fill",
      type: "fill",
      source: GAPS_SOURCE,
      // Slivers inside blocks where nobody lives are gaps too, but drawing them only adds noise.
      filter: HAS_RESIDENTS,
      paint: { "fill-color": "#c0392b", "fill-opacity": ["case", ["boolean", ["feature-state", "selected"], false], 0.35, 0.18] },
    },
    {
      id: "coverage-gaps-line",
      type: "line",
      source: GAPS_SOURCE,
      filter: HAS_RESIDENTS,
      paint: { "line-color": "#8e1f14", "line-width": ["case", ["boolean", ["feature-state", "selected"], false], 3, 1.5], "line-dasharray": [3, 2] },
    },
    {
      id: "coverage-streets",
      type: "line",
      source: SEGMENTS_SOURCE,
      layout: { "line-cap": "round", "line-join": "round" },
      paint: {
        "line-color": edgeColor(limitM),
        "line-width": ["interpolate", ["linear"], ["zoom"], 13, 1.5, 16, 4, 18, 7],
        "line-opacity": 0.9,
      },
    },
  ];
}

/** The planner's shortlist: numbered discs on top of everything, so they read at any zoom. */
const SHORTLIST_LAYERS: LayerSpecification[] = [
  {
    id: "coverage-shortlist",
    type: "circle",
    source: SHORTLIST_SOURCE,
    paint: { "circle-radius": 11, "circle-color": "#ffffff", "circle-stroke-color": "#1f1d1a", "circle-stroke-width": 2.5 },
  },
  {
    id: "coverage-shortlist-rank",
    type: "symbol",
    source: SHORTLIST_SOURCE,
    layout: { "text-field": ["to-string", ["get", "rank"]], "text-font": LABEL_FONT, "text-size": 13, "text-allow-overlap": true, "text-ignore-placement": true },
    paint: { "text-color": "#1f1d1a" },
  },
];

const COVERAGE_LAYER_IDS = [...coverageLayers(400), ...SHORTLIST_LAYERS].map((l) => l.id);

function setAllEdges(map: MapLibreMap, dist: Float32Array) {
  for (let e = 0; e < dist.length; e++) map.setFeatureState({ source: SEGMENTS_SOURCE, id: e }, { d: edgeStateValue(dist[e]) });
}

function applyEdges(map: MapLibreMap, next: AppState["coverage"], prev: AppState["coverage"] | null) {
  if (!next.edgeDistances) return;
  const stepOnly = prev && next.edgeDelta && next.edgeVersion === prev.edgeVersion + 1 && next.segments === prev.segments;
  if (stepOnly && next.edgeDelta) {
    const { edges, distM } = next.edgeDelta;
    for (let i = 0; i < edges.length; i++) map.setFeatureState({ source: SEGMENTS_SOURCE, id: edges[i] }, { d: edgeStateValue(distM[i]) });
  } else {
    setAllEdges(map, next.edgeDistances);
  }
  // Read by the browser test that measures how fast a drag step reaches the map.
  performance.mark("coverage:edges-applied");
}

/** Colours each population polygon by its share within reach; -1 where none of its residents has street data. */
function applyAreas(map: MapLibreMap, areas: AppState["coverage"]["areas"]) {
  for (const a of areas ?? []) {
    const analysed = a.residentsTotal - a.noStreetData > 0;
    map.setFeatureState({ source: AREAS_SOURCE, id: a.index }, { share: analysed ? a.share : -1 });
  }
}

/** Adds the coverage sources and layers under the place layers, and keeps them in step with the store. */
export function syncCoverageToMap(map: MapLibreMap, store: AppStore, beforeLayerId: string | undefined): () => void {
  const s = store.getState();
  // The worker wrote the segments' GeoJSON: MapLibre's worker reads it from a blob URL.
  const toSource = blobSource(map, SEGMENTS_SOURCE);
  const segmentsData = (seg: DrawnSegments | undefined) => toSource(seg ? [seg.json as BlobPart] : EMPTY);
  map.addSource(SEGMENTS_SOURCE, { type: "geojson", data: segmentsData(s.coverage.segments) });
  map.addSource(GAPS_SOURCE, { type: "geojson", data: s.coverage.gaps ?? EMPTY, promoteId: "id" });
  map.addSource(SHORTLIST_SOURCE, { type: "geojson", data: shortlistFeatures(s.coverage.shortlist) });
  map.addSource(AREAS_SOURCE, { type: "geojson", data: s.coverage.areaPolygons ?? EMPTY });
  map.addSource(NO_STREET_DATA_SOURCE, { type: "geojson", data: s.coverage.noStreetData ?? EMPTY });
  for (const layer of coverageLayers(s.coverageSettings.limitM)) map.addLayer(layer, beforeLayerId);
  for (const layer of SHORTLIST_LAYERS) map.addLayer(layer);
  const applyVisibility = (show: boolean) => {
    for (const id of COVERAGE_LAYER_IDS) map.setLayoutProperty(id, "visibility", show ? "visible" : "none");
  };
  applyVisibility(s.showCoverage);
  applyEdges(map, s.coverage, null);
  applyAreas(map, s.coverage.areas);

  return store.subscribe((next, prev) => {
    const c = next.coverage;
    const p = prev.coverage;
    if (c.segments !== p.segments) (map.getSource(SEGMENTS_SOURCE) as GeoJSONSource).setData(segmentsData(c.segments));
    if (c.edgeVersion !== p.edgeVersion || c.segments !== p.segments) applyEdges(map, c, p);
    if (c.gaps !== p.gaps) (map.getSource(GAPS_SOURCE) as GeoJSONSource).setData(c.gaps ?? EMPTY);
    if (c.areaPolygons !== p.areaPolygons) (map.getSource(AREAS_SOURCE) as GeoJSONSource).setData(c.areaPolygons ?? EMPTY);
    if (c.areas !== p.areas || c.areaPolygons !== p.areaPolygons) applyAreas(map, c.areas);
    if (c.noStreetData !== p.noStreetData) (map.getSource(NO_STREET_DATA_SOURCE) as GeoJSONSource).setData(c.noStreetData ?? EMPTY);
    if (c.shortlist !== p.shortlist) (map.getSource(SHORTLIST_SOURCE) as GeoJSONSource).setData(shortlistFeatures(c.shortlist));
    if (next.coverageSettings.limitM !== prev.coverageSettings.limitM) {
      map.setPaintProperty("coverage-streets", "line-color", edgeColor(next.coverageSettings.limitM));
    }
    if (next.showCoverage !== prev.showCoverage) applyVisibility(next.showCoverage);
    if (next.selectedGap !== prev.selectedGap) {
      if (prev.selectedGap) map.setFeatureState({ source: GAPS_SOURCE, id: prev.selectedGap }, { selected: false });
      if (next.selectedGap) map.setFeatureState({ source: GAPS_SOURCE, id: next.selectedGap }, { selected: true });
    }
  });
}
