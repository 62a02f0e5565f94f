/**
 * One definition of what the analysis works on, for the app and the CLI alike: from the
 * loaded layers (datasets in the app, files in the CLI) to the walking network, the places
 * that count, the residents and where they come from, the buildings and the study area.
 * Both call planAnalysis with the same settings and hand the plan to the same engine path
 * (run.ts), so the same data gives the same figures everywhere.
 */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { isBuilding } from "./buildings.ts";
import { areaGroups, bboxesOverlap, municipalityOf } from "./area-groups.ts";
import { geometryBbox } from "./network.ts";
import type { PlaceInput } from "./places.ts";

/** The layers whose features can count as places people walk to. */
export const PLACE_LAYER_IDS = ["meeting", "squares", "green", "benches"] as const;
export type PlaceLayerId = (typeof PLACE_LAYER_IDS)[number];

/**
 * What counts as a place by default: meeting places, squares and green space, where
 * neighbours meet. Benches count when the planner says so (a bench alone is a weak place to
 * meet, and a town's hundreds of benches would hide every gap).
 */
export const DEFAULT_PLACE_LAYERS: Readonly<Record<PlaceLayerId, boolean>> = { meeting: true, squares: true, green: true, benches: false };

/** Candidates for the planner's shortlist: vacant buildings and land, and squares. */
export const CANDIDATE_LAYERS = ["vacant", "squares"] as const;

export const placeLayerList = (chosen: Readonly<Record<PlaceLayerId, boolean>>): PlaceLayerId[] => PLACE_LAYER_IDS.filter((l) => chosen[l]);

/** "meeting,green" → the chosen layers; an unknown name is an error that names it. */
export function parsePlaceLayers(text: string): { ok: true; layers: Record<PlaceLayerId, boolean> } | { ok: false; unknown: string[] } {
  const names = text.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(PLACE_LAYER_IDS as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) return { ok: false, unknown: unknown.length ? unknown : [text] };
  return { ok: true, layers: Object.fromEntries(PLACE_LAYER_IDS.map((l) => [l, names.includes(l)])) as Record<PlaceLayerId, boolean> };
}

export type ResidentsSource = "file" | "estimate-buildings" | "none";

/** A loaded layer, as the app's datasets and the CLI's files both are. */
export interface SourceLayer {
  /** the app's dataset id (absent in the CLI) */
  id?: string;
  kind: string;
  name: string;
  features: FeatureCollection;
  attribution?: string;
  origin?: "demo" | "file" | "osm";
  hidden?: boolean;
  /** For a residents file wider than a city: the municipalities (area-groups keys) the planner chose. */
  clip?: string[];
}

/** A residents file wider than this (bounding box, km²) is a national or regional file: it is clipped. */
export const LARGE_RESIDENTS_KM2 = 1000;

export interface ResidentsClip {
  /** the layer's name, and its dataset id in the app */
  name: string;
  id?: string;
  groups: string[];
  /** chosen by the planner, or derived from the loaded streets (none yet: `groups` is empty and nothing is kept) */
  chosen: boolean;
  kept: number;
  total: number;
}

export interface AnalysisPlan {
  network: FeatureCollection | null;
  /** ids are `${layer}:${index in that layer}`, the same in the app and the CLI */
  places: PlaceInput[];
  placeLayers: PlaceLayerId[];
  placeCounts: Record<PlaceLayerId, number>;
  candidates: PlaceInput[];
  /** the feature behind a place or candidate id (names in the shortlist) */
  featureOf: (id: string) => Feature | undefined;
  residents: FeatureCollection | null;
  residentsSource: ResidentsSource;
  /** residents come as polygons (neighbourhoods, squares): figures per area follow */
  residentsArePolygons: boolean;
  clips: ResidentsClip[];
  buildings: FeatureCollection | null;
  /** where gaps are looked for: the population polygons, or a study area layer, or (null) the data's extent */
  area: FeatureCollection | null;
  /** the layers used, for attribution, the report's sources and exports */
  sources: { name: string; kind: string; attribution?: string }[];
  /** demo layers left out because the planner's own data is loaded */
  demoIgnored: boolean;
  /** the layers the plan was made from (shown, and the demo only when nothing else is loaded) */
  used: readonly SourceLayer[];
}

const fc = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });
const isArea = (g: Geometry | null | undefined) => g?.type === "Polygon" || g?.type === "MultiPolygon";

function bboxKm2(b: readonly number[]): number {
  if (!Number.isFinite(b[0])) return 0;
  const kx = 111.32 * Math.cos((((b[1] + b[3]) / 2) * Math.PI) / 180);
  return (b[2] - b[0]) * kx * (b[3] - b[1]) * 110.574;
}

