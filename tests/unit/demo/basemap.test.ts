// The demo's offline base map: current, small, and readable by the pmtiles reader.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { generateDemoBasemap } from "../../../scripts/demo/basemap.ts";
import { generateDemoFeatures } from "../../../scripts/demo/index.ts";
import { DEMO_BASEMAP_FILE, loadDemoFiles } from "../../../src/data/demo-layers.ts";
import { openArchive, readTile } from "../pmtiles/read-archive.ts";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const committed = new Uint8Array(readFileSync(path.join(repoRoot, "public", DEMO_BASEMAP_FILE)));
const files = await loadDemoFiles();

describe("public/demo-basemap.pmtiles", async () => {
  const archive = openArchive(committed);
  const header = await archive.getHeader();

  it("is what the generator makes now, byte for byte (run npm run demo-data)", () => {
    const fresh = generateDemoBasemap(generateDemoFeatures());
    expect(fresh.length).toBe(committed.length);
    expect(Buffer.from(fresh).equals(Buffer.from(committed))).toBe(true);
  });

  it("stays small and covers zoom 12–16 over the neighbourhood", () => {
    expect(committed.length).toBeLessThan(2 * 1024 * 1024);
    expect([header.minZoom, header.maxZoom]).toEqual([12, 16]);
    expect(header.minLon).toBeCloseTo(2.989, 2);
    expect(header.maxLat).toBeCloseTo(52.107, 2);
  });

  it("has the base-map layers a style needs", async () => {
    const meta = (await archive.getMetadata()) as { vector_layers: { id: string; fields: Record<string, string> }[] };
    expect(meta.vector_layers.map((l) => l.id)).toEqual(["water", "rail", "area", "buildings", "streets", "labels"]);
    expect(meta.vector_layers.find((l) => l.id === "streets")?.fields).toEqual({ kind: "String", name: "String" });
  });

  it("holds every street name, building kind and sub-area label at the lowest zoom", async () => {
    const seen: Record<string, Feature[]> = {};
    const z = header.minZoom;
    const n = 2 ** z;
    const x0 = Math.floor(((header.minLon + 180) / 360) * n);
    const x1 = Math.floor(((header.maxLon + 180) / 360) * n);
    const yOf = (lat: number) => Math.floor(((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2) * n);
    for (let x = x0; x <= x1; x++) {
      for (let y = yOf(header.maxLat); y <= yOf(header.minLat); y++) {
        for (const [name, features] of Object.entries((await readTile(archive, z, x, y)) ?? {})) (seen[name] ??= []).push(...features);
      }
    }
    const values = (layer: string, key: string) => new Set((seen[layer] ?? []).map((f) => f.properties?.[key]));
    const expected = (features: Feature[], key: string) => new Set(features.map((f) => f.properties?.[key]));
    expect(values("streets", "name")).toEqual(expected(files.streets.features, "name"));
    expect(values("buildings", "kind")).toEqual(expected(files.buildings.features, "kind"));
    expect(values("labels", "name")).toEqual(new Set(["Ontmoetingswijk", "Oude Kern", "Spoorzijde", "Kanaalkant", ...files.squares.features.map((f) => f.properties?.name), ...files.green.features.filter((f) => f.properties?.kind === "park").map((f) => f.properties?.name), ...files.meeting.features.map((f) => f.properties?.name)]));
    expect(seen.water?.length).toBeGreaterThan(0);
    expect(seen.rail?.length).toBeGreaterThan(0);
  });
});
