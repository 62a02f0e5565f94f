import { describe, expect, it } from "vitest";
import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, Polygon } from "geojson";
import { buildNetwork, CROSSING, type Network } from "../../../src/analysis/network.ts";
import { MAX_ENTRIES, segmentInside } from "../../../src/analysis/walkable-areas.ts";
import { edgeSegments } from "../../../src/analysis/edge-segments.ts";
import { byRole, loadFixture, networkOf, nodeAt, runFixture } from "./helpers.ts";

const crossings = (net: Network) => Array.from({ length: net.edgeCount }, (_, e) => e).filter((e) => net.edgePart[e] === CROSSING);
const hasEdge = (net: Network, a: number, b: number) =>
  Array.from({ length: net.edgeCount }, (_, e) => e).some((e) => (net.edgeFrom[e] === a && net.edgeTo[e] === b) || (net.edgeFrom[e] === b && net.edgeTo[e] === a));

describe("walkable squares: walked across, not around", () => {
  it.each(["plein-diagonaal", "plein-hoek", "plein-fontein"])("%s: the engine gives the hand-computed walks (README)", (name) => {
    const fx = loadFixture(name);
    const { engine } = runFixture(fx);
    const dist = engine.residentDistances();
    byRole(fx, "resident").forEach((r, i) => {
      expect(Math.abs(dist[i] - (r.properties!.expectedM as number)), `${r.properties!.name}: ${dist[i]}`).toBeLessThanOrEqual(0.2);
    });
    expect(engine.net!.componentCount).toBe(1);
  });

  it("crossings are edges without an input segment: part and segment -1, not drawn on the map, and the outline still is", () => {
    const fx = loadFixture("plein-diagonaal");
    const network = networkOf(fx);
    const net = buildNetwork(network);
    const cross = crossings(net);
    // 4 corners + the end of the path inside: 5 entries, 10 pairs, less the 4 sides (outline edges).
    expect(cross).toHaveLength(6);
    expect(cross.every((e) => net.edgeSegment[e] === CROSSING && net.edgeFeature[e] === 0)).toBe(true);
    expect(hasEdge(net, nodeAt(net, 0, 0), nodeAt(net, 100, 100))).toBe(true);
    expect(hasEdge(net, nodeAt(net, 50, 70), nodeAt(net, 0, 0))).toBe(true);
    const drawn = edgeSegments(network, net.edgeFeature, net.edgePart, net.edgeSegment);
    expect(drawn.features.map((f) => f.id)).toEqual(Array.from({ length: net.edgeCount }, (_, e) => e).filter((e) => !cross.includes(e)));
    // The square's 4 sides, the 2 streets and the path: each drawn with its own input positions.
    expect(drawn.features).toHaveLength(4 + 2 + 1);
    const square = network.features[0] as Feature<Polygon>;
    for (const f of drawn.features.filter((f) => net.edgeFeature[f.id as number] === 0)) {
      const k = net.edgeSegment[f.id as number];
      expect(f.geometry.coordinates).toEqual(square.geometry.coordinates[0].slice(k, k + 2));
    }
    // Edges stay in feature order (the square's crossings right after its outline).
    expect([...net.edgeFeature]).toEqual([...net.edgeFeature].sort((a, b) => a - b));
  });

  it("plein-hoek: a large outline uses only its shared vertices and its inner corner, and no crossing leaves the square", () => {
    const fx = loadFixture("plein-hoek");
    const net = buildNetwork(networkOf(fx));
    const cross = crossings(net);
    expect(cross).toHaveLength(fx.properties.crossings!);
    const [east, north, corner] = [nodeAt(net, 100, 20), nodeAt(net, 20, 100), nodeAt(net, 40, 40)];
    expect(hasEdge(net, east, north)).toBe(false);
    expect(hasEdge(net, east, corner) && hasEdge(net, north, corner)).toBe(true);
  });

  it("plein-fontein: no crossing runs through the fountain (checked with turf at 20 points per crossing)", () => {
    const fx = loadFixture("plein-fontein");
    const square = byRole(fx, "network")[0] as Feature<Polygon>;
    const net = buildNetwork(networkOf(fx));
    expect(hasEdge(net, nodeAt(net, 0, 0), nodeAt(net, 100, 100))).toBe(false);
    const cross = crossings(net);
    expect(cross.length).toBeGreaterThan(4);
    for (const e of cross) {
      const a = net.projection.inverse(net.nodeX[net.edgeFrom[e]], net.nodeY[net.edgeFrom[e]]);
      const b = net.projection.inverse(net.nodeX[net.edgeTo[e]], net.nodeY[net.edgeTo[e]]);
      for (let k = 1; k < 20; k++) {
        const p = [a[0] + ((b[0] - a[0]) * k) / 20, a[1] + ((b[1] - a[1]) * k) / 20];
        expect(booleanPointInPolygon(p, square), `crossing ${e} at ${k}/20`).toBe(true);
      }
    }
  });

  it("a path passing under or over the square (tunnel, bridge, other layer) is not joined to it inside", () => {
    const square: Feature = { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[[4.4, 51.2], [4.401, 51.2], [4.401, 51.201], [4.4, 51.201], [4.4, 51.2]]] } };
    const through = (properties: Record<string, string>): Feature => ({ type: "Feature", properties, geometry: { type: "LineString", coordinates: [[4.3995, 51.2005], [4.4005, 51.2005], [4.4015, 51.2005]] } });
    const joined = (properties: Record<string, string>) => {
      const net = buildNetwork([square, through(properties)]);
      return net.componentCount === 1;
    };
    expect(joined({ highway: "footway" })).toBe(true);
    expect(joined({ highway: "footway", tunnel: "building_passage" })).toBe(true); // at ground level
    expect(joined({ highway: "footway", tunnel: "yes", layer: "-1" })).toBe(false);
    expect(joined({ highway: "footway", bridge: "yes" })).toBe(false);
    expect(joined({ highway: "footway", layer: "1" })).toBe(false);
    expect(joined({ highway: "footway", bridge: "no", layer: "0" })).toBe(true);
  });

  it("segmentInside: concave corners, holes, grazing a vertex, running along the edge", () => {
    const ring = (...pts: [number, number][]) => Float64Array.from([...pts, pts[0]].flat());
    const L = [ring([0, 0], [100, 0], [100, 40], [40, 40], [40, 100], [0, 100])];
    expect(segmentInside(100, 20, 20, 100, L)).toBe(false); // cuts the missing corner
    expect(segmentInside(100, 20, 40, 40, L)).toBe(true); // to the inner corner
    expect(segmentInside(100, 40, 40, 100, L)).toBe(false); // both ends on the outline, middle outside
    expect(segmentInside(0, 0, 100, 0, L)).toBe(true); // along the edge
    expect(segmentInside(100, 0, 0, 60, L)).toBe(true); // passes below the inner corner (y 36 at x 40)
    expect(segmentInside(100, 0, 10, 60, L)).toBe(true); // through the inner corner exactly, grazing it
    expect(segmentInside(100, 0, 10, 62, L)).toBe(false); // just beyond it (y 41.3 at x 40): outside
    const holed = [ring([0, 0], [100, 0], [100, 100], [0, 100]), ring([40, 40], [40, 60], [60, 60], [60, 40])];
    expect(segmentInside(0, 0, 100, 100, holed)).toBe(false);
    expect(segmentInside(0, 0, 60, 40, holed)).toBe(true); // touches the fountain's corner only
    expect(segmentInside(0, 50, 100, 50, holed)).toBe(false);
    expect(segmentInside(0, 40, 100, 40, holed)).toBe(true); // along the fountain's edge
    expect(segmentInside(10, 10, 10, 10, holed)).toBe(false); // no segment
  });

  it("caps the entries of a square many paths come onto (at most 100, so at most 4,950 crossings)", () => {
    // A 120-gon with a spoke at every vertex: 120 shared vertices.
    const pos = (r: number, k: number): [number, number] => [4.4 + (r * Math.cos((2 * Math.PI * k) / 120)) / 70000, 51.2 + (r * Math.sin((2 * Math.PI * k) / 120)) / 111000];
    const ring = Array.from({ length: 121 }, (_, k) => pos(100, k % 120));
    const spokes = Array.from({ length: 120 }, (_, k): Feature => ({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [pos(100, k), pos(130, k)] } }));
    const net = buildNetwork([{ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [ring] } }, ...spokes]);
    const n = crossings(net).length;
    expect(n).toBeLessThanOrEqual((MAX_ENTRIES * (MAX_ENTRIES - 1)) / 2);
    expect(n).toBeGreaterThan(4000); // a convex square: nearly every pair of the 100 entries
  });
});
