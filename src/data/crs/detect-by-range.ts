import type { Position } from "geojson";
import { CRS_CODES, CRS_DEFINITIONS, type CrsCode } from "./definitions.ts";
import { toWgs84 } from "./reproject.ts";

export type Bbox = [minX: number, minY: number, maxX: number, maxY: number];

/** A rough country guess for telling the user where each candidate CRS would put the data. */
export type CountryGuess = "BE" | "NL" | "LU" | "FR" | "DE" | "GB" | "other";

export interface CrsCandidate {
  crs: CrsCode;
  name: string;
  /** Where the data would land in WGS 84 with this CRS. */
  bboxWgs84: Bbox;
  country: CountryGuess;
}

// Rough boxes, smallest first so that a Luxembourg or Dutch centre is not called Belgian.
const COUNTRY_BOXES: [CountryGuess, Bbox][] = [
  ["LU", [5.73, 49.44, 6.53, 50.18]],
  ["NL", [3.36, 51.37, 7.23, 53.56]],
  ["BE", [2.54, 49.49, 6.41, 51.51]],
  ["NL", [5.6, 50.75, 6.1, 51.37]], // South Limburg, east of Belgium's border
  ["DE", [5.87, 47.27, 15.04, 55.06]],
  ["FR", [-5.14, 41.33, 9.56, 51.09]],
  ["GB", [-8.65, 49.86, 1.77, 60.86]],
];

export function guessCountry(bbox: Bbox): CountryGuess {
  const x = (bbox[0] + bbox[2]) / 2;
  const y = (bbox[1] + bbox[3]) / 2;
  const hit = COUNTRY_BOXES.find(([, b]) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]);
  return hit ? hit[0] : "other";
}

const insideBox = (x: number, y: number, b: Bbox) => x >= b[0] && y >= b[1] && x <= b[2] && y <= b[3];

/** The data's bbox carried into WGS 84 through its four corners (enough for a location hint). */
export function bboxToWgs84(bbox: Bbox, code: CrsCode): Bbox {
  const fn = toWgs84(code);
  const corners = [fn([bbox[0], bbox[1]]), fn([bbox[0], bbox[3]]), fn([bbox[2], bbox[1]]), fn([bbox[2], bbox[3]])];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function bboxOf(positions: readonly Position[]): Bbox {
  const bbox: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    bbox[0] = Math.min(bbox[0], x);
    bbox[1] = Math.min(bbox[1], y);
    bbox[2] = Math.max(bbox[2], x);
    bbox[3] = Math.max(bbox[3], y);
  }
  return bbox;
}

/** Share of positions a CRS's window must hold: a few stray points must not hide the right system. */
const MIN_SHARE = 0.9;

/**
 * Every known CRS whose plausible window holds (nearly) all sample positions, with where it
 * would put them. Degrees win outright: metre grids would put such small numbers in open
 * sea or fields, never in a city.
 */
export function crsCandidatesByRange(positions: readonly Position[]): CrsCandidate[] {
  const finite = positions.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (finite.length === 0) return [];
  const fitting = CRS_CODES.map((code) => {
    const window = CRS_DEFINITIONS[code].plausible;
    return { code, inside: finite.filter(([x, y]) => insideBox(x, y, window)) };
  }).filter(({ inside }) => inside.length >= MIN_SHARE * finite.length);
  const chosen = fitting.some(({ code }) => code === "EPSG:4326") ? fitting.filter(({ code }) => code === "EPSG:4326") : fitting;
  return chosen.map(({ code, inside }) => {
    const bboxWgs84 = bboxToWgs84(bboxOf(inside), code);
    return { crs: code, name: CRS_DEFINITIONS[code].name, bboxWgs84, country: guessCountry(bboxWgs84) };
  });
}
