/**
 * Walking-distance coverage from the command line.
 *
 *   npm run coverage -- --network streets.geojson --places places.geojson \
 *     --residents residents.geojson --max-walk 400 [--minutes 5 --speed 4.8] \
 *     [--area area.geojson] [--buildings buildings.geojson] [--cutoff 2000] [--cell 25] \
 *     --out gaps.geojson [--json]
 *
 *   npm run coverage -- --osm area.osm.pbf [--residents wijken.shp] --max-walk 400 --json
 *
 * Every input may be any file the app accepts (GeoJSON in any known CRS, CSV, Shapefile,
 * KML, OSM XML, .osm.pbf, Overpass JSON), read with the app's own importer. The inputs go
 * through the app's own analysis plan (src/analysis/analysis-plan.ts): the same places count
 * (--count, default as in the app), residents come from --residents, else are estimated from
 * buildings (residentsSource in the JSON), a national population file is clipped to the
 * municipalities the streets touch (or --municipality), and the study area is the population
 * polygons. --places, --network, --residents override what --osm gives of their kind.
 * Prints a summary (JSON with --json) and writes the gap polygons as GeoJSON with --out.
 * Exit codes: 0 ok, 2 usage or input error, or no residents at all.
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import type { FeatureCollection } from "geojson";
import { basename } from "node:path";
import { runCoverage } from "../src/analysis/run.ts";
import { CANDIDATE_LAYERS, DEFAULT_PLACE_LAYERS, PLACE_LAYER_IDS, topCandidates, engineOptionsFor, parsePlaceLayers, placeLayerList, planAnalysis, type SourceLayer } from "../src/analysis/analysis-plan.ts";
import { OSM_ATTRIBUTION } from "../src/data/attribution.ts";
import { importPaths } from "../src/data/import/import-paths.ts";
import type { ImportProblem, ImportResult, LayerKind } from "../src/data/import/index.ts";
import { messages as importMessages } from "../src/i18n/messages/import.ts";
import { messages as workshopMessages } from "../src/i18n/messages/workshop.ts";
import { messages as appMessages } from "../src/i18n/messages/app.ts";
import { messages as analysisMessages } from "../src/i18n/messages/analysis.ts";
import { settingsWording, wordSetting } from "../src/analysis/settings-wording.ts";
import { DEFAULT_WALKING_SPEED_KMH, minutesToMetres } from "../src/analysis/walking.ts";

export class InputError extends Error {}

/** Layers found in a file: features per kind (several OSM layers, or one). */
export type FoundLayers = Partial<Record<LayerKind, FeatureCollection>>;

/** Reads one input file (tests may pass their own). */
export type LayerLoader = (path: string, flag: string) => Promise<FoundLayers>;

/** The app's English texts the CLI prints: import problems and the report's wording of the settings. */
const EN: Record<string, string> = { ...(importMessages.en as Record<string, string>), ...(workshopMessages.en as Record<string, string>), ...(appMessages.en as Record<string, string>), ...(analysisMessages.en as Record<string, string>) };

const EN_PLURAL = new Intl.PluralRules("en");

/** The text of a key; a counted text has only plural forms (`key_one`, `key_other`), chosen by `count` as i18next does. */
function englishTemplate(key: string, count: string | number | undefined): string | undefined {
  if (EN[key] !== undefined) return EN[key];
  if (typeof count !== "number") return undefined;
  return EN[`${key}_${EN_PLURAL.select(count)}`] ?? EN[`${key}_other`];
}

/** A message in English, as the app words it (`$t(key)` nests a message named by a parameter). */
export function englishText(key: string, params: Record<string, string | number> = {}): string {
  return (englishTemplate(key, params.count) ?? key)
    .replace(/\$t\(\{\{(\w+)\}\}\)/g, (_, k: string) => EN[String(params[k])] ?? String(params[k]))
    // "{{count, count}}": the app formats the number for its language; plain here.
    .replace(/\{\{(\w+)(?:, *\w+)?\}\}/g, (_, k: string) => String(params[k] ?? ""));
}

