import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/analysis/network.ts";
import { CoverageEngine } from "../../../src/analysis/engine.ts";
import { weightedPoints } from "../../../src/analysis/residents.ts";
import type { PlaceInput } from "../../../src/analysis/places.ts";
import { CENTER, fc, line, ll } from "./helpers.ts";

const pointPlace = (id: string, x: number, y = 0): PlaceInput => ({ id, geometry: { type: "Point", coordinates: ll(x, y) } });
const residentsAt = (...pts: [number, number, number][]) => weightedPoints(pts.map(([x, y, w]) => ({ lon: ll(x, y)[0], lat: ll(x, y)[1], weight: w })));

/** Street 0–600 m (feature 0), a separate street 100 m north (feature 1), a point (feature 2, skipped). */
const network = () => buildNetwork(fc(line([0, 0], [300, 0], [600, 0]), line([0, 100], [600, 100]), { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: ll(0, 0) } }), { center: CENTER });

describe("results", () => {
  it("status per resident: within reach, in a gap, unreachable; the figures add up", () => {
    const engine = new CoverageEngine({ network: network(), residents: residentsAt([100, -5, 1], [500, -5, 2], [300, 105, 4]), places: [pointPlace("a", 0)] }, { limitM: 200 });
    expect(Array.from(engine.residentStatus())).toEqual([0, 1, 2]);
    expect(engine.figures()).toMatchObject({ residentsTotal: 7, withinReach: 1, inGaps: 2, unreachable: 4, places: 1, limitM: 200, cutoffM: 200 });
    expect(engine.figures().share).toBeCloseTo(1 / 7, 12);
  });

  it("distances per node, edge and feature in metres, Infinity beyond the cut-off", () => {
    const net = network();
    const engine = new CoverageEngine({ network: net, residents: residentsAt(), places: [pointPlace("a", 0)] }, { limitM: 200, cutoffM: 400 });
    const nodes = engine.nodeDistances();
    expect(Array.from(nodes).filter(Number.isFinite).sort((a, b) => a - b)).toEqual([0, 300]);
    const edges = engine.edgeDistances();
    expect(Array.from(edges).filter((_, e) => net.edgeFeature[e] === 0).sort((a, b) => a - b)).toEqual([0, 300]);
    expect(Array.from(engine.featureDistances(4))).toEqual([0, Infinity, Infinity, Infinity]);
    expect(engine.featureDistances().length).toBe(2);
  });

  it("the reach curve counts a resident in the first step at or beyond its distance", () => {
    const engine = new CoverageEngine({ network: network(), residents: residentsAt([50, 0, 1], [51, 0, 2], [100, 0, 4], [590, 0, 8]), places: [pointPlace("a", 0)] }, { limitM: 100, cutoffM: 300 });
    const curve = engine.reachCurve(50, 1000); // capped at the 300 m cut-off
    expect(curve.map((p) => p.distanceM)).toEqual([0, 50, 100, 150, 200, 250, 300]);
    expect(curve.map((p) => p.reached)).toEqual([0, 1, 7, 7, 7, 7, 7]);
    expect(curve[2].share).toBe(7 / 15);
  });

  it("gained residents are listed by index against the baseline", () => {
    const engine = new CoverageEngine({ network: network(), residents: residentsAt([100, 0, 1], [500, 0, 1], [550, 0, 1]), places: [pointPlace("a", 0)] }, { limitM: 150 });
    engine.addPlace(pointPlace("b", 600));
    expect(Array.from(engine.gainedResidents())).toEqual([1, 2]);
    engine.setBaseline();
    expect(Array.from(engine.gainedResidents())).toEqual([]);
  });

  it("figures per area: residents grouped by their input feature, exact after what-if steps", () => {
    // area 0: near the place; area 1: farther along the street and one far from any street; area 2: the separate street
    const residents = residentsAt([100, 0, 1], [500, 0, 2], [300, 900, 4], [300, 100, 8], [50, 0, 16]);
    residents.feature.set([0, 1, 1, 2, 7]); // index 7 is beyond the areas asked for: left out
    const engine = new CoverageEngine({ network: network(), residents, places: [pointPlace("a", 0)] }, { limitM: 200 });
    const row = (residentsTotal: number, withinReach: number, inGaps: number, unreachable: number, noStreetData: number) =>
      ({ residentsTotal, withinReach, inGaps, unreachable, noStreetData, share: residentsTotal - noStreetData > 0 ? withinReach / (residentsTotal - noStreetData) : 0 });
    expect(engine.areaFigures(3)).toEqual([row(1, 1, 0, 0, 0), row(6, 0, 2, 0, 4), row(8, 0, 0, 8, 0)]);
    expect(engine.figures()).toMatchObject({ residentsTotal: 31, withinReach: 17, inGaps: 2, unreachable: 8, noStreetData: 4, share: 17 / 27 });
    engine.addPlace(pointPlace("b", 600));
    engine.addPlace(pointPlace("c", 300, 100));
    expect(engine.areaFigures(3)).toEqual([row(1, 1, 0, 0, 0), row(6, 2, 0, 0, 4), row(8, 8, 0, 0, 0)]);
    expect(engine.areaFigures(0)).toEqual([]);
    expect(Array.from(engine.residentStatus())).toEqual([0, 0, 3, 0, 0]);
  });
});
