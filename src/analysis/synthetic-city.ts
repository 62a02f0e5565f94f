/**
 * Seeded synthetic grid city for tests and benchmarks: a jittered street grid (streets are
 * long LineStrings sharing vertices at crossings), some missing street segments, a river
 * across the middle crossed only by a few bridges, point places and resident points.
 */
import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import { createProjection } from "./projection.ts";

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCityOptions {
  seed?: number;
  /** grid nodes per side; edges ≈ 2·cols·rows */
  cols?: number;
  rows?: number;
  spacingM?: number;
  jitterM?: number;
  /** share of grid segments left out (dead ends, blocks) */
  dropShare?: number;
  /** every n-th column crosses the river (bridge); 0 = no river */
  bridgeEvery?: number;
  places?: number;
  residents?: number;
  center?: [number, number];
}

export interface SyntheticCity {
  network: FeatureCollection<LineString>;
  places: FeatureCollection<Point>;
  residents: FeatureCollection<Point, { count: number }>;
}

export function syntheticCity(o: SyntheticCityOptions = {}): SyntheticCity {
  const rnd = mulberry32(o.seed ?? 1);
  const cols = o.cols ?? 20, rows = o.rows ?? 20, sp = o.spacingM ?? 80, jit = o.jitterM ?? 10;
  const drop = o.dropShare ?? 0.05, bridgeEvery = o.bridgeEvery ?? 0;
  const proj = createProjection(...(o.center ?? [4.4025, 51.2194]));
  const riverRow = Math.floor(rows / 2); // no vertical street between riverRow-1 and riverRow except bridges
  const pos: [number, number][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    const x = (c - cols / 2) * sp + (rnd() - 0.5) * 2 * jit;
    const y = (r - rows / 2) * sp + (rnd() - 0.5) * 2 * jit;
    const [lon, lat] = proj.inverse(x, y);
    pos.push([Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7]);
  }
  const features: Feature<LineString>[] = [];
  const emit = (run: [number, number][]) => { if (run.length >= 2) features.push({ type: "Feature", properties: { highway: "residential" }, geometry: { type: "LineString", coordinates: run } }); };
  for (let r = 0; r < rows; r++) {
    let run: [number, number][] = [pos[r * cols]];
    for (let c = 1; c < cols; c++) {
      if (rnd() < drop) { emit(run); run = []; }
      run.push(pos[r * cols + c]);
    }
    emit(run);
  }
  for (let c = 0; c < cols; c++) {
    let run: [number, number][] = [pos[c]];
    for (let r = 1; r < rows; r++) {
      const river = bridgeEvery > 0 && r === riverRow && c % bridgeEvery !== 0;
      if (river || rnd() < drop) { emit(run); run = []; }
      run.push(pos[r * cols + c]);
    }
    emit(run);
  }
  const pointIn = (): [number, number] => {
    const x = (rnd() - 0.5) * cols * sp, y = (rnd() - 0.5) * rows * sp;
    const [lon, lat] = proj.inverse(x, y);
    return [Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
  };
  const places: Feature<Point>[] = [];
  for (let i = 0; i < (o.places ?? 10); i++) places.push({ type: "Feature", id: `p${i}`, properties: {}, geometry: { type: "Point", coordinates: pointIn() } });
  const residents: Feature<Point, { count: number }>[] = [];
  for (let i = 0; i < (o.residents ?? 200); i++) residents.push({ type: "Feature", properties: { count: 1 + Math.floor(rnd() * 8) }, geometry: { type: "Point", coordinates: pointIn() } });
  return { network: { type: "FeatureCollection", features }, places: { type: "FeatureCollection", features: places }, residents: { type: "FeatureCollection", features: residents } };
}
