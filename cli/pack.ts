// `npm run pack -- a.geojson [b.geojson ...] --out out.pmtiles [--minzoom 12] [--maxzoom 16] [--layer name]`
// Packs GeoJSON files into one PMTiles archive of vector tiles; one layer per file, named after it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { FeatureCollection } from "geojson";
import { DEFAULT_MAX_ZOOM, DEFAULT_MIN_ZOOM, packVectorLayers } from "../src/data/pmtiles/index.ts";

const USAGE = "usage: npm run pack -- layer.geojson [more.geojson ...] --out out.pmtiles [--minzoom 12] [--maxzoom 16] [--layer name]";

function fail(message: string): never {
  console.error(`pack: ${message}\n${USAGE}`);
  process.exit(1);
}

function zoom(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const z = Number(value);
  if (!Number.isInteger(z) || z < 0 || z > 24) fail(`${flag} must be a whole number from 0 to 24, got "${value}"`);
  return z;
}

function readCollection(file: string): FeatureCollection {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    fail(`cannot read ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail(`${file} is not valid JSON (${(e as Error).message})`);
  }
  const fc = json as Partial<FeatureCollection>;
  if (fc?.type !== "FeatureCollection" || !Array.isArray(fc.features)) fail(`${file} is not a GeoJSON FeatureCollection`);
  return fc as FeatureCollection;
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string", short: "o" }, minzoom: { type: "string" }, maxzoom: { type: "string" }, layer: { type: "string", multiple: true }, help: { type: "boolean", short: "h" } },
  });
} catch (e) {
  fail((e as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length === 0) fail("no input files");
if (!values.out) fail("--out is required");
const names = values.layer ?? [];
if (names.length > 0 && names.length !== positionals.length) fail(`give one --layer per input file (${positionals.length} files, ${names.length} names)`);
const minZoom = zoom(values.minzoom, DEFAULT_MIN_ZOOM, "--minzoom");
const maxZoom = zoom(values.maxzoom, DEFAULT_MAX_ZOOM, "--maxzoom");
if (minZoom > maxZoom) fail(`--minzoom ${minZoom} is above --maxzoom ${maxZoom}`);

const layers = positionals.map((file, i) => ({
  name: names[i] ?? path.basename(file).replace(/\.(geo)?json$/i, ""),
  data: readCollection(file),
}));
let archive: Uint8Array;
try {
  archive = packVectorLayers(layers, { minZoom, maxZoom, name: path.basename(values.out, ".pmtiles") });
} catch (e) {
  fail((e as Error).message);
}
writeFileSync(values.out, archive);
console.log(`wrote ${values.out}: ${layers.map((l) => `${l.name} (${l.data.features.length})`).join(", ")}, zoom ${minZoom}–${maxZoom}, ${archive.length} bytes`);
