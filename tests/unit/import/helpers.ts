import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Position } from "geojson";
import type { InputFile } from "../../../src/data/import/index.ts";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const realData = path.resolve(repoRoot, "../shared/realdata");

/** A fixture of tests/fixtures/import as the importer receives files. */
export function fixture(name: string): InputFile {
  return { name, bytes: new Uint8Array(readFileSync(path.join(repoRoot, "tests/fixtures/import", name))) };
}

/** A real data file, or null (with a visible warning naming what goes untested) when absent. */
export function realFile(relative: string, untested: string): InputFile | null {
  const full = path.join(realData, relative);
  if (existsSync(full)) return { name: path.basename(full), bytes: new Uint8Array(readFileSync(full)) };
  console.warn(`real data missing: ${relative} — ${untested}`);
  return null;
}

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function metres(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}
