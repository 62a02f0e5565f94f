import type { Feature } from "geojson";
import { parseDecimal } from "./numbers.ts";
import { SkipCounter } from "./clean-features.ts";

/** Population fields of the statistics offices we know: CBS (NL) and Statbel (BE), then common names. */
const POPULATION_FIELDS = ["population", "aant_inw", "total", "ms_population", "inwoners", "aantal_inwoners", "bevolking", "residents", "pop"];

const isArea = (f: Feature) => f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon";

/** The population field of a polygon layer (the user's choice first), matched case-insensitively; null when none. */
export function findPopulationField(features: readonly Feature[], chosen?: string): string | null {
  const sample = features.slice(0, 50);
  if (sample.length === 0 || sample.filter(isArea).length < sample.length / 2) return null;
  const keys = new Set(sample.flatMap((f) => Object.keys(f.properties ?? {})));
  const wanted = chosen ? [chosen.toLowerCase()] : POPULATION_FIELDS;
  for (const name of wanted) {
    const key = [...keys].find((k) => k.toLowerCase() === name);
    if (key) return key;
  }
  return null;
}

/**
 * Keeps the polygons with a usable count and copies it, as a number, to `properties.residents`;
 * missing, non-numeric or negative counts (statistics offices use negative codes for
 * "secret") are skipped by reason.
 */
export function toResidents(features: readonly Feature[], field: string): { features: Feature[]; skipped: SkipCounter } {
  const skipped = new SkipCounter();
  const out: Feature[] = [];
  for (const f of features) {
    if (!isArea(f)) {
      skipped.add("import.skip.invalidGeometry");
      continue;
    }
    const raw = f.properties?.[field];
    const value = raw === null || raw === undefined ? NaN : parseDecimal(raw);
    if (Number.isNaN(value)) skipped.add("import.skip.populationMissing");
    else if (value < 0) skipped.add("import.skip.populationNegative");
    else out.push({ ...f, properties: { ...f.properties, residents: value } });
  }
  return { features: out, skipped };
}
