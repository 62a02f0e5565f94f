/**
 * A larger OpenStreetMap input made honestly from a real one: the Monaco extract repeated side
 * by side, each copy shifted east (and north, per row) with its own element ids, written as an
 * Overpass API JSON answer that the app and the CLI both read with the same importer. No
 * Liechtenstein-size extract is at hand; six copies of Monaco carry about as much data
 * (~180 000 elements, ~14 000 walkable ways) as the Liechtenstein extract's ~2.5 MB of .osm.pbf.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readOsmPbf } from "../src/data/osm/read-osm-pbf.ts";

interface OsmElement {
  type: "node" | "way" | "relation";
  id: number;
  lat?: number;
  lon?: number;
  tags?: Record<string, string>;
  nodes?: number[];
  members?: { type: string; ref: number; role: string }[];
}

/** Wider and taller than Monaco's nodes (0.1° × 0.24° with its offshore boundary): copies never touch. */
const STEP_LON = 0.12;
const STEP_LAT = 0.26;
const COLUMNS = 3;
/** Above every id in the extract (OSM ids are below 10^10): copy k adds k × this. */
const ID_STEP = 1e10;

/** Copy k of one element: moved by its cell's offset, every id (its own and those it refers to) renumbered. */
function copyOf(e: OsmElement, k: number): OsmElement {
  const dId = k * ID_STEP;
  const dLon = (k % COLUMNS) * STEP_LON;
  const dLat = Math.floor(k / COLUMNS) * STEP_LAT;
  const out: OsmElement = { type: e.type, id: e.id + dId };
  if (e.tags && Object.keys(e.tags).length > 0) out.tags = e.tags;
  if (e.lat !== undefined && e.lon !== undefined) {
    out.lat = Math.round((e.lat + dLat) * 1e7) / 1e7;
    out.lon = Math.round((e.lon + dLon) * 1e7) / 1e7;
  }
  if (e.nodes) out.nodes = e.nodes.map((n) => n + dId);
  if (e.members) out.members = e.members.map((m) => ({ ...m, ref: m.ref + dId }));
  return out;
}

export interface RepeatedExtract {
  file: string;
  bytes: number;
  elements: number;
}

/** Writes `copies` copies of the .osm.pbf at `source` as one Overpass JSON file in a fresh temporary folder. */
export function repeatedExtract(source: string, copies: number): RepeatedExtract {
  const data = readOsmPbf(new Uint8Array(readFileSync(source))) as { elements: OsmElement[] };
  const elements: OsmElement[] = [];
  for (let k = 0; k < copies; k++) for (const e of data.elements) elements.push(copyOf(e, k));
  const dir = mkdtempSync(path.join(os.tmpdir(), "ontmoetingskaart-bench-"));
  const file = path.join(dir, `${path.basename(source).replace(/\.osm\.pbf$/, "")}-x${copies}.json`);
  const text = JSON.stringify({ version: 0.6, generator: `${path.basename(source)} repeated ${copies}×`, elements });
  writeFileSync(file, text);
  return { file, bytes: Buffer.byteLength(text), elements: elements.length };
}
