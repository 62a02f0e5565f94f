import type { Feature } from "geojson";
import { parseDecimal } from "./numbers.ts";
import { SkipCounter } from "./clean-features.ts";

/**
 * Population fields of the statistics offices we know, then common names: CBS wijken and
 * buurten (`aant_inw`, `aantal_inwoners`, `population` in converted files), CBS 100 m / 500 m
 * squares (`aantal_inwoners`, older `inwoner`), Statbel sectors (`population`, `total`,
 * `ms_population`) and the Statbel 1 km grid (`ms_pop`, `ms_population_<year>`).
 */
export const POPULATION_FIELDS = ["residents", "population", "aant_inw", "aantal_inwoners", "inwoner", "inwoners", "total", "ms_population", "ms_pop", "bevolking", "pop"];
/** Year-suffixed population fields (Statbel grid: ms_population_2022; CBS: aantal_inwoners_2021). */
const POPULATION_FIELD_PATTERN = /^(ms_pop(ulation)?|aantal_inwoners|population|pop)_?(19|20)\d\d$/;

const isArea = (f: Feature) => f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon";
/** Residents come as areas with a population, or as points with a count (address points, grid centres). */
const isAreaOrPoint = (f: Feature) => isArea(f) || f.geometry.type === "Point" || f.geometry.type === "MultiPoint";

/** The population field of a polygon or point layer (the user's choice first), matched case-insensitively; null when none. */
export function findPopulationField(features: readonly Feature[], chosen?: string): string | null {
  const sample = features.slice(0, 50);
  if (sample.length === 0 || sample.filter(isAreaOrPoint).length < sample.length / 2) return null;
  const keys = new Set(sample.flatMap((f) => Object.keys(f.properties ?? {})));
  const wanted = chosen ? [chosen.toLowerCase()] : POPULATION_FIELDS;
  for (const name of wanted) {
    const key = [...keys].find((k) => k.toLowerCase() === name);
    if (key) return key;
  }
  if (chosen) return null;
  // The newest year of a year-suffixed field.
  return [...keys].filter((k) => POPULATION_FIELD_PATTERN.test(k.toLowerCase())).sort().pop() ?? null;
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
    if (!isAreaOrPoint(f)) {
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
