/**
 * Residents → weighted points.
 *
 * Points carry a count; polygons carry a population that is spread over their area: over
 * the building footprints inside them (by footprint area) where there are any, else over a
 * regular point grid. Weights are quantised to 1/1024 of a person so that sums are exact in
 * any order (the incremental engine and a full recompute then agree to the last bit), and
 * each polygon's population is preserved exactly (up to that quantum).
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { isFinitePosition } from "../geo/positions.ts";
import { createProjection } from "./projection.ts";
import { pointInRings, projectPolygons, projectRing, ringArea, type Ring } from "./geometry.ts";

export const WEIGHT_QUANTUM = 1024;
export const quantizeWeight = (w: number): number => Math.round(w * WEIGHT_QUANTUM) / WEIGHT_QUANTUM;

export interface WeightedPoints {
  lon: Float64Array;
  lat: Float64Array;
  weight: Float64Array;
  /** index of the input feature each point came from */
  feature: Int32Array;
}

export interface ResidentOptions {
  /** Properties tried in order for a count/population; default below. */
  countProperties?: string[];
  /** Building footprints used to place a polygon's population. */
  buildings?: FeatureCollection | Feature[];
  /** Grid spacing (m) when a polygon holds no building; default 25. */
  gridSpacingM?: number;
}

export const DEFAULT_COUNT_PROPERTIES = ["count", "population", "residents", "inwoners", "pop", "aantal"];

export interface ResidentsResult extends WeightedPoints {
  /** input features without a usable count or geometry */
  skippedFeatures: number;
}

function readCount(props: Record<string, unknown> | null | undefined, keys: string[], fallback: number | null): number | null {
  if (props) {
    for (const k of keys) {
      const v = props[k];
      const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v.replace(",", ".")) : NaN;
      if (Number.isFinite(n) && n >= 0) return n;
    }
  }
  return fallback;
}


