/**
 * The benchmark's inputs: a seeded synthetic city and the demo neighbourhood, each with a study
 * area and a scripted drag. Everything is deterministic, so the Turf child process can rebuild
 * exactly the same inputs from the scenario key instead of receiving megabytes over IPC.
 */
import { demoStudyArea } from "../src/data/demo-study-area.ts";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, Point, Polygon, Position } from "geojson";
import { createProjection, placesFromGeoJSON } from "../src/analysis/index.ts";
import { syntheticCity } from "../src/analysis/synthetic-city.ts";

export type ScenarioKey = "synthetic" | "demo";
export const SCENARIO_KEYS: readonly ScenarioKey[] = ["synthetic", "demo"];

/** The norm: buurtgroen, 400 m along the network. */
export const LIMIT_M = 400;
export const DRAG_STEPS = 200;
/**
 * The drag goes three quarters round a circle of this radius (≈3.5 m per step, a mouse move at
 * street zoom) and so ends away from its start: the state after the drag is a real check.
 */
const DRAG_RADIUS_M = 150;
const SEED = 20261122;

export interface Scenario {
  key: ScenarioKey;
  name: string;
  description: string;
  streets: FeatureCollection;
  places: FeatureCollection<Point>;
  residents: FeatureCollection;
  /** study area (lon/lat) for the Turf method's difference */
  area: Feature<Polygon>;
  limitM: number;
  /** the dragged place and its 200 positions */
  dragId: string;
  dragPath: Position[];
  /** another place, dragged round its own circle and back home to warm the JIT before timing */
  warmId: string;
  warmPath: Position[];
}

/** Grid side for about 300k edges (2·n·(n−1)·0.95), or about 30k with --quick. */
function citySize(quick: boolean) {
  return quick ? { side: 127, places: 100, residents: 3_000 } : { side: 397, places: 1_000, residents: 30_000 };
}

export function loadScenario(key: ScenarioKey, quick: boolean): Scenario {
  return key === "synthetic" ? syntheticScenario(quick) : demoScenario();
}

function syntheticScenario(quick: boolean): Scenario {
  const size = citySize(quick);
  const city = syntheticCity({ seed: SEED, cols: size.side, rows: size.side, spacingM: 80, bridgeEvery: 10, places: size.places, residents: size.residents });
  const box = bboxOf([city.network, city.residents]);
  return withDrag({
    key: "synthetic",
    name: quick ? "synthetic-30k" : "synthetic-300k",
    description: `seeded grid city ${size.side}×${size.side} (river with bridges), ${size.places} places, ${size.residents} resident points`,
    streets: city.network,
    places: city.places,
    residents: city.residents,
    area: bufferedBox(box, 100),
    limitM: LIMIT_M,
  });
}

function demoScenario(): Scenario {
  const read = (file: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../data/demo/${file}`, import.meta.url)), "utf8")) as FeatureCollection;
  const areas = demoStudyArea(read("area.geojson")).features;
  if (areas.length !== 1 || areas[0].geometry.type !== "Polygon") throw new Error("demo area: expected one neighbourhood polygon");
  return withDrag({
    key: "demo",
    name: "demo",
    description: "demo neighbourhood Ontmoetingswijk (streets, meeting places, resident points)",
    streets: read("streets.geojson"),
    places: read("meeting.geojson") as FeatureCollection<Point>,
    residents: read("residents.geojson"),
    area: areas[0] as Feature<Polygon>,
    limitM: LIMIT_M,
  });
}

type BaseScenario = Omit<Scenario, "dragId" | "dragPath" | "warmId" | "warmPath">;

/** Drag the first place round a circle; warm up with the second one. */
function withDrag(s: BaseScenario): Scenario {
  const places = placesFromGeoJSON(s.places);
  const start = (i: number): Position => {
    const g = places[i]?.geometry;
    if (g?.type !== "Point") throw new Error(`${s.name}: place ${i} must be a point`);
    return g.coordinates;
  };
  return {
    ...s,
    dragId: places[0].id, dragPath: circlePath(start(0), DRAG_STEPS),
    warmId: places[1].id, warmPath: [...circlePath(start(1), DRAG_STEPS), start(1)],
  };
}

/** `steps` positions along ¾ of a circle that starts at `start`, centred east of it. */
function circlePath(start: Position, steps: number): Position[] {
  const proj = createProjection(start[0], start[1]);
  const out: Position[] = [];
  for (let i = 1; i <= steps; i++) {
    const a = Math.PI + (1.5 * Math.PI * i) / steps;
    const [lon, lat] = proj.inverse(DRAG_RADIUS_M + DRAG_RADIUS_M * Math.cos(a), DRAG_RADIUS_M * Math.sin(a));
    out.push([Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7]);
  }
  return out;
}

function bboxOf(fcs: FeatureCollection[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const grow = (p: Position) => { b[0] = Math.min(b[0], p[0]); b[1] = Math.min(b[1], p[1]); b[2] = Math.max(b[2], p[0]); b[3] = Math.max(b[3], p[1]); };
  for (const fc of fcs) for (const f of fc.features) {
    const g = f.geometry;
    if (g.type === "Point") grow(g.coordinates);
    else if (g.type === "LineString") g.coordinates.forEach(grow);
  }
  return b;
}

/** The box grown by `m` metres on every side, as a polygon (counter-clockwise). */
function bufferedBox(b: [number, number, number, number], m: number): Feature<Polygon> {
  const proj = createProjection((b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
  const dLon = m / proj.kx, dLat = m / proj.ky;
  const [w, s, e, n] = [b[0] - dLon, b[1] - dLat, b[2] + dLon, b[3] + dLat];
  return { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } };
}