/** A library problem in English, as the app shows it; technical detail (behind a toggle in the app) in brackets. */
export const problemText = (p: ImportProblem): string => englishText(p.key, p.params) + (p.params.detail !== undefined ? ` (${p.params.detail})` : "");


async function importOne(path: string, flag: string, populationField?: string): Promise<{ found: FoundLayers; result: ImportResult }> {
  try {
    await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${flag} ${path}: ${code === "ENOENT" ? "file not found" : `cannot read (${code ?? String(e)})`}`);
  }
  const result = await importPaths([path], populationField ? { populationField } : {});
  if (result.needsCrsChoice?.length) {
    const options = result.needsCrsChoice[0]!.candidates.map((c) => `${c.crs} (${c.name}, ${c.country})`).join(" or ");
    throw new InputError(`${flag} ${path}: the coordinates fit several systems: ${options}. Save the file with its CRS declared (a .prj, or a GeoJSON crs member).`);
  }
  const error = result.problems.find((p) => p.severity === "error");
  if (result.layers.length === 0) {
    const text = error ? problemText(error) : "nothing usable found";
    const notGeo = error && ["import.error.notGeoJson", "import.error.malformedJson"].includes(error.key) ? "not GeoJSON: " : "";
    throw new InputError(`${flag} ${path}: ${notGeo}${text}`);
  }
  const found: FoundLayers = {};
  for (const layer of result.layers) {
    const prev = found[layer.kind];
    found[layer.kind] = prev ? { type: "FeatureCollection", features: [...prev.features, ...layer.features.features] } : (layer.features as FeatureCollection);
  }
  return { found, result };
}

const union = (found: FoundLayers): FeatureCollection => ({ type: "FeatureCollection", features: Object.values(found).flatMap((fc) => fc!.features) });

/** The layers a flag's file gives the analysis: its own kind where the file has it, else everything as that kind. */
function layersFor(flag: string, found: FoundLayers, name: string): SourceLayer[] {
  const as = (kind: string, fc: FeatureCollection): SourceLayer => ({ kind, name, features: fc });
  const all = Object.entries(found) as [LayerKind, FeatureCollection][];
  switch (flag) {
    case "--osm":
      return all.map(([kind, fc]) => as(kind, fc));
    case "--places": {
      // Place and candidate layers keep their kind (an OSM file of squares and parks, a file of
      // vacant buildings); anything else is a meeting place.
      const own = all.filter(([k]) => (PLACE_LAYER_IDS as readonly string[]).includes(k) || (CANDIDATE_LAYERS as readonly string[]).includes(k));
      return own.length ? own.map(([k, fc]) => as(k, fc)) : [as("meeting", union(found))];
    }
    case "--buildings":
      // Every polygon of a buildings file is a building, whatever its fields are called.
      return [as("context", { type: "FeatureCollection", features: union(found).features.map((f) => (f.properties?.building ? f : { ...f, properties: { ...f.properties, building: "yes" } })) })];
    default: {
      const kind = flag.slice(2);
      return [as(kind, found[kind as LayerKind] ?? union(found))];
    }
  }
}

const USAGE = `usage: npm run coverage -- --osm area.osm.pbf [--residents wijken.geojson] (--max-walk METRES | --minutes MIN [--speed KMH]) [--json]
       npm run coverage -- --network streets.geojson --places places.geojson --residents residents.geojson --max-walk 400 --out gaps.geojson
  --places FILE         places (may be given several times; a file of squares, green or vacant buildings keeps its kind)
  --count LAYERS        what counts as a place: any of ${PLACE_LAYER_IDS.join(",")} (default: ${placeLayerList(DEFAULT_PLACE_LAYERS).join(",")}, as in the app)
  --residents FILE      population data (CBS wijken/buurten/squares, Statbel sectors/grid, points with a count);
                        without it residents are estimated from the buildings of --osm or --buildings
  --population-field F  the population field when it is not one we recognise
  --municipality KEYS   for a national residents file: the municipalities to keep (e.g. GM0363; default: those the streets touch)
  --buildings FILE      building footprints (place a neighbourhood's residents on its homes, or estimate residents)
  --area FILE           the study area (default: the population polygons, else the data's extent)
  --cutoff METRES --cell METRES --out gaps.geojson --json
  (any input may be GeoJSON in any known CRS, CSV, Shapefile, KML, OSM XML, .osm.pbf or Overpass JSON)`;

function num(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InputError(`${flag} must be a non-negative number, got "${v}"`);
  return n;
}

const FILE_FLAGS = ["osm", "network", "places", "residents", "buildings", "area"] as const;

export async function main(argv: string[], loader?: LayerLoader, out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        network: { type: "string" }, places: { type: "string", multiple: true }, residents: { type: "string" },
        "max-walk": { type: "string" }, minutes: { type: "string" }, speed: { type: "string" },
        area: { type: "string" }, buildings: { type: "string" }, cutoff: { type: "string" }, cell: { type: "string" },
        out: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
        osm: { type: "string" }, "population-field": { type: "string" }, count: { type: "string" }, municipality: { type: "string" },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) { out(USAGE + "\n"); return 0; }
  try {
    if (!values.osm && !values.places?.length) throw new InputError("give --osm EXTRACT, or --places with --network and --residents");
    const counted = values.count === undefined ? { ok: true as const, layers: { ...DEFAULT_PLACE_LAYERS } } : parsePlaceLayers(values.count);
    if (!counted.ok) throw new InputError(`--count: unknown layer ${counted.unknown.map((u) => `"${u}"`).join(", ")}; choose from ${PLACE_LAYER_IDS.join(", ")}`);
    const speed = num(values.speed, "--speed") ?? DEFAULT_WALKING_SPEED_KMH;
    const minutes = num(values.minutes, "--minutes");
    const limitM = num(values["max-walk"], "--max-walk") ?? (minutes !== undefined ? minutesToMetres(minutes, speed) : undefined);
    if (limitM === undefined) throw new InputError("give --max-walk METRES or --minutes MIN");
    const cutoffM = num(values.cutoff, "--cutoff");
    const cell = num(values.cell, "--cell");
    const imported = new Map<string, ImportResult>();
    const loadTracked: LayerLoader = loader ?? (async (path, flag) => {
      const r = await importOne(path, flag, flag === "--residents" ? values["population-field"] : undefined);
      imported.set(flag, r.result);
      return r.found;
    });
    // Every file given, in order (--places may be given several times).
    const given = FILE_FLAGS.flatMap((f) => {
      const v = values[f];
      return (Array.isArray(v) ? v : v ? [v] : []).map((file) => ({ flag: f, file }));
    });
    const found = await Promise.all(given.map((g) => loadTracked(g.file, `--${g.flag}`)));
    // Explicit flags replace what the extract gave of their kind (--places: of every place kind).
    const explicitKinds = new Set<string>(given.map((g) => g.flag).filter((f) => f === "network" || f === "residents" || f === "area"));
    const layers: SourceLayer[] = given.flatMap(({ flag: f, file }, i) => {
      const name = basename(file);
      const list = layersFor(`--${f}`, found[i]!, name);
      const fromOsm = f === "osm";
      return list
        .filter((l) => !(fromOsm && explicitKinds.has(l.kind)))
        .filter((l) => !(fromOsm && values.places?.length && ((PLACE_LAYER_IDS as readonly string[]).includes(l.kind) || (CANDIDATE_LAYERS as readonly string[]).includes(l.kind))))
        .map((l) => ({ ...l, ...(fromOsm ? { attribution: OSM_ATTRIBUTION } : {}), ...(l.kind === "residents" && values.municipality ? { clip: values.municipality.split(",").map((m) => m.trim()) } : {}) }));
    });
    const plan = planAnalysis(layers, { placeLayers: counted.layers });
    const { engine, summary } = runCoverage(
      { network: plan.network, places: plan.places, residents: plan.residents, buildings: plan.buildings, area: plan.area },
      engineOptionsFor(limitM, { cutoffM, gapCellM: cell }),
    );
    if (values.out) {
      try {
        await writeFile(values.out, JSON.stringify(engine.gaps().collection) + "\n");
      } catch (e) {
        throw new InputError(`--out ${values.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      }
    }
    // The planner's shortlist, as the app ranks it: vacant buildings and squares by residents they would bring within reach.
    const shortlist = topCandidates(engine.shortlist(plan.candidates)).map((e) => {
      const name = plan.featureOf(e.id)?.properties?.name;
      return { id: e.id, ...(typeof name === "string" ? { name } : {}), gained: e.gained };
    });
    // What was found per layer: the features each input file gave, by kind.
    const layerCounts: Record<string, number> = {};
    for (const l of layers) layerCounts[l.kind] = (layerCounts[l.kind] ?? 0) + l.features.features.length;
    const round = (n: number) => Math.round(n);
    const report = {
      mode: summary.mode,
      limitM: summary.limitM,
      placeLayers: plan.placeLayers,
      placeCounts: plan.placeCounts,
      places: summary.places,
      residentsSource: summary.residentsSource,
      residentsTotal: summary.residentsTotal,
      withinReach: summary.withinReach,
      share: summary.share,
      inGaps: summary.inGaps,
      unreachable: summary.unreachable,
      noStreetData: summary.noStreetData,
      gapsWithResidents: summary.gapsWithResidents,
      gaps: summary.gaps.filter((g) => g.residents > 0).slice(0, 20),
      areas: summary.areas.map((a) => ({ id: a.id, name: a.name, residentsTotal: a.residentsTotal, withinReach: a.withinReach, inGaps: a.inGaps, noStreetData: a.noStreetData, share: a.share })),
      shortlist,
      spread: summary.spread,
      clips: plan.clips,
      sources: plan.sources,
      warnings: summary.warnings,
      layers: layerCounts,
      importProblems: [...imported.values()].flatMap((r) => r.problems.filter((p) => p.severity !== "info").map(problemText)),
      out: values.out ?? null,
    };
    if (values.json) out(JSON.stringify(report, null, 2) + "\n");
    else {
      const pct = (summary.share * 100).toFixed(1);
      const estimate = summary.residentsSource === "estimate-buildings" ? " (estimated from buildings)" : "";
      out([
        // The settings as the report words them.
        ...settingsWording({ sources: plan.sources, limitM: summary.limitM, speedKmh: speed, placeLayers: plan.placeLayers, mode: summary.mode }).map((w) => wordSetting(w, englishText)),
        `places: ${summary.places} (${plan.placeLayers.map((l) => `${l} ${plan.placeCounts[l]}`).join(", ")})`,
        `residents${estimate}: ${round(summary.residentsTotal)}, within reach: ${round(summary.withinReach)} (${pct}%), in gaps: ${round(summary.inGaps)}, unreachable: ${round(summary.unreachable)}, no street data: ${round(summary.noStreetData)}`,
        `gaps with residents: ${summary.gapsWithResidents}${values.out ? ` (written to ${values.out})` : ""}`,
        ...plan.clips.map((c) => `residents clipped to ${c.groups.join(", ")}: ${c.kept} of ${c.total} areas of ${c.name}${c.chosen ? "" : " (the municipalities the streets touch; choose with --municipality)"}`),
        `layers found: ${Object.entries(layerCounts).map(([k, n]) => `${k} ${n}`).join(", ")}`,
        ...summary.warnings.map((w) => `warning: ${englishText(w.key, w.params)}`),
      ].join("\n") + "\n");
    }
    if (summary.residentsSource === "none") {
      process.stderr.write("warning: no residents: give --residents with population data, or an extract or --buildings with buildings to estimate them\n");
      return 2;
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) { process.stderr.write(`error: ${e.message}\n`); return 2; }
    throw e;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(`error: ${(e as Error).stack ?? e}\n`); process.exitCode = 1; });
}
