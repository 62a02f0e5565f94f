import type { Position } from "geojson";
import { CRS_DEFINITIONS, crsCandidatesByRange, parseCrsName, type CrsCandidate, type CrsCode, type CrsNameResult } from "../crs/index.ts";
import type { ParsedSource } from "./parsed-source.ts";
import { ImportFailure } from "./problems.ts";
import type { ImportOptions } from "./types.ts";

export type CrsResolution = { code: CrsCode; fromRange: boolean } | { candidates: CrsCandidate[] };

/** An option given for all files (string) or per file name / layer name. */
export function optionFor(option: string | Record<string, string> | undefined, source: ParsedSource): string | undefined {
  if (typeof option === "string") return option;
  return option?.[source.file] ?? option?.[source.name];
}

/** The first position of an untrusted geometry, or null. */
function firstPosition(geometry: unknown): Position | null {
  let c: unknown = (geometry as { coordinates?: unknown } | null)?.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === "number" && typeof c[1] === "number" ? (c as Position) : null;
}

function samplePositions(features: readonly unknown[]): Position[] {
  return features.flatMap((f): Position[] => {
    const pos = firstPosition((f as { geometry?: unknown } | null)?.geometry);
    return pos ? [pos] : [];
  });
}

/** Within twice the range of degrees: no city lies this close to the origin of a metre grid we know. */
const looksLikeDegrees = ([x, y]: Position) => Math.abs(x) <= 360 && Math.abs(y) <= 360;

function known(result: CrsNameResult, file: string): CrsCode {
  if ("code" in result) return result.code;
  throw new ImportFailure("import.error.crsUnknown", file, { crs: result.unknown });
}

/**
 * The CRS of a source: the user's choice, else what the file declares, else what its
 * coordinate ranges allow: one candidate is taken (and reported), several are returned for
 * the user to choose, none is an error.
 */
export function resolveCrs(source: ParsedSource, opts: ImportOptions): CrsResolution {
  const assumed = optionFor(opts.assumeCrs, source);
  if (assumed) return { code: known(parseCrsName(assumed), source.file), fromRange: false };
  const spec = source.crs;
  if (spec.kind === "fixed") return { code: spec.code, fromRange: false };
  if (spec.kind === "declared") return { code: known(spec.result, source.file), fromRange: false };
  const positions = samplePositions(source.features);
  if (positions.length === 0) throw new ImportFailure("import.error.noFeatures", source.file);
  const candidates = crsCandidatesByRange(positions);
  // Small numbers that are not valid degrees (lon 200, lat 95) are a broken file, not metres
  // near a grid's origin: read as Lambert 72 they would land in France.
  if (!candidates.some((c) => c.crs === "EPSG:4326") && positions.every(looksLikeDegrees)) {
    throw new ImportFailure("import.error.degreesOutOfRange", source.file);
  }
  // A column name such as X_LAMBERT settles it, provided the numbers fit that system.
  const hinted = candidates.find((c) => c.crs === spec.hint);
  if (hinted) return { code: hinted.crs, fromRange: false };
  if (candidates.length === 1) return { code: candidates[0].crs, fromRange: candidates[0].crs !== "EPSG:4326" };
  if (candidates.length > 1) return { candidates };
  throw new ImportFailure("import.error.crsUndetectable", source.file);
}

export const crsLabel = (code: CrsCode) => `${CRS_DEFINITIONS[code].name} (${code})`;
