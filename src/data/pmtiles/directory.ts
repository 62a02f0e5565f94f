// PMTiles v3 directories: entries sorted by tile id, columns delta/varint-encoded, then gzipped;
// leaf directories when the root would not fit in the first 16 KiB with the header.
import { writeVarint } from "./varint.ts";

export interface DirectoryEntry {
  tileId: number;
  /** Byte offset in the tile data section (or, for a leaf pointer, in the leaf section). */
  offset: number;
  length: number;
  /** Consecutive tile ids sharing these bytes; 0 marks a pointer to a leaf directory. */
  runLength: number;
}

export const HEADER_BYTES = 127;
/** A reader fetches the first 16 KiB once and expects header plus root directory inside it. */
export const ROOT_LIMIT = 16384 - HEADER_BYTES;

export function serializeDirectory(entries: DirectoryEntry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0 means "right after the previous entry"; otherwise offset + 1.
    writeVarint(out, i > 0 && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

export interface Directories {
  root: Uint8Array;
  leaves: Uint8Array;
  leafCount: number;
}

/**
 * Root alone when it fits; otherwise chunks of entries go to leaves and the root points at them,
 * doubling the chunk size until the root fits (as the reference writers do).
 */
export function buildDirectories(entries: DirectoryEntry[], compress: (data: Uint8Array) => Uint8Array, rootLimit = ROOT_LIMIT): Directories {
  const root = compress(serializeDirectory(entries));
  if (root.length <= rootLimit) return { root, leaves: new Uint8Array(0), leafCount: 0 };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const leafParts: Uint8Array[] = [];
    const pointers: DirectoryEntry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = compress(serializeDirectory(entries.slice(i, i + leafSize)));
      pointers.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const rootBytes = compress(serializeDirectory(pointers));
    if (rootBytes.length <= rootLimit) return { root: rootBytes, leaves: concatBytes(leafParts), leafCount: leafParts.length };
  }
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
