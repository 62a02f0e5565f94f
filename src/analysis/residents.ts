/**
 * Residents → weighted points.
 *
 * Points carry a count. Polygons (CBS wijken, buurten and squares, Statbel sectors and grid
 * cells) carry a population that is spread over where people live inside them:
 *
 * - With a walking network, a polygon is first split by street data: the share of its area
 *   farther than NO_STREET_DATA_M from any loaded street ("no street data here": an extract
 *   smaller than the neighbourhood) keeps the same share of its residents, placed there, so the
 *   engine counts them apart instead of calling them a gap or squeezing them onto the streets
 *   that were loaded. The rest goes to the homes among the loaded buildings inside it (by floor
 *   area, buildings.ts), else to the street side (cells within STREET_SIDE_M of a street: parks,
 *   water and rail yards get none), else evenly.
 * - Without a network: homes inside, else an even grid, else one interior point.
 *
 * The grid is 25 m, coarser for large polygons (a whole wijk of fields needs no 25 m cells to
 * place its few hundred residents) and for very large inputs, within a budget of cells.
 * Weights are quantised to 1/1024 of a person so that sums are exact in any order (the
 * incremental engine and a full recompute then agree to the last bit), and each polygon's
 * population is preserved exactly (up to that quantum).
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { isFinitePosition } from "../geo/positions.ts";
import { createProjection } from "./projection.ts";
import { pointInRings, projectPolygons, type Ring } from "./geometry.ts";
import { centroid, footprints, type Footprint } from "./buildings.ts";
import { snapPoint, type Network } from "./network.ts";
import { NO_STREET_DATA_M } from "./street-data.ts";

export { centroid };

export const WEIGHT_QUANTUM = 1024;
export const quantizeWeight = (w: number): number => Math.round(w * WEIGHT_QUANTUM) / WEIGHT_QUANTUM;

/** Cells this close to a street are where homes stand when no buildings are loaded. */
export const STREET_SIDE_M = 80;
/** Grid cells one polygon is spread over at most (its cell grows beyond that). */
const MAX_CELLS_PER_POLYGON = 40_000;
/** Grid cells of all polygons together at most (~2 M points fit a browser tab comfortably). */
const MAX_CELLS_TOTAL = 2_000_000;

export interface WeightedPoints {
  lon: Float64Array;
  lat: Float64Array;
  weight: Float64Array;
  /** index of the input feature each point came from (the population polygon, for polygons) */
  feature: Int32Array;
}

export interface ResidentOptions {
  /** Properties tried in order for a count/population; default below. */
  countProperties?: string[];
  /** Building footprints used to place a polygon's population. */
  buildings?: FeatureCollection | Feature[] | null;
  /** The walking network: polygons are spread over its street side, and split where it has no data. */
  network?: Network | null;
  /** Grid spacing (m) for polygons; default 25 (coarser for large polygons). */
  gridSpacingM?: number;
}

export const DEFAULT_COUNT_PROPERTIES = ["residents", "count", "population", "inwoners", "aantal_inwoners", "pop", "aantal"];

/** How the residents of a polygon were placed (buildings, street side, an even grid), or that no street data reaches it. */
export type SpreadMethod = "buildings" | "streets" | "grid" | "noStreets";

export interface ResidentsResult extends WeightedPoints {
  /** input features without a usable count or geometry */
  skippedFeatures: number;
  /** how many polygons were placed each way */
  spread: Record<SpreadMethod, number>;
  /** polygons among the input (the rest were points) */
  polygons: number;
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

class PointSink {
  lon: number[] = [];
  lat: number[] = [];
  weight: number[] = [];
  feature: number[] = [];

  /** Spread an already quantised total over points by shares (summing to 1), preserving it exactly. */
  spread(pts: readonly (readonly [number, number])[], shares: readonly number[], qTotal: number, fi: number) {
    let acc = 0;
    for (let i = 0; i < pts.length; i++) {
      const w = i === pts.length - 1 ? qTotal - acc : quantizeWeight(qTotal * shares[i]);
      acc += w;
      this.lon.push(pts[i][0]); this.lat.push(pts[i][1]); this.weight.push(w); this.feature.push(fi);
    }
  }