export function residentsFromGeoJSON(input: FeatureCollection | Feature[], opts: ResidentOptions = {}): ResidentsResult {
  const features = Array.isArray(input) ? input : input.features ?? [];
  const keys = opts.countProperties ?? DEFAULT_COUNT_PROPERTIES;
  const spacing = opts.gridSpacingM ?? 25;
  const lon: number[] = [], lat: number[] = [], weight: number[] = [], feat: number[] = [];
  let skipped = 0;
  const buildingFeatures = opts.buildings ? (Array.isArray(opts.buildings) ? opts.buildings : opts.buildings.features) : [];
  // Building centroids in lon/lat, with footprint area in m².
  const buildings: { lon: number; lat: number; area: number }[] = [];
  for (const b of buildingFeatures) {
    const g = b?.geometry;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) continue;
    const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    for (const p of polys) {
      const outer = p[0];
      if (!outer || outer.length < 3) continue;
      const proj = createProjection(outer[0][0], outer[0][1]);
      const rings = p.map((r) => projectRing(r, proj.forward));
      const c = centroid(rings[0]);
      let area = Math.abs(ringArea(rings[0]));
      for (let i = 1; i < rings.length; i++) area -= Math.abs(ringArea(rings[i]));
      if (!(area > 0)) continue;
      const [blon, blat] = proj.inverse(c.x, c.y);
      buildings.push({ lon: blon, lat: blat, area });
    }
  }
  buildings.sort((a, b) => a.lon - b.lon);
  const bLon = Float64Array.from(buildings, (b) => b.lon);

  const push = (x: number, y: number, w: number, fi: number) => { lon.push(x); lat.push(y); weight.push(w); feat.push(fi); };
  /** Spread `total` over shares (summing to 1), quantised, preserving the total. */
  const spread = (pts: [number, number][], shares: number[], total: number, fi: number) => {
    const qTotal = quantizeWeight(total);
    let acc = 0;
    for (let i = 0; i < pts.length; i++) {
      const w = i === pts.length - 1 ? qTotal - acc : quantizeWeight(total * shares[i]);
      acc += w;
      push(pts[i][0], pts[i][1], w, fi);
    }
  };

  for (let fi = 0; fi < features.length; fi++) {
    const f = features[fi];
    const g: Geometry | null | undefined = f?.geometry;
    if (!g) { skipped++; continue; }
    if (g.type === "Point" || g.type === "MultiPoint") {
      const pts = (g.type === "Point" ? [g.coordinates] : g.coordinates).filter(isFinitePosition);
      const count = readCount(f.properties, keys, 1);
      if (!pts.length || count === null) { skipped++; continue; }
      spread(pts.map((p) => [p[0], p[1]] as [number, number]), pts.map(() => 1 / pts.length), count, fi);
      continue;
    }
    if (g.type !== "Polygon" && g.type !== "MultiPolygon") { skipped++; continue; }
    const count = readCount(f.properties, keys, null);
    const first = (g.type === "Polygon" ? g.coordinates[0]?.[0] : g.coordinates[0]?.[0]?.[0]) as Position | undefined;
    if (count === null || !first || !isFinitePosition(first)) { skipped++; continue; }
    const proj = createProjection(first[0], first[1]);
    const polys = projectPolygons(g, proj.forward);
    let minLon = Infinity, maxLon = -Infinity;
    for (const p of g.type === "Polygon" ? [g.coordinates] : g.coordinates) for (const c of p[0] ?? []) { if (c[0] < minLon) minLon = c[0]; if (c[0] > maxLon) maxLon = c[0]; }
    // 1) buildings whose centroid lies inside
    const inside: [number, number][] = [];
    const areas: number[] = [];
    let lo = lowerBound(bLon, minLon);
    for (; lo < buildings.length && buildings[lo].lon <= maxLon; lo++) {
      const b = buildings[lo];
      const [x, y] = proj.forward(b.lon, b.lat);
      if (polys.some((rings) => pointInRings(x, y, rings))) { inside.push([b.lon, b.lat]); areas.push(b.area); }
    }
    if (inside.length) {
      const sum = areas.reduce((a, b) => a + b, 0);
      spread(inside, areas.map((a) => a / sum), count, fi);
      continue;
    }
    // 2) a regular grid (cell centres) inside the polygon; else one interior-ish point
    const grid: [number, number][] = [];
    for (const rings of polys) {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      const r = rings[0];
      for (let i = 0; i < r.length; i += 2) { minX = Math.min(minX, r[i]); maxX = Math.max(maxX, r[i]); minY = Math.min(minY, r[i + 1]); maxY = Math.max(maxY, r[i + 1]); }
      const x0 = Math.floor(minX / spacing) * spacing + spacing / 2, y0 = Math.floor(minY / spacing) * spacing + spacing / 2;
      for (let y = y0; y <= maxY; y += spacing) for (let x = x0; x <= maxX; x += spacing) if (pointInRings(x, y, rings)) grid.push(proj.inverse(x, y));
    }
    if (!grid.length) {
      const c = centroid(polys[0][0]);
      grid.push(proj.inverse(c.x, c.y));
    }
    spread(grid, grid.map(() => 1 / grid.length), count, fi);
  }
  return { lon: Float64Array.from(lon), lat: Float64Array.from(lat), weight: Float64Array.from(weight), feature: Int32Array.from(feat), skippedFeatures: skipped };
}


function lowerBound(a: Float64Array, v: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (a[m] < v) lo = m + 1; else hi = m; }
  return lo;
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

/** Already-weighted points (e.g. from an importer) → WeightedPoints, quantising weights. */
export function weightedPoints(points: { lon: number; lat: number; weight: number }[]): WeightedPoints {
  return {
    lon: Float64Array.from(points, (p) => p.lon),
    lat: Float64Array.from(points, (p) => p.lat),
    weight: Float64Array.from(points, (p) => quantizeWeight(p.weight)),
    feature: Int32Array.from(points, (_, i) => i),
  };
}
