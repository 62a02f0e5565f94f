/**
 * Walking-distance coverage from the command line.
 *
 *   npm run coverage -- --network streets.geojson --places places.geojson \
 *     --residents residents.geojson --max-walk 400 [--minutes 5 --speed 4.8] \
 *     [--area area.geojson] [--buildings buildings.geojson] [--cutoff 2000] [--cell 25] \
 *     --out gaps.geojson [--json]
 *
 * Prints a summary (JSON with --json) and writes the gap polygons as GeoJSON.
 * Exit codes: 0 ok, 2 usage or input error.
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import type { FeatureCollection } from "geojson";
import { runCoverage } from "../src/analysis/run.ts";
import { DEFAULT_WALKING_SPEED_KMH, minutesToMetres } from "../src/analysis/walking.ts";

export class InputError extends Error {}

/** Reads one input layer. Replace this to plug in a richer importer (Shapefile, CSV, OSM). */
export type LayerLoader = (path: string, flag: string) => Promise<FeatureCollection>;

export const loadGeoJSONLayer: LayerLoader = async (path, flag) => {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${flag} ${path}: ${code === "ENOENT" ? "file not found" : `cannot read (${code ?? String(e)})`}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`${flag} ${path}: not GeoJSON (not valid JSON)`);
  }
  const d = data as { type?: string; features?: unknown; geometry?: unknown };
  if (d && d.type === "FeatureCollection" && Array.isArray(d.features)) return d as FeatureCollection;
  if (d && d.type === "Feature") return { type: "FeatureCollection", features: [d as FeatureCollection["features"][number]] };
  if (d && typeof d.type === "string" && ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"].includes(d.type)) {
    return { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: d as never }] };
  }
  throw new InputError(`${flag} ${path}: not GeoJSON (expected a FeatureCollection, Feature or geometry)`);
};

const USAGE = `usage: npm run coverage -- --network streets.geojson --places places.geojson --residents residents.geojson
         (--max-walk METRES | --minutes MIN [--speed KMH]) [--area area.geojson] [--buildings buildings.geojson]
         [--cutoff METRES] [--cell METRES] --out gaps.geojson [--json]`;

function num(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InputError(`${flag} must be a non-negative number, got "${v}"`);
  return n;
}

export async function main(argv: string[], load: LayerLoader = loadGeoJSONLayer, out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        network: { type: "string" }, places: { type: "string" }, residents: { type: "string" },
        "max-walk": { type: "string" }, minutes: { type: "string" }, speed: { type: "string" },
        area: { type: "string" }, buildings: { type: "string" }, cutoff: { type: "string" }, cell: { type: "string" },
        out: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) { out(USAGE + "\n"); return 0; }
  try {
    for (const f of ["places", "residents", "out"] as const) if (!values[f]) throw new InputError(`--${f} is required`);
    const speed = num(values.speed, "--speed") ?? DEFAULT_WALKING_SPEED_KMH;
    const minutes = num(values.minutes, "--minutes");
    const limitM = num(values["max-walk"], "--max-walk") ?? (minutes !== undefined ? minutesToMetres(minutes, speed) : undefined);
    if (limitM === undefined) throw new InputError("give --max-walk METRES or --minutes MIN");
    const cutoffM = num(values.cutoff, "--cutoff");
    const cell = num(values.cell, "--cell");
    const [network, places, residents, area, buildings] = await Promise.all([
      values.network ? load(values.network, "--network") : Promise.resolve(null),
      load(values.places!, "--places"),
      load(values.residents!, "--residents"),
      values.area ? load(values.area, "--area") : Promise.resolve(null),
      values.buildings ? load(values.buildings, "--buildings") : Promise.resolve(null),
    ]);
    const { engine, summary } = runCoverage({ network, places, residents, area, buildings }, { limitM, cutoffM: Math.max(limitM, cutoffM ?? limitM), gapCellM: cell });
    try {
      await writeFile(values.out!, JSON.stringify(engine.gaps().collection) + "\n");
    } catch (e) {
      throw new InputError(`--out ${values.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
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
      out: values.out,
    };
    if (values.json) out(JSON.stringify(report, null, 2) + "\n");
    else {
      const pct = (summary.share * 100).toFixed(1);
      out([
        `mode: ${summary.mode}${summary.mode === "straight-line" ? " (no network: distances as the crow flies)" : ""}`,
        `limit: ${summary.limitM} m, places: ${summary.places}`,
        `residents: ${summary.residentsTotal}, within reach: ${summary.withinReach} (${pct}%), in gaps: ${summary.inGaps}, unreachable: ${summary.unreachable}`,
        `gaps with residents: ${summary.gapsWithResidents} (written to ${values.out})`,
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
