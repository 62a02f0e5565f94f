// Writes a PMTiles v3 archive from finished tiles: deduplicated, clustered by tile id, run-length encoded.
import { Compression, TileType, zxyToTileId } from "pmtiles";
import { buildDirectories, concatBytes, HEADER_BYTES, ROOT_LIMIT, type DirectoryEntry } from "./directory.ts";
import { gzip } from "./gzip.ts";
import { encodeHeader } from "./header.ts";

export interface TileData {
  z: number;
  x: number;
  y: number;
  /** Tile bytes, already compressed as `tileCompression` says. */
  data: Uint8Array;
}

export interface ArchiveOptions {
  tileType: TileType;
  tileCompression: Compression;
  /** JSON metadata (vector_layers, name, ...); written in the key order given. */
  metadata: Record<string, unknown>;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** [lon, lat, zoom]; defaults to the middle of the bounds at the lowest zoom. */
  center?: [number, number, number];
  minZoom: number;
  maxZoom: number;
  /** Largest root directory in bytes; smaller values force leaf directories (tests). */
  rootLimit?: number;
}

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  return h;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Content {
  data: Uint8Array;
  offset: number;
}

/** Identical tiles (empty sea, solid land) are stored once; a run of them becomes one entry. */
function layoutTiles(tiles: TileData[]): { entries: DirectoryEntry[]; data: Uint8Array; contents: number } {
  const sorted = tiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), tile: t })).sort((a, b) => a.id - b.id);
  const byHash = new Map<string, Content[]>();
  const parts: Uint8Array[] = [];
  const entries: DirectoryEntry[] = [];
  let size = 0;
  sorted.forEach(({ id, tile }, i) => {
    if (i > 0 && sorted[i - 1].id === id) throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} given twice`);
    const key = `${fnv1a(tile.data)}:${tile.data.length}`;
    const candidates = byHash.get(key) ?? [];
    let content = candidates.find((c) => sameBytes(c.data, tile.data));
    if (!content) {
      content = { data: tile.data, offset: size };
      candidates.push(content);
      byHash.set(key, candidates);
      parts.push(tile.data);
      size += tile.data.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === content.offset && last.tileId + last.runLength === id) last.runLength++;
    else entries.push({ tileId: id, offset: content.offset, length: tile.data.length, runLength: 1 });
  });
  return { entries, data: concatBytes(parts), contents: parts.length };
}

export function writePmtiles(tiles: TileData[], options: ArchiveOptions): Uint8Array {
  if (tiles.length === 0) throw new Error("no tiles to write");
  const { entries, data, contents } = layoutTiles(tiles);
  const dirs = buildDirectories(entries, gzip, options.rootLimit ?? ROOT_LIMIT);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const [west, south, east, north] = options.bounds;
  const center = options.center ?? [(west + east) / 2, (south + north) / 2, options.minZoom];

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + dirs.root.length;
  const leafOffset = metadataOffset + metadata.length;
  const dataOffset = leafOffset + dirs.leaves.length;
  const header = encodeHeader({
    rootDirectoryOffset: rootOffset,
    rootDirectoryLength: dirs.root.length,
    jsonMetadataOffset: metadataOffset,
    jsonMetadataLength: metadata.length,
    leafDirectoryOffset: leafOffset,
    leafDirectoryLength: dirs.leaves.length,
    tileDataOffset: dataOffset,
    tileDataLength: data.length,
    numAddressedTiles: tiles.length,
    numTileEntries: entries.length,
    numTileContents: contents,
    clustered: true,
    internalCompression: Compression.Gzip,
    tileCompression: options.tileCompression,
    tileType: options.tileType,
    minZoom: options.minZoom,
    maxZoom: options.maxZoom,
    bounds: options.bounds,
    center: { lon: center[0], lat: center[1], zoom: center[2] },
  });
  return concatBytes([header, dirs.root, metadata, dirs.leaves, data]);
}
