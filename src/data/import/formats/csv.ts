import Papa from "papaparse";
import type { CrsCode } from "../../crs/index.ts";
import { SkipCounter } from "../clean-features.ts";
import { parseDecimal } from "../numbers.ts";
import { ImportFailure } from "../problems.ts";
import { baseName, type ParsedSource } from "../parsed-source.ts";

type Axis = "lat" | "lon" | "x" | "y";

/** Words around an axis name that say nothing about the axis itself. */
const NOISE = /coordinaten|coordinaat|coordinates|coordinate|coordonnees|coordonnee|coords|coord|epsg\d*/g;

/** Column-name fragments that name a CRS; Lambert 2008 is tested before Lambert 72. */
const CRS_HINTS: [RegExp, CrsCode][] = [
  [/lambert2008|lambert08|lb08|l08/, "EPSG:3812"],
  [/lambert72|lambert|lb72|l72/, "EPSG:31370"],
  [/rdnew|rd/, "EPSG:28992"],
  [/wgs84|wgs/, "EPSG:4326"],
];

const AXIS_NAMES: Record<string, Axis> = {
  lat: "lat", latitude: "lat", breedte: "lat", breedtegraad: "lat", latitud: "lat",
  lon: "lon", lng: "lon", long: "lon", longitude: "lon", lengte: "lon", lengtegraad: "lon", longitud: "lon",
  x: "x", east: "x", easting: "x", oost: "x",
  y: "y", north: "y", northing: "y", noord: "y",
};

/** Reads an axis (and a CRS hint) from a column name such as "X_LAMBERT", "RD_Y", "Breedte" or "lat_wgs84". */
export function axisOfColumn(header: string): { axis: Axis; hint?: CrsCode } | null {
  let rest = header.normalize("NFD").toLowerCase().replace(/[^a-z0-9]/g, "").replace(NOISE, "");
  let hint: CrsCode | undefined;
  for (const [pattern, code] of CRS_HINTS) {
    if (pattern.test(rest)) {
      hint = code;
      rest = rest.replace(pattern, "");
      break;
    }
  }
  const axis = AXIS_NAMES[rest];
  return axis ? { axis, hint } : null;
}

/** The separator used most in the header line: `;` when decimal commas are in the data. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [";", ",", "\t", "|"].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function findColumns(fields: string[]): { lat?: string; lon?: string; x?: string; y?: string; hint?: CrsCode } {
  const found: Partial<Record<Axis, string>> & { hint?: CrsCode } = {};
  for (const field of fields) {
    const match = axisOfColumn(field);
    if (!match || found[match.axis]) continue;
    found[match.axis] = field;
    found.hint ??= match.hint;
  }
  return found;
}

/** Points from a CSV with lat/lon or x/y columns; other columns become properties. */
export function readCsv(file: string, text: string): ParsedSource {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy", delimiter: delimiterOf(text) });
  const fields = parsed.meta.fields ?? [];
  const cols = findColumns(fields);
  const useDegrees = Boolean(cols.lat && cols.lon);
  const [xCol, yCol] = useDegrees ? [cols.lon, cols.lat] : [cols.x, cols.y];
  if (!xCol || !yCol) throw new ImportFailure("import.error.csvNoCoordinates", file);
  const skipped = new SkipCounter();
  const features: unknown[] = [];
  for (const row of parsed.data) {
    const rawX = row[xCol];
    const rawY = row[yCol];
    if (!rawX?.trim() && !rawY?.trim()) {
      skipped.add("import.skip.noGeometry");
      continue;
    }
    const properties: Record<string, string> = {};
    for (const f of fields) if (f !== xCol && f !== yCol && row[f] !== undefined) properties[f] = row[f];
    features.push({ type: "Feature", geometry: { type: "Point", coordinates: [parseDecimal(rawX), parseDecimal(rawY)] }, properties });
  }
  const crs: ParsedSource["crs"] = useDegrees ? { kind: "fixed", code: "EPSG:4326" } : { kind: "detect", hint: cols.hint };
  return { file, name: baseName(file), features, crs, skipped };
}
