/**
 * "Load this area from OpenStreetMap": builds an Overpass API query for the tags of the tag
 * table (src/data/osm/tag-table.ts) within the map view, guards its size and fetches it.
 * The answer is Overpass JSON, which the import library sorts into layers like any OSM file.
 */
import { TAG_TABLE, type TagCondition } from "./osm/tag-table.ts";

export const DEFAULT_OVERPASS_ENDPOINT = "https://overpass-api.de/api/interpreter";
/** localStorage key of a planner's (or a test's) own Overpass endpoint. */
export const OVERPASS_ENDPOINT_KEY = "ontmoetingskaart.overpassEndpoint";

/**
 * The largest view we send, in km². 4 km² is a 2 × 2 km view: a neighbourhood with the
 * streets around it, enough for walking norms of 400–800 m. A dense city centre then gives
 * some 5–20 MB of JSON: within the public server's fair use and a few seconds of parsing.
 * Larger areas are better loaded from an extract file (.osm.pbf).
 */
export const MAX_AREA_KM2 = 4;

/** [west, south, east, north] in degrees. */
export type ViewBounds = [number, number, number, number];

/** Approximate area of a lon/lat box in km² (equirectangular at its middle latitude; fine at city scale). */
export function bboxAreaKm2([w, s, e, n]: ViewBounds): number {
  const midLat = ((s + n) / 2) * (Math.PI / 180);
  return Math.abs(e - w) * 111.32 * Math.cos(midLat) * Math.abs(n - s) * 110.574;
}

export type SizeCheck = { ok: true; areaKm2: number } | { ok: false; areaKm2: number; maxKm2: number };

export function checkAreaSize(bounds: ViewBounds, maxKm2 = MAX_AREA_KM2): SizeCheck {
  const areaKm2 = bboxAreaKm2(bounds);
  return areaKm2 <= maxKm2 ? { ok: true, areaKm2 } : { ok: false, areaKm2, maxKm2 };
}

const quote = (text: string) => JSON.stringify(text);
const anchored = (values: readonly string[]) => `^(${values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`;

function filterOf(c: TagCondition): string | null {
  if ("area" in c || c.not) return null; // areas and exclusions are decided by the tag table after loading
  if (c.prefix) return `[~${quote(`^${c.key}`)}~"."]`;
  if (!c.values) return `[${quote(c.key)}]`;
  return c.values.length === 1 ? `[${quote(c.key)}=${quote(c.values[0]!)}]` : `[${quote(c.key)}~${quote(anchored(c.values))}]`;
}

/** One `nwr` statement per rule of the tag table (each once), limited to the view. */
export function overpassQuery([w, s, e, n]: ViewBounds, timeoutS = 60): string {
  const statements = new Set<string>();
  for (const rule of TAG_TABLE) {
    const filters = rule.when.map(filterOf).filter((f): f is string => f !== null);
    if (filters.length > 0) statements.add(`  nwr${filters.join("")};`);
  }
  const bbox = [s, w, n, e].map((v) => v.toFixed(6)).join(",");
  return [`[out:json][timeout:${timeoutS}][bbox:${bbox}];`, "(", ...statements, ");", "out body;", ">;", "out skel qt;"].join("\n");
}

export type OverpassOutcome =
  | { ok: true; name: string; bytes: Uint8Array }
  | { ok: false; reason: "tooLarge"; areaKm2: number; maxKm2: number }
  | { ok: false; reason: "offline" | "network" | "aborted" }
  | { ok: false; reason: "server"; status: number };

/** Fetches the view from an Overpass endpoint. Never throws: every failure is a typed reason. */
export async function fetchOverpassArea(bounds: ViewBounds, opts: { endpoint?: string; signal?: AbortSignal; online?: boolean } = {}): Promise<OverpassOutcome> {
  const size = checkAreaSize(bounds);
  if (!size.ok) return { ok: false, reason: "tooLarge", areaKm2: size.areaKm2, maxKm2: size.maxKm2 };
  if (opts.online === false) return { ok: false, reason: "offline" };
  try {
    const response = await fetch(opts.endpoint ?? DEFAULT_OVERPASS_ENDPOINT, {
      method: "POST",
      body: new URLSearchParams({ data: overpassQuery(bounds) }),
      signal: opts.signal,
    });
    if (!response.ok) return { ok: false, reason: "server", status: response.status };
    const bytes = new Uint8Array(await response.arrayBuffer());
    const name = `openstreetmap-${bounds.map((v) => v.toFixed(4)).join("_")}.json`;
    return { ok: true, name, bytes };
  } catch {
    if (opts.signal?.aborted) return { ok: false, reason: "aborted" };
    return { ok: false, reason: "network" };
  }
}
