// Directory encoding as the pmtiles reader decodes it: varints, run lengths, leaf directories.
import { Compression, readVarint, TileType, zxyToTileId } from "pmtiles";
import { describe, expect, it } from "vitest";
import { writePmtiles, type TileData } from "../../../src/data/pmtiles/index.ts";
import { writeVarint } from "../../../src/data/pmtiles/varint.ts";
import { openArchive } from "./read-archive.ts";

const raw = { tileType: TileType.Unknown, tileCompression: Compression.None, metadata: { name: "grid" }, bounds: [2.9, 52.0, 3.1, 52.2] as [number, number, number, number] };

/** A block of tiles at one zoom, each with its own small content. */
function grid(z: number, x0: number, y0: number, w: number, h: number, content: (i: number) => Uint8Array): TileData[] {
  const tiles: TileData[] = [];
  for (let x = x0; x < x0 + w; x++) for (let y = y0; y < y0 + h; y++) tiles.push({ z, x, y, data: content(tiles.length) });
  return tiles;
}

const text = (s: string) => new TextEncoder().encode(s);

/** A well-mixed integer hash, so sizes and gaps do not repeat in a pattern gzip could fold. */
function mix(i: number): number {
  let h = Math.imul(i ^ (i >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

async function expectAllFound(bytes: Uint8Array, tiles: TileData[]) {
  const archive = openArchive(bytes);
  for (const t of tiles) {
    const got = await archive.getZxy(t.z, t.x, t.y);
    expect(new Uint8Array(got!.data), `${t.z}/${t.x}/${t.y}`).toEqual(t.data);
  }
}

describe("PMTiles directories", () => {
  it("writes varints the reader reads, up to 2^53", () => {
    for (const v of [0, 1, 127, 128, 300, 2 ** 31 - 1, 2 ** 31, 2 ** 32 + 5, 2 ** 40 + 123, Number.MAX_SAFE_INTEGER]) {
      const out: number[] = [];
      writeVarint(out, v);
      expect(readVarint({ buf: Uint8Array.from(out), pos: 0 })).toBe(v);
    }
    expect(() => writeVarint([], -1)).toThrow();
  });

  it("stores identical consecutive tiles once, as one run", async () => {
    const same = text("sea");
    const tiles = grid(12, 2082, 1340, 4, 4, () => same);
    const bytes = writePmtiles(tiles, { ...raw, minZoom: 12, maxZoom: 12 });
    const header = await openArchive(bytes).getHeader();
    expect(header.numAddressedTiles).toBe(16);
    expect(header.numTileContents).toBe(1);
    expect(header.numTileEntries).toBeLessThan(16);
    expect(header.tileDataLength).toBe(3);
    await expectAllFound(bytes, tiles);
  });

  it("moves entries to leaf directories when the root would pass 16 KiB", async () => {
    // 40,000 scattered tiles of irregular sizes: far more entries than a 16 KiB root holds.
    const tiles = grid(14, 8000, 5000, 200, 200, (i) => text(`t${i}`.padEnd(mix(i) % 300, "."))).filter((_, i) => mix(i + 1e6) % 3 !== 0);
    const bytes = writePmtiles(tiles, { ...raw, minZoom: 14, maxZoom: 14 });
    const header = await openArchive(bytes).getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16384);
    expect(header.numTileEntries).toBe(tiles.length);
    expect(tiles.length).toBeGreaterThan(25000);
    // Every 7th tile plus both ends: each leaf is hit many times, and the run stays quick.
    await expectAllFound(bytes, tiles.filter((_, i) => i % 7 === 0 || i === tiles.length - 1));
    expect(await openArchive(bytes).getZxy(14, 7999, 5000)).toBeUndefined();
  }, 60_000);

  it("finds tiles through leaves on several zooms when the root is kept small", async () => {
    const tiles = [...grid(12, 2080, 1340, 30, 30, (i) => text(`a${i}`)), ...grid(13, 4160, 2680, 40, 40, (i) => text(`b${i}`))];
    const bytes = writePmtiles(tiles, { ...raw, minZoom: 12, maxZoom: 13, rootLimit: 64 });
    const header = await openArchive(bytes).getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    await expectAllFound(bytes, tiles);
  });

  it("rejects a tile given twice and an empty archive", () => {
    const t = { z: 1, x: 0, y: 0, data: text("x") };
    expect(zxyToTileId(1, 0, 0)).toBe(1);
    expect(() => writePmtiles([t, t], { ...raw, minZoom: 1, maxZoom: 1 })).toThrow(/twice/);
    expect(() => writePmtiles([], { ...raw, minZoom: 1, maxZoom: 1 })).toThrow(/no tiles/);
  });
});
