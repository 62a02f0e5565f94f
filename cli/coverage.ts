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
 * KML, OSM XML, .osm.pbf, Overpass JSON), read with the app's own importer. --osm takes the
 * walking network and the meeting places (and reports the other layers) from one extract;
 * --places, --network override them. --residents may be statistics polygons with a
 * population field (--population-field NAME when it is not one we recognise).
 * Prints a summary with what was found per layer (JSON with --json) and writes the gap
 * polygons as GeoJSON with --out. Exit codes: 0 ok, 2 usage or input error.
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import type { FeatureCollection } from "geojson";
import { runCoverage } from "../src/analysis/run.ts";
import { importPaths } from "../src/data/import/import-paths.ts";
import type { ImportProblem, ImportResult, LayerKind } from "../src/data/import/index.ts";
import { messages as importMessages } from "../src/i18n/messages/import.ts";
import { DEFAULT_WALKING_SPEED_KMH, minutesToMetres } from "../src/analysis/walking.ts";

export class InputError extends Error {}

/** Reads one input layer (tests may pass their own). */
export type LayerLoader = (path: string, flag: string) => Promise<FeatureCollection>;

/** A library problem in English, as the app shows it (`$t(key)` nests the skip reason). */
export function problemText(p: ImportProblem): string {
  const en = importMessages.en as Record<string, string>;
  return (en[p.key] ?? p.key)
    .replace(/\$t\(\{\{(\w+)\}\}\)/g, (_, k: string) => en[String(p.params[k])] ?? String(p.params[k]))
    // "{{count, count}}": the app formats the number for its language; plain here.
    .replace(/\{\{(\w+)(?:, *\w+)?\}\}/g, (_, k: string) => String(p.params[k] ?? ""));
}

/** Layers found in a file: features per kind (several OSM layers, or one). */
export type FoundLayers = Partial<Record<LayerKind, FeatureCollection>>;

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

/**
 * The default loader: the app's importer, so any format and CRS it accepts works here. A
 * flag takes the layer of its own kind when the file has one (an OSM extract has several),
 * else everything in the file.
 */
export function importerLoader(populationField?: string): LayerLoader {
  const kindOf: Record<string, LayerKind> = { "--network": "network", "--residents": "residents", "--places": "meeting" };
  return async (path, flag) => {
    const { found } = await importOne(path, flag, flag === "--residents" ? populationField : undefined);
    const own = kindOf[flag] ? found[kindOf[flag]!] : undefined;
    return own ?? union(found);
  };
}

const USAGE = `usage: npm run coverage -- --network streets.geojson --places places.geojson --residents residents.geojson
         (--max-walk METRES | --minutes MIN [--speed KMH]) [--area area.geojson] [--buildings buildings.geojson]
         [--cutoff METRES] [--cell METRES] --out gaps.geojson [--json]
       npm run coverage -- --osm area.osm.pbf [--residents wijken.shp [--population-field NAME]] --max-walk 400 [--out gaps.geojson] [--json]
       (any input may be GeoJSON in any known CRS, CSV, Shapefile, KML, OSM XML, .osm.pbf or Overpass JSON)`;

function num(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InputError(`${flag} must be a non-negative number, got "${v}"`);
  return n;
}

export async function main(argv: string[], loader?: LayerLoader, out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        network: { type: "string" }, places: { type: "string" }, residents: { type: "string" },
        "max-walk": { type: "string" }, minutes: { type: "string" }, speed: { type: "string" },
        area: { type: "string" }, buildings: { type: "string" }, cutoff: { type: "string" }, cell: { type: "string" },
        out: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
        osm: { type: "string" }, "population-field": { type: "string" },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) { out(USAGE + "\n"); return 0; }
  try {
    // With --osm the extract supplies the places and the network; residents and --out are optional.
    const required = values.osm ? [] : (["places", "residents", "out"] as const);
    for (const f of required) if (!values[f]) throw new InputError(`--${f} is required`);
    const load = loader ?? importerLoader(values["population-field"]);
    const osm = values.osm ? await importOne(values.osm, "--osm") : null;
    const fromOsm = (kind: LayerKind) => osm?.found[kind] ?? { type: "FeatureCollection" as const, features: [] };
    const speed = num(values.speed, "--speed") ?? DEFAULT_WALKING_SPEED_KMH;
    const minutes = num(values.minutes, "--minutes");
    const limitM = num(values["max-walk"], "--max-walk") ?? (minutes !== undefined ? minutesToMetres(minutes, speed) : undefined);
    if (limitM === undefined) throw new InputError("give --max-walk METRES or --minutes MIN");
    const cutoffM = num(values.cutoff, "--cutoff");
    const cell = num(values.cell, "--cell");
    const [network, places, residents, area, buildings] = await Promise.all([
      values.network ? load(values.network, "--network") : Promise.resolve(osm?.found.network ?? null),
      values.places ? load(values.places, "--places") : Promise.resolve(fromOsm("meeting")),
      values.residents ? load(values.residents, "--residents") : Promise.resolve(fromOsm("residents")),
      values.area ? load(values.area, "--area") : Promise.resolve(null),
      values.buildings ? load(values.buildings, "--buildings") : Promise.resolve(null),
    ]);
    const { engine, summary } = runCoverage({ network, places, residents, area, buildings }, { limitM, cutoffM: Math.max(limitM, cutoffM ?? limitM), gapCellM: cell });
    if (values.out) {
      try {
        await writeFile(values.out, JSON.stringify(engine.gaps().collection) + "\n");
      } catch (e) {
        throw new InputError(`--out ${values.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      }
    }
    // What was found per layer: the features each input gave (and every layer of an OSM extract).
    const layers: Record<string, number> = Object.fromEntries(Object.entries(osm?.found ?? {}).map(([k, fc]) => [k, fc!.features.length]));
    Object.assign(layers, { network: network?.features.length ?? 0, places: places.features.length, residents: residents.features.length });
    const report = {
      mode: summary.mode,
      limitM: summary.limitM,
      places: summary.places,
      residentsTotal: summary.residentsTotal,
      withinReach: summary.withinReach,
      share: summary.share,
      inGaps: summary.inGaps,
      unreachable: summary.unreachable,
      gapsWithResidents: summary.gapsWithResidents,
      gaps: summary.gaps.filter((g) => g.residents > 0).slice(0, 20),
      warnings: summary.warnings,
      layers,
      ...(osm ? { importProblems: osm.result.problems.filter((p) => p.severity !== "info").map(problemText) } : {}),
      out: values.out ?? null,
    };
    if (values.json) out(JSON.stringify(report, null, 2) + "\n");
    else {
      const pct = (summary.share * 100).toFixed(1);
      out([
        `mode: ${summary.mode}${summary.mode === "straight-line" ? " (no network: distances as the crow flies)" : ""}`,
        `limit: ${summary.limitM} m, places: ${summary.places}`,
        `residents: ${summary.residentsTotal}, within reach: ${summary.withinReach} (${pct}%), in gaps: ${summary.inGaps}, unreachable: ${summary.unreachable}`,
        `gaps with residents: ${summary.gapsWithResidents}${values.out ? ` (written to ${values.out})` : ""}`,
        `layers found: ${Object.entries(layers).map(([k, n]) => `${k} ${n}`).join(", ")}`,
        ...summary.warnings.map((w) => `warning: ${w.key}${w.params ? " " + JSON.stringify(w.params) : ""}`),
      ].join("\n") + "\n");
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
