import { rewind } from "@turf/turf";
import type { Feature, Geometry, Polygon, Position } from "geojson";
import { mapPositions, type PositionTransform } from "../crs/index.ts";
import { polygonCrossesItself } from "./self-intersections.ts";
import type { SkipReason } from "./types.ts";

/**
 * GeometryCollections nested deeper than this are skipped: real data nests one level, and a
 * collection nested 1 000 deep overflows the stack of every recursive step after reading
 * (reprojection, structured cloning to the page).
 */
export const MAX_NESTING = 8;

/** Coordinates are rounded to 7 decimals (about 1 cm): enough for maps, and files stay small. */
const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

export class SkipCounter {
  readonly counts = new Map<SkipReason, number>();
  add(reason: SkipReason, n = 1): void {
    if (n > 0) this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }
  merge(other: SkipCounter): void {
    for (const [reason, n] of other.counts) this.add(reason, n);
  }
  list(): { reason: SkipReason; count: number }[] {
    return [...this.counts].map(([reason, count]) => ({ reason, count }));
  }
}

class Skip extends Error {
  constructor(readonly reason: SkipReason) {
    super(reason);
  }
}

function checkPosition(pos: unknown): Position {
  if (!Array.isArray(pos) || pos.length < 2) throw new Skip("import.skip.invalidGeometry");
  if (!pos.every((v) => typeof v === "number" && Number.isFinite(v))) throw new Skip("import.skip.invalidCoordinates");
  return pos as Position;
}

function checkArray(value: unknown, min: number): unknown[] {
  if (!Array.isArray(value) || value.length < min) throw new Skip("import.skip.invalidGeometry");
  return value;
}

/** Closes an open ring; a ring needs four positions once closed. */
function checkRing(value: unknown): Position[] {
  const ring = checkArray(value, 3).map(checkPosition);
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push(first);
  if (ring.length < 4) throw new Skip("import.skip.invalidGeometry");
  return ring;
}

/** Checks shape and numbers of a geometry from an untrusted file; returns a clean copy. */
function checkGeometry(g: unknown, depth = 0): Geometry {
  if (!g || typeof g !== "object") throw new Skip("import.skip.noGeometry");
  if (depth > MAX_NESTING) throw new Skip("import.skip.nestedTooDeep");
  const { type, coordinates: c, geometries } = g as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  switch (type) {
    case "Point":
      return { type, coordinates: checkPosition(c) };
    case "MultiPoint":
      return { type, coordinates: checkArray(c, 1).map(checkPosition) };
    case "LineString":
      return { type, coordinates: checkArray(c, 2).map(checkPosition) };
    case "MultiLineString":
      return { type, coordinates: checkArray(c, 1).map((l) => checkArray(l, 2).map(checkPosition)) };
    case "Polygon":
      return { type, coordinates: checkArray(c, 1).map(checkRing) };
    case "MultiPolygon":
      return { type, coordinates: checkArray(c, 1).map((p) => checkArray(p, 1).map(checkRing)) };
    case "GeometryCollection":
      return { type, geometries: checkArray(geometries, 1).map((child) => checkGeometry(child, depth + 1)) };
    default:
      throw new Skip("import.skip.invalidGeometry");
  }
}

function convert(transform: PositionTransform): PositionTransform {
  return (pos) => {
    const out = transform(pos);
    const [lon, lat] = out;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      throw new Skip("import.skip.outOfRange");
    }
    return out.length > 2 ? [round7(lon), round7(lat), out[2]] : [round7(lon), round7(lat)];
  };
}

function polygonsOf(g: Geometry): Polygon[] {
  if (g.type === "Polygon") return [g];
  if (g.type === "MultiPolygon") return g.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
  if (g.type === "GeometryCollection") return g.geometries.flatMap(polygonsOf);
  return [];
}

/** "crosses" when any polygon of the geometry crosses itself, "unchecked" when one was too large to check. */
function crossingOf(g: Geometry): "crosses" | "clean" | "unchecked" {
  let result: "clean" | "unchecked" = "clean";
  for (const p of polygonsOf(g)) {
    const check = polygonCrossesItself(p.coordinates);
    if (check === "crosses") return check;
    if (check === "unchecked") result = check;
  }
  return result;
}

export interface CleanResult {
  features: Feature[];
  skipped: SkipCounter;
  /** Polygons that cross themselves: kept (they still show and still count), reported to the user. */
  selfIntersecting: number;
  /** Polygons too large to check in bounded time: kept, and the user is told they were not checked. */
  selfIntersectionUnchecked: number;
}

/**
 * Validates, converts to WGS 84, rounds and rewinds (RFC 7946: outer rings counter-clockwise)
 * every feature; features that cannot be used are counted by reason, never thrown.
 */
export function cleanFeatures(features: readonly unknown[], transform: PositionTransform, checkKinks = true): CleanResult {
  const skipped = new SkipCounter();
  const out: Feature[] = [];
  let selfIntersecting = 0;
  let selfIntersectionUnchecked = 0;
  const toWgs = convert(transform);
  for (const raw of features) {
    try {
      if (!raw || typeof raw !== "object") throw new Skip("import.skip.invalidGeometry");
      const f = raw as { geometry?: unknown; properties?: unknown; id?: unknown };
      const geometry = mapPositions(checkGeometry(f.geometry), toWgs);
      const crossing = checkKinks ? crossingOf(geometry) : "clean";
      if (crossing === "crosses") selfIntersecting++;
      else if (crossing === "unchecked") selfIntersectionUnchecked++;
      const properties = f.properties && typeof f.properties === "object" ? { ...(f.properties as object) } : {};
      const feature: Feature = { type: "Feature", geometry, properties };
      if (typeof f.id === "string" || typeof f.id === "number") feature.id = f.id;
      out.push(polygonsOf(geometry).length > 0 ? (rewind(feature, { mutate: true }) as Feature) : feature);
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      skipped.add(error.reason);
    }
  }
  return { features: out, skipped, selfIntersecting, selfIntersectionUnchecked };
}
