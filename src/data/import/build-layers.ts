import type { Feature } from "geojson";
import { toWgs84, type CrsCode } from "../crs/index.ts";
import { sortOsmFeatures } from "../osm/sort-osm.ts";
import { cleanFeatures, SkipCounter } from "./clean-features.ts";
import { guessKind } from "./guess-kind.ts";
import type { LayerKind } from "./layer-kinds.ts";
import type { ParsedSource } from "./parsed-source.ts";
import { ImportFailure, problem } from "./problems.ts";
import { findPopulationField, toResidents } from "./residents.ts";
import { optionFor } from "./resolve-crs.ts";
import type { ImportedLayer, ImportOptions, ImportProblem } from "./types.ts";

const PREVIEW_SIZE = 5;
/** Characters of one value in the preview: a 20 MB value drawn in a table cell froze the page for seconds. */
export const PREVIEW_TEXT = 120;

/** A property value as short text for the preview (numbers and booleans as they are). */
function previewValue(value: unknown): unknown {
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  // Objects are cut before stringifying only by size of the result; nesting was bounded when reading.
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
  return text.length > PREVIEW_TEXT ? `${text.slice(0, PREVIEW_TEXT)}…` : text;
}

const previewRow = (f: Feature) => Object.fromEntries(Object.entries(f.properties ?? {}).slice(0, 200).map(([k, v]) => [k, previewValue(v)]));

function layer(source: ParsedSource, crs: CrsCode, kind: LayerKind, confident: boolean, features: Feature[], skipped: SkipCounter): ImportedLayer {
  return {
    name: source.name,
    sourceFile: source.file,
    kind,
    kindConfident: confident,
    crs,
    features: { type: "FeatureCollection", features },
    skipped: skipped.list(),
    preview: features.slice(0, PREVIEW_SIZE).map(previewRow),
  };
}

function reportSkips(file: string, skipped: SkipCounter, problems: ImportProblem[]): void {
  for (const { reason, count } of skipped.list()) problems.push(problem("warning", "import.warning.skipped", file, { count, reason }));
}

/**
 * Converts a parsed source to WGS 84 and sorts it into layers: OpenStreetMap by the tag table
 * (several layers), a polygon layer with a population field as residents, anything else as
 * one layer with a guessed kind.
 */
export function buildLayers(source: ParsedSource, crs: CrsCode, opts: ImportOptions, problems: ImportProblem[]): ImportedLayer[] {
  const clean = cleanFeatures(source.features, toWgs84(crs));
  const skipped = new SkipCounter();
  if (source.skipped) skipped.merge(source.skipped);
  skipped.merge(clean.skipped);
  if (clean.selfIntersecting > 0) {
    problems.push(problem("warning", "import.warning.selfIntersecting", source.file, { count: clean.selfIntersecting }));
  }
  if (clean.selfIntersectionUnchecked > 0) {
    problems.push(problem("info", "import.info.selfIntersectionUnchecked", source.file, { count: clean.selfIntersectionUnchecked }));
  }
  if (clean.features.length === 0) {
    reportSkips(source.file, skipped, problems);
    throw new ImportFailure("import.error.noFeatures", source.file);
  }
  let layers: ImportedLayer[];
  if (source.osm) {
    const sorted = sortOsmFeatures(clean.features);
    // Unclassified OSM features (address points, boundaries) are expected, not a problem to report.
    layers = [...sorted.byKind].map(([kind, features]) => layer(source, crs, kind, true, features, skipped));
  } else {
    const field = findPopulationField(clean.features, optionFor(opts.populationField, source));
    if (field) {
      const residents = toResidents(clean.features, field);
      skipped.merge(residents.skipped);
      problems.push(problem("info", "import.info.populationField", source.file, { field }));
      layers = [{ ...layer(source, crs, "residents", true, residents.features, skipped), populationField: field }];
    } else {
      const guess = guessKind(source.file, clean.features);
      layers = [layer(source, crs, guess.kind, guess.confident, clean.features, skipped)];
    }
  }
  reportSkips(source.file, skipped, problems);
  return layers;
}
