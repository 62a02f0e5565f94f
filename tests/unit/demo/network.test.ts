// The walking network: one connected graph through shared vertices, crossing barriers only where built to.
import { booleanPointInPolygon, lineIntersect } from "@turf/turf";
import type { Feature, LineString, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { loadDemoFiles } from "../../../src/data/demo-layers.ts";

const files = await loadDemoFiles();
const streets = files.streets.features as Feature<LineString>[];
const water = files.water.features[0] as Feature<Polygon>;
const railway = files.railway.features[0] as Feature<LineString>;
const CROSSING_KINDS = new Set(["bridge", "tunnel"]);

/** Union-find over vertex keys: lines that share a vertex are joined. */
function components(lines: Feature<LineString>[]): { count: number; degree: Map<string, number> } {
  const parent = new Map<string, string>();
  const degree = new Map<string, number>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const line of lines) {
    const keys = line.geometry.coordinates.map((p) => p.join(","));
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (let i = 1; i < keys.length; i++) {
      parent.set(find(keys[i]), find(keys[i - 1]));
      degree.set(keys[i], (degree.get(keys[i]) ?? 0) + 1);
      degree.set(keys[i - 1], (degree.get(keys[i - 1]) ?? 0) + 1);
    }
  }
  const roots = new Set([...parent.keys()].map(find));
  return { count: roots.size, degree };
}

describe("demo walking network", () => {
  it("is one connected component through shared vertices", () => {
    expect(components(streets).count).toBe(1);
  });

  it("has no crossing that is not a shared vertex of both lines", () => {
    const vertexSets = streets.map((s) => new Set(s.geometry.coordinates.map((p) => p.join(","))));
    const unshared: string[] = [];
    streets.forEach((a, i) => {
      for (let j = i + 1; j < streets.length; j++) {
        for (const hit of lineIntersect(a, streets[j]).features) {
          // Snap to the 6-decimal grid the files use before comparing with vertices.
          const key = hit.geometry.coordinates.map((v) => Math.round(v * 1e6) / 1e6).join(",");
          if (!vertexSets[i].has(key) || !vertexSets[j].has(key)) unshared.push(`${a.properties?.id} × ${streets[j].properties?.id} at ${key}`);
        }
      }
    });
    expect(unshared).toEqual([]);
  });

  it("falls apart without its bridges and tunnel (the barriers are real)", () => {
    const withoutCrossings = streets.filter((s) => !CROSSING_KINDS.has(s.properties?.kind));
    expect(components(withoutCrossings).count).toBeGreaterThanOrEqual(4);
  });

  it("has cul-de-sacs", () => {
    const deadEnds = [...components(streets).degree.values()].filter((d) => d === 1);
    expect(deadEnds.length).toBeGreaterThanOrEqual(3);
  });

  it("uses only the documented kinds, and names its streets", () => {
    const kinds = new Set(streets.map((s) => s.properties?.kind));
    expect([...kinds].sort()).toEqual(["bridge", "footpath", "steps", "street", "tunnel"]);
    for (const s of streets) if (s.properties?.kind === "street") expect(s.properties.name).toEqual(expect.any(String));
  });

  it("crosses the canal and the railway only on bridges and tunnels", () => {
    for (const s of streets) {
      const crossesWater = lineIntersect(s, water).features.length > 0 || s.geometry.coordinates.some((p) => booleanPointInPolygon(p, water));
      const crossesRail = lineIntersect(s, railway).features.length > 0;
      if (!CROSSING_KINDS.has(s.properties?.kind)) {
        expect({ id: s.properties?.id, crossesWater, crossesRail }).toEqual({ id: s.properties?.id, crossesWater: false, crossesRail: false });
      } else {
        expect(crossesWater || crossesRail).toBe(true);
      }
    }
  });

  it("is no regular grid in the Oude Kern: streets wander, and old roads cut across diagonally", () => {
    const oudeKern = files.area.features.find((f) => f.properties?.name === "Oude Kern") as Feature<Polygon>;
    let total = 0;
    let square = 0; // within 5° of north–south or east–west
    let diagonal = 0; // more than 30° off both
    for (const s of streets.filter((x) => x.properties?.kind === "street")) {
      const c = s.geometry.coordinates;
      for (let i = 1; i < c.length; i++) {
        if (!booleanPointInPolygon(c[i], oudeKern)) continue;
        const [dx, dy] = [(c[i][0] - c[i - 1][0]) * 68527, (c[i][1] - c[i - 1][1]) * 111269]; // metres at 52.1° N
        const off = Math.abs((Math.atan2(dy, dx) * 180) / Math.PI) % 90;
        const length = Math.hypot(dx, dy);
        total += length;
        if (Math.min(off, 90 - off) < 5) square += length;
        if (Math.min(off, 90 - off) > 30) diagonal += length;
      }
    }
    expect(square / total).toBeLessThan(0.6);
    expect(diagonal / total).toBeGreaterThan(0.04);
  });
});
