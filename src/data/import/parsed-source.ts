import type { CrsCode, CrsNameResult } from "../crs/index.ts";
import type { ImportProblem } from "./types.ts";
import type { SkipCounter } from "./clean-features.ts";

/** How a source says (or does not say) what CRS it is in. */
export type CrsSpec =
  | { kind: "fixed"; code: CrsCode } // KML and OpenStreetMap are WGS 84 by definition
  | { kind: "declared"; result: CrsNameResult } // a GeoJSON crs member or a .prj
  | { kind: "detect"; hint?: CrsCode }; // coordinate ranges decide (a CSV column name may hint)

/** What a format reader hands on: raw features in their own CRS, not yet checked. */
export interface ParsedSource {
  /** The file name that messages name. */
  file: string;
  /** Layer name: the file name without extension. */
  name: string;
  features: unknown[];
  crs: CrsSpec;
  /** OpenStreetMap data: sorted by tags into several layers. */
  osm?: boolean;
  /** Rows dropped while parsing (e.g. CSV rows without coordinates). */
  skipped?: SkipCounter;
  problems?: ImportProblem[];
}

export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.osm\.pbf$/i, "").replace(/\.[^.]+$/, "");
}
