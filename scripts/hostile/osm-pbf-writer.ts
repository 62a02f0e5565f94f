/**
 * Writes small .osm.pbf files (dense nodes and ways in one block), and lets a case damage
 * them on purpose: the hostile corpus needs a pbf of its own so that it stands alone.
 * Format: https://wiki.openstreetmap.org/wiki/PBF_Format
 */
import { zlibSync } from "fflate";
import { PbfWriter } from "pbf";
import { concatBytes } from "../../src/data/pmtiles/directory.ts";

export interface PbfNode {
  id: number;
  lat: number;
  lon: number;
  tags?: Record<string, string>;
}
export interface PbfWay {
  id: number;
  nodes: number[];
  tags: Record<string, string>;
}

export interface BlobOptions {
  /** Stored under this compression field instead of zlib (5 = bzip2, 7 = zstd): a reader must refuse it. */
  compressionField?: 1 | 3 | 5 | 7;
}

function blob(data: Uint8Array, opts: BlobOptions = {}): Uint8Array {
  const w = new PbfWriter();
  const field = opts.compressionField ?? 3;
  if (field === 1) w.writeBytesField(1, data);
  else {
    w.writeVarintField(2, data.length);
    w.writeBytesField(field, field === 3 ? zlibSync(data) : data);
  }
  return w.finish();
}

/** One framed blob: 4-byte big-endian header length, BlobHeader, Blob. */
export function frame(type: string, data: Uint8Array, opts: BlobOptions = {}): Uint8Array {
  const body = blob(data, opts);
  const h = new PbfWriter();
  h.writeStringField(1, type);
  h.writeVarintField(3, body.length);
  const header = h.finish();
  const out = new Uint8Array(4 + header.length + body.length);
  new DataView(out.buffer).setInt32(0, header.length, false);
  out.set(header, 4);
  out.set(body, 4 + header.length);
  return out;
}

export function headerBlock(required = ["OsmSchema-V0.6", "DenseNodes"]): Uint8Array {
  const w = new PbfWriter();
  for (const f of required) w.writeStringField(4, f);
  w.writeStringField(16, "hostile-corpus");
  return w.finish();
}

const deltas = (values: number[]) => values.map((v, i) => v - (i > 0 ? values[i - 1] : 0));

/** A PrimitiveBlock with all nodes dense and the ways after them (granularity 100 nanodegrees). */
export function dataBlock(nodes: PbfNode[], ways: PbfWay[], opts: { badStringIndex?: boolean } = {}): Uint8Array {
  const strings = [""];
  const index = (s: string) => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return opts.badStringIndex ? i + 1000 : i;
  };
  const keysVals: number[] = [];
  for (const n of nodes) {
    for (const [k, v] of Object.entries(n.tags ?? {})) keysVals.push(index(k), index(v));
    keysVals.push(0);
  }
  const wayTags = ways.map((w) => Object.entries(w.tags).map(([k, v]) => [index(k), index(v)]));
  const w = new PbfWriter();
  w.writeMessage(1, (_: null, pw: PbfWriter) => {
    for (const s of strings) pw.writeBytesField(1, new TextEncoder().encode(s));
  }, null);
  w.writeMessage(2, (_: null, pg: PbfWriter) => {
    pg.writeMessage(2, (__: null, d: PbfWriter) => {
      d.writePackedSVarint(1, deltas(nodes.map((n) => n.id)));
      d.writePackedSVarint(8, deltas(nodes.map((n) => Math.round(n.lat * 1e7))));
      d.writePackedSVarint(9, deltas(nodes.map((n) => Math.round(n.lon * 1e7))));
      d.writePackedVarint(10, keysVals);
    }, null);
  }, null);
  if (ways.length > 0) {
    w.writeMessage(2, (_: null, pg: PbfWriter) => {
      ways.forEach((way, i) => {
        pg.writeMessage(3, (__: null, ww: PbfWriter) => {
          ww.writeVarintField(1, way.id);
          ww.writePackedVarint(2, wayTags[i].map(([k]) => k));
          ww.writePackedVarint(3, wayTags[i].map(([, v]) => v));
          ww.writePackedSVarint(8, deltas(way.nodes));
        }, null);
      });
    }, null);
  }
  return w.finish();
}

export const concat = (...parts: Uint8Array[]) => concatBytes(parts);

/** A small neighbourhood in Antwerp: three benches and a footway through four untagged nodes. */
export function smallExtract(): { nodes: PbfNode[]; ways: PbfWay[] } {
  const nodes: PbfNode[] = [
    { id: 1, lat: 51.2001, lon: 4.4001, tags: { amenity: "bench" } },
    { id: 2, lat: 51.2002, lon: 4.4003, tags: { amenity: "bench", backrest: "yes" } },
    { id: 3, lat: 51.2004, lon: 4.4002, tags: { amenity: "bench", name: "<img src=x onerror=\"window.__pwned=1\">" } },
  ];
  for (let i = 0; i < 4; i++) nodes.push({ id: 10 + i, lat: 51.2 + i * 0.0002, lon: 4.4 + i * 0.0003 });
  const ways: PbfWay[] = [{ id: 100, nodes: [10, 11, 12, 13], tags: { highway: "footway" } }];
  return { nodes, ways };
}

export function writeOsmPbf(nodes: PbfNode[], ways: PbfWay[]): Uint8Array {
  return concat(frame("OSMHeader", headerBlock()), frame("OSMData", dataBlock(nodes, ways)));
}
