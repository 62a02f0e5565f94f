import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/data/import/index.ts";

const EXTENSIONS = ["geojson", "json", "csv", "kml", "osm", "zip", "shp", "osm.pbf", "dat"];

describe("importFiles never rejects", () => {
  it("on arbitrary bytes under any extension: every problem is typed and names the file", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXTENSIONS), fc.uint8Array({ maxLength: 300 }), async (ext, bytes) => {
        const name = `x.${ext}`;
        const result = await importFiles([{ name, bytes }]);
        for (const p of result.problems) {
          expect(p.key).toMatch(/^import\./);
          expect(p.params.file).toMatch(/^x\./);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("on arbitrary JSON: valid features come through, the rest is counted", async () => {
    const geometry = fc.record({
      type: fc.constantFrom("Point", "LineString", "Polygon", "MultiPoint", "Circle"),
      coordinates: fc.oneof(fc.jsonValue(), fc.array(fc.double({ min: -200, max: 200 }), { maxLength: 3 })),
    });
    const feature = fc.record({ type: fc.constant("Feature"), properties: fc.oneof(fc.constant(null), fc.dictionary(fc.string(), fc.jsonValue())), geometry: fc.oneof(geometry, fc.jsonValue()) });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ type: fc.constant("FeatureCollection"), features: fc.array(feature, { maxLength: 8 }) })), async (value) => {
        const result = await importFiles([{ name: "f.geojson", bytes: new TextEncoder().encode(JSON.stringify(value) ?? "") }]);
        for (const layer of result.layers) {
          for (const f of layer.features.features) expect(f.geometry).toBeTruthy();
        }
        expect(result.problems.every((p) => p.params.file === "f.geojson")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
