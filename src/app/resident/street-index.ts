/**
 * Street names from the loaded walking network, to find a place by its street without any
 * request: each name once, with one point on that street near its middle.
 */
import type { Geometry, Position } from "geojson";
import type { Dataset } from "../../state/slices/datasets";
import type { LngLat } from "../../state/slices/proposals";

export interface Street {
  name: string;
  at: LngLat;
}

function linesOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === "LineString") return [geometry.coordinates];
  if (geometry.type === "MultiLineString") return geometry.coordinates;
  return [];
}

/** Folds case and accents, so "gasthuis" finds "Gasthuisstraat" and "e" finds "é". */
export const foldName = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();

/** The vertex nearest to the middle of all the street's vertices: on the street, never beside it. */
function middleVertex(vertices: Position[]): LngLat {
  const mx = vertices.reduce((sum, v) => sum + v[0], 0) / vertices.length;
  const my = vertices.reduce((sum, v) => sum + v[1], 0) / vertices.length;
  let best = vertices[0];
  let bestD = Infinity;
  for (const v of vertices) {
    const d = (v[0] - mx) ** 2 + (v[1] - my) ** 2;
    if (d < bestD) [best, bestD] = [v, d];
  }
  return [best[0], best[1]];
}

export function streetIndex(datasets: readonly Dataset[]): Street[] {
  const byName = new Map<string, { name: string; vertices: Position[] }>();
  for (const dataset of datasets) {
    if (dataset.kind !== "network" || dataset.hidden) continue;
    for (const feature of dataset.features.features) {
      const raw = feature.properties?.name;
      if (typeof raw !== "string" || raw.trim() === "") continue;
      const name = raw.trim();
      const key = foldName(name);
      const entry = byName.get(key) ?? { name, vertices: [] };
      for (const line of linesOf(feature.geometry)) for (const v of line) if (Number.isFinite(v[0]) && Number.isFinite(v[1])) entry.vertices.push(v);
      byName.set(key, entry);
    }
  }
  return [...byName.values()]
    .filter((e) => e.vertices.length > 0)
    .map((e) => ({ name: e.name, at: middleVertex(e.vertices) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Streets whose name starts with the query first, then those that contain it. */
export function findStreets(streets: readonly Street[], query: string, limit = 6): Street[] {
  const q = foldName(query);
  if (q === "") return [];
  const starts: Street[] = [];
  const contains: Street[] = [];
  for (const street of streets) {
    const name = foldName(street.name);
    if (name.startsWith(q)) starts.push(street);
    else if (name.includes(q)) contains.push(street);
  }
  return [...starts, ...contains].slice(0, limit);
}