/** A national or regional residents layer, kept to the chosen municipalities, or those the streets touch. */
function clipResidents(layer: SourceLayer, network: FeatureCollection | null): { features: Feature[]; clip: ResidentsClip | null } {
  const all = layer.features.features;
  if (!layer.clip && bboxKm2(geometryBbox(all.map((f) => f.geometry))) <= LARGE_RESIDENTS_KM2) return { features: all, clip: null };
  let groups = layer.clip;
  const chosen = !!groups;
  if (!groups) {
    const streets = network ? geometryBbox(network.features.map((f) => f.geometry)) : null;
    groups = streets && Number.isFinite(streets[0]) ? areaGroups(all).filter((g) => bboxesOverlap(g.bbox, streets)).map((g) => g.key) : [];
    // Nothing to clip to: no streets loaded and no choice yet. A whole country would be analysed
    // coarsely and for minutes, for nobody's question: the planner picks first.
    if (groups.length === 0) return { features: [], clip: { name: layer.name, ...(layer.id ? { id: layer.id } : {}), groups: [], chosen: false, kept: 0, total: all.length } };
  }
  const wanted = new Set(groups);
  const features = all.filter((f) => wanted.has(municipalityOf(f.properties)?.key ?? ""));
  return { features, clip: { name: layer.name, ...(layer.id ? { id: layer.id } : {}), groups, chosen, kept: features.length, total: all.length } };
}

export function planAnalysis(layers: readonly SourceLayer[], settings: { placeLayers: Readonly<Record<PlaceLayerId, boolean>> }): AnalysisPlan {
  const shown = layers.filter((l) => !l.hidden);
  // Once the planner's own data is loaded the fictional demo never mixes into the figures.
  const own = shown.filter((l) => l.origin !== "demo");
  const used = own.length > 0 ? own : shown;
  const byKind = (kind: string) => used.filter((l) => l.kind === kind);
  const union = (kind: string) => byKind(kind).flatMap((l) => l.features.features);

  const networkFeatures = union("network");
  const network = networkFeatures.length ? fc(networkFeatures) : null;

  const lookup = new Map<string, Feature>();
  const asPlaces = (layer: string): PlaceInput[] =>
    union(layer).flatMap((f, i) => {
      if (!f.geometry) return [];
      const id = `${layer}:${i}`;
      lookup.set(id, f);
      return [{ id, geometry: f.geometry }];
    });
  const placeLayers = placeLayerList(settings.placeLayers);
  const placeCounts = Object.fromEntries(PLACE_LAYER_IDS.map((l) => [l, 0])) as Record<PlaceLayerId, number>;
  const places = placeLayers.flatMap((l) => {
    const list = asPlaces(l);
    placeCounts[l] = list.length;
    return list;
  });
  // A square that already counts as a place gains nobody as a candidate.
  const candidates = CANDIDATE_LAYERS.filter((l) => !(placeLayers as string[]).includes(l)).flatMap(asPlaces);

  const clips: ResidentsClip[] = [];
  const residentFeatures = byKind("residents").flatMap((l) => {
    const { features, clip } = clipResidents(l, network);
    if (clip) clips.push(clip);
    return features;
  });
  const buildingFeatures = union("context").filter(isBuilding);
  const residents = residentFeatures.length ? fc(residentFeatures) : null;
  const residentsSource: ResidentsSource = residents ? "file" : buildingFeatures.length ? "estimate-buildings" : "none";
  const polygons = residentFeatures.filter((f) => isArea(f.geometry));
  const residentsArePolygons = residents !== null && polygons.length >= residentFeatures.length / 2;
  const areaLayer = union("area");
  const area = areaLayer.length ? fc(areaLayer) : residentsArePolygons ? fc(polygons) : null;

  const feeds = new Set(["network", "residents", "area", ...(placeLayers as string[]), ...CANDIDATE_LAYERS]);
  const sources = used
    .filter((l) => feeds.has(l.kind) || (l.kind === "context" && l.features.features.some(isBuilding)))
    .map((l) => ({ name: l.name, kind: l.kind, ...(l.attribution ? { attribution: l.attribution } : {}) }));

  return {
    network, places, placeLayers, placeCounts, candidates, featureOf: (id) => lookup.get(id),
    residents, residentsSource, residentsArePolygons, clips,
    buildings: buildingFeatures.length ? fc(buildingFeatures) : null,
    area, sources, demoIgnored: own.length > 0 && own.length < shown.length, used,
  };
}

/**
 * Distances are settled beyond the limit too (twice the limit, at least 1.6 km), so the map's
 * street colours and the reach curve show what lies just outside. The figures and gaps depend
 * on the limit only; the CLI's --cutoff may ask for more.
 */
export const cutoffFor = (limitM: number) => Math.max(2 * limitM, 1600);

/** The engine's options for a limit, the same in the app and the CLI. */
export function engineOptionsFor(limitM: number, extra: { cutoffM?: number; gapCellM?: number } = {}) {
  return { limitM, cutoffM: Math.max(cutoffFor(limitM), extra.cutoffM ?? 0), ...(extra.gapCellM ? { gapCellM: extra.gapCellM } : {}) };
}

/** The planner's shortlist from the engine's ranking: candidates that bring someone within reach, the best ten. */
export const topCandidates = <T extends { gained: number }>(ranked: readonly T[]): T[] => ranked.filter((e) => e.gained > 0).slice(0, 10);
