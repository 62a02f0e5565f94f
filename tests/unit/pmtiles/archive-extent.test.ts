// Where a base map archive lies: from its header, for moving the view there.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { archiveExtent, blobExtent, contains, viewOfExtent } from "../../../src/data/pmtiles/archive-extent";
import { BytesSource } from "../../../src/data/pmtiles/bytes-source";
import { packVectorLayers } from "../../../src/data/pmtiles/index";

const root = path.resolve(import.meta.dirname, "../../..");
const ANDORRA = path.resolve(root, "../shared/realdata/basemap/andorra-shortbread.pmtiles");
const hasAndorra = existsSync(ANDORRA);
if (!hasAndorra) console.warn(`real data missing: basemap/andorra-shortbread.pmtiles — the real Shortbread header is not checked`);

const point = (lon: number, lat: number) => ({ type: "Feature" as const, properties: { id: `${lon}` }, geometry: { type: "Point" as const, coordinates: [lon, lat] } });

describe("archive extent", () => {
  it("reads the demo base map's box and centre", async () => {
    const demo = new Uint8Array(readFileSync(path.join(root, "public/demo-basemap.pmtiles")));
    const extent = await archiveExtent(new BytesSource(demo));
    expect(extent.bounds[0]).toBeCloseTo(2.989, 2);
    expect(contains(extent.bounds, extent.center)).toBe(true);
    expect(viewOfExtent(extent)).toEqual({ fit: extent.bounds });
  });

  it.runIf(hasAndorra)("reads the real Andorra archive from a Blob, as the picker does", async () => {
    const extent = await blobExtent(new Blob([readFileSync(ANDORRA)]), "andorra-shortbread.pmtiles");
    expect(extent.bounds.map((v) => Number(v.toFixed(4)))).toEqual([1.4124, 42.4276, 1.7875, 42.6572]);
    expect(contains(extent.bounds, [1.52, 42.51])).toBe(true);
    // The demo neighbourhood (North Sea) is elsewhere: opening it moves the view.
    expect(contains(extent.bounds, [3.0, 52.1])).toBe(false);
  });

  it("goes to the centre of a country-wide archive instead of fitting it", async () => {
    const wide = packVectorLayers([{ name: "p", data: { type: "FeatureCollection", features: [point(2.5, 49.5), point(6.4, 53.5), point(4.4, 51.2)] } }], { minZoom: 0, maxZoom: 2, centerZoom: 1 });
    const extent = await archiveExtent(new BytesSource(wide));
    expect(viewOfExtent({ ...extent, bounds: [-10, 35, 30, 60] })).toEqual({ center: extent.center, zoom: 1 });
  });

  it("refuses bytes that are no archive", async () => {
    await expect(archiveExtent(new BytesSource(new TextEncoder().encode("PMTiles? no, a text file")))).rejects.toThrow();
  });
});
