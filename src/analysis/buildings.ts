/**
 * Building footprints → where people live, and how many when no statistics are loaded.
 *
 * A footprint's residential floor area is its ground area × its levels, for buildings that
 * are plausibly homes: the residential OpenStreetMap types, and `building=yes` without a tag
 * that says it is something else (a shop, a church, a school...). The same weight places a
 * neighbourhood's known population on its buildings (residents.ts) and, without statistics,
 * estimates residents: floor area ÷ FLOOR_M2_PER_RESIDENT. docs/engine.md gives the sources.
 */
import type { Feature, FeatureCollection, Point, Position } from "geojson";
import { createProjection } from "./projection.ts";
import { projectRing, ringArea, type Ring } from "./geometry.ts";

/**
 * Gross floor area per resident (m²). Flemish and Dutch homes average 100–120 m² of usable
 * floor for 2.1–2.3 people (Statbel, CBS); gross floor is some 15–20 % more. 50 m² is the
 * round middle; the figure is an estimate and is always shown as one.
 */
export const FLOOR_M2_PER_RESIDENT = 50;

/** Footprints smaller than this are sheds, garages and kiosks, not homes. */
export const MIN_HOME_FOOTPRINT_M2 = 25;

/** Levels assumed when `building:levels` is missing, by building type. */
const DEFAULT_LEVELS: Readonly<Record<string, number>> = {
  house: 2, detached: 2, semidetached_house: 2, terrace: 2, farm: 2, bungalow: 1, cabin: 1,
  houseboat: 1, static_caravan: 1, apartments: 4, residential: 3, dormitory: 3, yes: 2,
};

/** Keys that make a `building=yes` something other than a home. */
const NOT_A_HOME_KEYS = [
  "amenity", "shop", "office", "tourism", "craft", "industrial", "healthcare", "religion", "public_transport",
  "railway", "aeroway", "military", "power", "man_made", "leisure", "sport", "emergency", "historic",
] as const;

export interface Footprint {
  lon: number;
  lat: number;
  /** ground area in m² */
  areaM2: number;
  /** residential floor area in m² (0 when the building is not a home) */
  homeM2: number;
  /** index of the input feature */
  feature: number;
}

function levelsOf(props: Record<string, unknown>, type: string): number {
  const tagged = Number(String(props["building:levels"] ?? "").replace(",", "."));
  if (Number.isFinite(tagged) && tagged >= 1) return Math.min(tagged, 80);
  return DEFAULT_LEVELS[type] ?? 1;
}

/** Residential floor area of one building (0 when it is not plausibly a home). */
export function homeFloorAreaM2(props: Record<string, unknown> | null | undefined, footprintM2: number): number {
  const p = props ?? {};
  const type = String(p.building ?? "yes").toLowerCase();
  if (!(type in DEFAULT_LEVELS) || footprintM2 < MIN_HOME_FOOTPRINT_M2) return 0;
  if (type === "yes" && NOT_A_HOME_KEYS.some((k) => p[k] !== undefined && p[k] !== "no")) return 0;
  return footprintM2 * levelsOf(p, type);
}

/** Area centroid of a ring (vertex mean when degenerate). */
export function centroid(r: Ring): { x: number; y: number } {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i + 3 < r.length; i += 2) {
    const c = r[i] * r[i + 3] - r[i + 2] * r[i + 1];
    a += c; cx += (r[i] + r[i + 2]) * c; cy += (r[i + 1] + r[i + 3]) * c;
  }
  if (Math.abs(a) < 1e-9) {
    let sx = 0, sy = 0;
    const n = r.length / 2;
    for (let i = 0; i < r.length; i += 2) { sx += r[i]; sy += r[i + 1]; }
    return { x: sx / n, y: sy / n };
  }
  return { x: cx / (3 * a), y: cy / (3 * a) };
}

/** Every polygon of the input as a footprint (centroid, area, home floor area), sorted by longitude. */
export function footprints(buildings: FeatureCollection | readonly Feature[] | null | undefined): Footprint[] {
  const features = !buildings ? [] : Array.isArray(buildings) ? buildings : (buildings as FeatureCollection).features;
  const out: Footprint[] = [];
  features.forEach((b, feature) => {
    const g = b?.geometry;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) return;
    for (const p of g.type === "Polygon" ? [g.coordinates] : g.coordinates) {
      const outer = p[0];
      if (!outer || outer.length < 3 || !Number.isFinite(outer[0][0]) || !Number.isFinite(outer[0][1])) continue;
      const proj = createProjection(outer[0][0], outer[0][1]);
      const rings = p.map((r: Position[]) => projectRing(r, proj.forward));
      let areaM2 = Math.abs(ringArea(rings[0]));
      for (let i = 1; i < rings.length; i++) areaM2 -= Math.abs(ringArea(rings[i]));
      if (!(areaM2 > 0)) continue;
      const c = centroid(rings[0]);
      const [lon, lat] = proj.inverse(c.x, c.y);
      out.push({ lon, lat, areaM2, homeM2: homeFloorAreaM2(b.properties, areaM2), feature });
    }
  });
  return out.sort((a, b) => a.lon - b.lon);
}

export interface ResidentsEstimate {
  /** one point per home building, `residents` = floor area ÷ FLOOR_M2_PER_RESIDENT */
  residents: FeatureCollection<Point, { residents: number; estimate: true }>;
  homes: number;
  buildings: number;
}

/** Residents estimated from buildings, for when no population data is loaded. */
export function estimateResidents(buildings: FeatureCollection | readonly Feature[] | null | undefined): ResidentsEstimate {
  const all = footprints(buildings);
  const homes = all.filter((f) => f.homeM2 > 0);
  return {
    residents: {
      type: "FeatureCollection",
      features: homes.map((h) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [h.lon, h.lat] },
        properties: { residents: h.homeM2 / FLOOR_M2_PER_RESIDENT, estimate: true },
      })),
    },
    homes: homes.length,
    buildings: all.length,
  };
}

/** Buildings among context features: polygons with a `building` key (OpenStreetMap, or any file using that field). */
export function isBuilding(f: Feature): boolean {
  const b = f.properties?.building;
  return (f.geometry?.type === "Polygon" || f.geometry?.type === "MultiPolygon") && b !== undefined && b !== null && b !== "no" && b !== "";
}