  even(pts: readonly (readonly [number, number])[], qTotal: number, fi: number) {
    this.spread(pts, pts.map(() => 1 / pts.length), qTotal, fi);
  }

  byWeight(items: readonly { at: readonly [number, number]; w: number }[], qTotal: number, fi: number) {
    const sum = items.reduce((a, b) => a + b.w, 0);
    this.spread(items.map((i) => i.at), items.map((i) => i.w / sum), qTotal, fi);
  }
}

interface Cell { at: [number, number]; off: number } // off: metres to the nearest street, Infinity beyond NO_STREET_DATA_M

function polygonBboxAreaM2(g: Geometry): number {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  for (const p of polys) for (const c of p[0] ?? []) { minX = Math.min(minX, c[0]); maxX = Math.max(maxX, c[0]); minY = Math.min(minY, c[1]); maxY = Math.max(maxY, c[1]); }
  if (!Number.isFinite(minX)) return 0;
  const kx = 111_320 * Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  return (maxX - minX) * kx * (maxY - minY) * 110_574;
}

export function residentsFromGeoJSON(input: FeatureCollection | Feature[], opts: ResidentOptions = {}): ResidentsResult {
  const features = Array.isArray(input) ? input : input.features ?? [];
  const keys = opts.countProperties ?? DEFAULT_COUNT_PROPERTIES;
  const net = opts.network && opts.network.edgeCount > 0 ? opts.network : null;
  const sink = new PointSink();
  const spreadCount: Record<SpreadMethod, number> = { buildings: 0, streets: 0, grid: 0, noStreets: 0 };
  let skipped = 0, polygons = 0;
  const homes = footprints(opts.buildings).filter((b) => b.homeM2 > 0);
  const homeLon = Float64Array.from(homes, (b) => b.lon);

  // One cell size for the input's scale: 25 m, grown when all polygons together would need too many cells.
  const base = opts.gridSpacingM ?? 25;
  const totalArea = features.reduce((a, f) => a + (f?.geometry ? polygonBboxAreaM2(f.geometry) : 0), 0);
  const spacing = Math.max(base, Math.sqrt(totalArea / MAX_CELLS_TOTAL));

  /** Distance to the nearest street, Infinity beyond NO_STREET_DATA_M (or with no network). */
  const streetOff = (lon: number, lat: number): number => {
    if (!net) return Infinity;
    const [x, y] = net.projection.forward(lon, lat);
    const s = snapPoint(net, x, y, NO_STREET_DATA_M);
    return s ? s.off : Infinity;
  };

  for (let fi = 0; fi < features.length; fi++) {
    const f = features[fi];
    const g: Geometry | null | undefined = f?.geometry;
    if (!g) { skipped++; continue; }
    if (g.type === "Point" || g.type === "MultiPoint") {
      const pts = (g.type === "Point" ? [g.coordinates] : g.coordinates).filter(isFinitePosition);
      const count = readCount(f.properties, keys, 1);
      if (!pts.length || count === null) { skipped++; continue; }
      sink.even(pts.map((p) => [p[0], p[1]] as const), quantizeWeight(count), fi);
      continue;
    }
    if (g.type !== "Polygon" && g.type !== "MultiPolygon") { skipped++; continue; }
    const count = readCount(f.properties, keys, null);
    const first = (g.type === "Polygon" ? g.coordinates[0]?.[0] : g.coordinates[0]?.[0]?.[0]) as Position | undefined;
    if (count === null || !first || !isFinitePosition(first)) { skipped++; continue; }
    polygons++;
    const proj = createProjection(first[0], first[1]);
    const polys = projectPolygons(g, proj.forward);
    const inside = (lon: number, lat: number) => { const [x, y] = proj.forward(lon, lat); return polys.some((rings) => pointInRings(x, y, rings)); };

    // Cells of the polygon, each with its distance to a street.
    const cellSize = Math.max(spacing, Math.sqrt(polygonBboxAreaM2(g) / MAX_CELLS_PER_POLYGON));
    const cells: Cell[] = gridCells(polys, cellSize).map(([x, y]) => {
      const at = proj.inverse(x, y);
      return { at, off: streetOff(at[0], at[1]) };
    });
    if (cells.length === 0) {
      // Smaller than a cell: its residents live at its centre.
      const c = centroid(polys[0][0]);
      const at = proj.inverse(c.x, c.y);
      cells.push({ at, off: streetOff(at[0], at[1]) });
    }
    const ownHomes = homesInside(homes, homeLon, g, inside);
    const qTotal = quantizeWeight(count);

    if (!net) {
      if (ownHomes.length) { sink.byWeight(ownHomes.map((h) => ({ at: [h.lon, h.lat] as const, w: h.homeM2 })), qTotal, fi); spreadCount.buildings++; }
      else { sink.even(cells.map((c) => c.at), qTotal, fi); spreadCount.grid++; }
      continue;
    }
    // Split by street data: the far part keeps its share of the area's residents.
    const far = cells.filter((c) => c.off === Infinity);
    const covered = cells.filter((c) => c.off !== Infinity);
    const qFar = covered.length === 0 ? qTotal : quantizeWeight((qTotal * far.length) / cells.length);
    const qCovered = qTotal - qFar;
    const homesWith = ownHomes.map((h) => ({ at: [h.lon, h.lat] as const, w: h.homeM2, far: streetOff(h.lon, h.lat) === Infinity }));
    if (qFar > 0) {
      const farHomes = homesWith.filter((h) => h.far);
      if (farHomes.length) sink.byWeight(farHomes, qFar, fi);
      else sink.even(far.map((c) => c.at), qFar, fi);
    }
    if (qCovered > 0 || covered.length > 0) {
      const nearHomes = homesWith.filter((h) => !h.far);
      const streetSide = covered.filter((c) => c.off <= STREET_SIDE_M);
      if (nearHomes.length) { sink.byWeight(nearHomes, qCovered, fi); spreadCount.buildings++; }
      else if (streetSide.length) { sink.even(streetSide.map((c) => c.at), qCovered, fi); spreadCount.streets++; }
      else { sink.even(covered.map((c) => c.at), qCovered, fi); spreadCount.grid++; }
    } else spreadCount.noStreets++;
  }
  return {
    lon: Float64Array.from(sink.lon), lat: Float64Array.from(sink.lat), weight: Float64Array.from(sink.weight), feature: Int32Array.from(sink.feature),
    skippedFeatures: skipped, spread: spreadCount, polygons,
  };
}

/** Cell centres of a regular grid (anchored on multiples of the size) inside projected polygons. */
function gridCells(polys: readonly Ring[][], size: number): [number, number][] {
  const out: [number, number][] = [];
  for (const rings of polys) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const r = rings[0];
    for (let i = 0; i < r.length; i += 2) { minX = Math.min(minX, r[i]); maxX = Math.max(maxX, r[i]); minY = Math.min(minY, r[i + 1]); maxY = Math.max(maxY, r[i + 1]); }
    const x0 = Math.floor(minX / size) * size + size / 2, y0 = Math.floor(minY / size) * size + size / 2;
    for (let y = y0; y <= maxY; y += size) for (let x = x0; x <= maxX; x += size) if (pointInRings(x, y, rings)) out.push([x, y]);
  }
  return out;
}

/** Homes whose centroid lies inside the polygon (homes sorted by longitude). */
function homesInside(homes: readonly Footprint[], homeLon: Float64Array, g: Geometry, inside: (lon: number, lat: number) => boolean): Footprint[] {
  if (homes.length === 0) return [];
  let minLon = Infinity, maxLon = -Infinity;
  for (const p of g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []) for (const c of p[0] ?? []) { if (c[0] < minLon) minLon = c[0]; if (c[0] > maxLon) maxLon = c[0]; }
  const out: Footprint[] = [];
  for (let k = lowerBound(homeLon, minLon); k < homes.length && homes[k].lon <= maxLon; k++) if (inside(homes[k].lon, homes[k].lat)) out.push(homes[k]);
  return out;
}

function lowerBound(a: Float64Array, v: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (a[m] < v) lo = m + 1; else hi = m; }
  return lo;
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
