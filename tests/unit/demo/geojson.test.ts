// Every demo file is plain RFC 7946 GeoJSON that any viewer opens.
import type { Feature, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { DEMO_FILES, loadDemoFiles } from "../../../src/data/demo-layers.ts";

const files = await loadDemoFiles();

/** Twice the signed area of a lon/lat ring: positive when counter-clockwise. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

function positions(feature: Feature): Position[] {
  const g = feature.geometry;
  if (g.type === "Point") return [g.coordinates];
  if (g.type === "LineString") return g.coordinates;
  if (g.type === "Polygon") return g.coordinates.flat();
  throw new Error(`unexpected geometry ${g.type}`);
}

describe.each(DEMO_FILES)("data/demo/$file", (entry) => {
  const collection = files[entry.id];

  it("is a FeatureCollection of the manifest's geometry type", () => {
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.length).toBeGreaterThan(0);
    for (const f of collection.features) {
      expect(f.type).toBe("Feature");
      expect(f.geometry.type).toBe(entry.geometry);
    }
  });

  it("has unique string ids in properties only (the map promotes them)", () => {
    const ids = collection.features.map((f) => f.properties?.id);
    for (const id of ids) expect(typeof id).toBe("string");
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of collection.features) expect(f.id).toBeUndefined();
  });

  it("uses WGS84 lon/lat in the open North Sea, rounded to 6 decimals", () => {
    const outside = collection.features.flatMap(positions).filter(([lon, lat, ...rest]) => {
      const inSea = lon > 2.98 && lon < 3.02 && lat > 52.09 && lat < 52.11;
      const rounded = Math.round(lon * 1e6) / 1e6 === lon && Math.round(lat * 1e6) / 1e6 === lat;
      return rest.length > 0 || !inSea || !rounded;
    });
    expect(outside).toEqual([]);
  });
});

describe.each(DEMO_FILES.filter((e) => e.geometry === "Polygon"))("polygons of data/demo/$file", (entry) => {
  it("have closed rings wound by the right-hand rule", () => {
    const wrong = files[entry.id].features.flatMap((f) =>
      f.geometry.type !== "Polygon"
        ? [f.properties?.id]
        : f.geometry.coordinates
            // Exterior counter-clockwise, holes clockwise.
            .filter((ring, i) => ring.length < 4 || ring[ring.length - 1].join() !== ring[0].join() || (i === 0) !== ringArea(ring) > 0)
            .map(() => f.properties?.id),
    );
    expect(wrong).toEqual([]);
  });
});
