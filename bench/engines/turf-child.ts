/**
 * The naive Turf method, run in its own process (see turf.ts for the time and memory caps):
 * buffer every place by the limit, union the buffers, take the difference with the study area
 * and count the residents inside it. Straight-line, so its count differs from ours by design.
 * Every finished measurement is sent to the parent at once, so a timeout keeps what was done.
 *
 * argv: <scenario key> <quick|full> <cap ms>
 */
import { booleanPointInPolygon, buffer, difference, featureCollection, point, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { placesFromGeoJSON, residentsFromGeoJSON } from "../../src/analysis/index.ts";
import { loadScenario, type ScenarioKey } from "../scenarios.ts";
import { memoryDelta, memoryNow, timed } from "../timing.ts";
import type { TurfMessage } from "./turf.ts";

const startedAt = performance.now();
const [key, size, cap] = process.argv.slice(2);
// Stop before a run that would not end 2 s before the parent's cap: a clean partial result.
// Full runs may use only the first 40 % of the cap, so that some drag steps are measured too.
const deadline = startedAt + Number(cap) - 2_000;
const fullDeadline = startedAt + 0.4 * Number(cap);
const FULL_RUNS = 10, DRAG_STEPS = 5;

const send = (m: TurfMessage) => process.send?.(m);
const s = loadScenario(key as ScenarioKey, size === "quick");
const residents = residentsFromGeoJSON(s.residents);
const centres = placesFromGeoJSON(s.places).map((p) => (p.geometry.type === "Point" ? p.geometry.coordinates : null));
const dragIndex = placesFromGeoJSON(s.places).findIndex((p) => p.id === s.dragId);

type Zone = Feature<Polygon | MultiPolygon>;
const bufferOf = (c: Position | null): Zone[] => {
  const b = c ? buffer(point(c), s.limitM, { units: "meters" }) : undefined;
  return b ? [b] : [];
};

/** Union, difference with the study area, then the residents inside what is left. */
function uncoveredBy(zones: Zone[]): { weight: number; points: number } {
  const covered = zones.length ? union(featureCollection(zones)) : null;
  const open = covered ? difference(featureCollection<Polygon | MultiPolygon>([s.area, covered])) : s.area;
  let weight = 0, points = 0;
  if (open) for (let i = 0; i < residents.lon.length; i++) {
    if (booleanPointInPolygon([residents.lon[i], residents.lat[i]], open)) { weight += residents.weight[i]; points++; }
  }
  return { weight, points };
}

const fits = (lastMs: number, until = deadline) => performance.now() + lastMs < until;

uncoveredBy(centres.slice(0, 10).flatMap(bufferOf)); // warm-up (JIT) on a few places
const m0 = memoryNow();
let buffers: Zone[][] = [];
let last = 0;
for (let run = 0; run < FULL_RUNS && (run === 0 || fits(last, fullDeadline)); run++) {
  if (run === 0) send({ type: "full-start" });
  const [result, ms] = timed(() => { buffers = centres.map(bufferOf); return uncoveredBy(buffers.flat()); });
  last = ms;
  if (run === 0) send({ type: "result", uncovered: result.weight, uncoveredPoints: result.points, memory: memoryDelta(m0, memoryNow()) });
  send({ type: "full", ms });
}
// A drag step re-buffers the moved place only (the others are kept), then union and count again.
for (let i = 0; i < DRAG_STEPS && fits(last); i++) {
  const [, ms] = timed(() => { buffers[dragIndex] = bufferOf(s.dragPath[i]); return uncoveredBy(buffers.flat()); });
  last = ms;
  send({ type: "drag", ms });
}
send({ type: "done" });
process.disconnect?.();
