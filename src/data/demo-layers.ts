// The files of the embedded demo neighbourhood, as data. The app imports them through Vite;
// tests and the CLI read them from disk with `loadDemoFiles`.
import type { FeatureCollection } from "geojson";

export type DemoGeometryKind = "Point" | "LineString" | "Polygon";

export const DEMO_FILE_IDS = ["area", "water", "railway", "streets", "buildings", "residents", "squares", "benches", "green", "vacant", "meeting"] as const;
export type DemoFileId = (typeof DEMO_FILE_IDS)[number];

export interface DemoFileEntry {
  id: DemoFileId;
  file: string;
  geometry: DemoGeometryKind;
  /** What the file is for: one of the five place layers, the walking network, people, or context. */
  role: "place-layer" | "network" | "population" | "barrier" | "context";
}

export const DEMO_FILES: readonly DemoFileEntry[] = [
  { id: "area", file: "area.geojson", geometry: "Polygon", role: "context" },
  { id: "water", file: "water.geojson", geometry: "Polygon", role: "barrier" },
  { id: "railway", file: "railway.geojson", geometry: "LineString", role: "barrier" },
  { id: "streets", file: "streets.geojson", geometry: "LineString", role: "network" },
  { id: "buildings", file: "buildings.geojson", geometry: "Polygon", role: "context" },
  { id: "residents", file: "residents.geojson", geometry: "Point", role: "population" },
  { id: "squares", file: "squares.geojson", geometry: "Polygon", role: "place-layer" },
  { id: "benches", file: "benches.geojson", geometry: "Point", role: "place-layer" },
  { id: "green", file: "green.geojson", geometry: "Polygon", role: "place-layer" },
  { id: "vacant", file: "vacant.geojson", geometry: "Polygon", role: "place-layer" },
  { id: "meeting", file: "meeting.geojson", geometry: "Point", role: "place-layer" },
];

/** The base map that the demo generator packs next to the app's static files. */
export const DEMO_BASEMAP_FILE = "demo-basemap.pmtiles";

/** Node only (tests, CLI): reads every demo file; `dir` defaults to the repository's data/demo/. */
export async function loadDemoFiles(dir?: string): Promise<Record<DemoFileId, FeatureCollection>> {
  // Left to Node at run time: the browser bundle never calls this.
  const { readFile } = await import(/* @vite-ignore */ "node:fs/promises");
  const base = dir === undefined ? new URL("../../data/demo/", import.meta.url) : `${dir.replace(/\/$/, "")}/`;
  const out = {} as Record<DemoFileId, FeatureCollection>;
  for (const entry of DEMO_FILES) {
    const location = typeof base === "string" ? `${base}${entry.file}` : new URL(entry.file, base);
    out[entry.id] = JSON.parse(await readFile(location, "utf8")) as FeatureCollection;
  }
  return out;
}
