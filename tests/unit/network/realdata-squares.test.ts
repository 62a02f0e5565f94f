import { describe, expect, it } from "vitest";
import { booleanPointInPolygon, lineString, pointToLineDistance } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { buildNetwork, CROSSING } from "../../../src/analysis/network.ts";
import { importFiles } from "../../../src/data/import/index.ts";
import { realFile } from "../import/helpers.ts";

// © OpenStreetMap contributors (ODbL), see the real data's README.
const monaco = realFile("osm/monaco-latest.osm.pbf", "crossings of Monaco's real pedestrian squares");

describe.skipIf(!monaco)("real data: Monaco's pedestrian squares are crossed, never left", () => {
  it("keeps its 17 pedestrian areas and the touched place=square as areas, and every crossing stays inside its area", async () => {
    const result = await importFiles([monaco!]);
    const network = result.layers.filter((l) => l.kind === "network").flatMap((l) => l.features.features);
    const areas = network.map((f, i) => [f, i] as const).filter(([f]) => f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon");
    const pedestrian = areas.filter(([f]) => f.properties?.highway === "pedestrian");
    expect(pedestrian).toHaveLength(17); // 16 with area=yes, and Place du Casino, a multipolygon tagged place=square
    expect(areas.some(([f]) => f.properties?.["@id"] === "way/335740502")).toBe(true); // place=square only, paths come onto it
    const net = buildNetwork(network);
    const byFeature = new Map<number, number[]>();
    for (let e = 0; e < net.edgeCount; e++) if (net.edgePart[e] === CROSSING) byFeature.set(net.edgeFeature[e], [...(byFeature.get(net.edgeFeature[e]) ?? []), e]);
    // Every area that a street comes onto at two or more points is crossed.
    expect(pedestrian.filter(([, i]) => (byFeature.get(i) ?? []).length > 0).length).toBeGreaterThanOrEqual(15);
    let checked = 0;
    for (const [f, i] of areas) {
      const area = f as Feature<Polygon | MultiPolygon>;
      const rings = area.geometry.type === "Polygon" ? area.geometry.coordinates : area.geometry.coordinates.flat();
      const lines = rings.map((r) => lineString(r));
      for (const e of byFeature.get(i) ?? []) {
        const a = net.projection.inverse(net.nodeX[net.edgeFrom[e]], net.nodeY[net.edgeFrom[e]]);
        const b = net.projection.inverse(net.nodeX[net.edgeTo[e]], net.nodeY[net.edgeTo[e]]);
        for (let k = 1; k < 8; k++) {
          const p = [a[0] + ((b[0] - a[0]) * k) / 8, a[1] + ((b[1] - a[1]) * k) / 8];
          // On the outline counts as inside (a crossing may run along a straight edge); 1 cm slack for rounding.
          const ok = booleanPointInPolygon(p, area) || Math.min(...lines.map((l) => pointToLineDistance(p, l, { units: "meters" }))) < 0.01;
          expect(ok, `${f.properties?.["@id"]} crossing ${e} at ${k}/8`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  }, 60_000);
});
