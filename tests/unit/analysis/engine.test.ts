import { describe, expect, it } from "vitest";
import { buildNetwork, snapPoint } from "../../../src/analysis/network.ts";
import { CoverageEngine } from "../../../src/analysis/engine.ts";
import { residentsFromGeoJSON, weightedPoints, WEIGHT_QUANTUM } from "../../../src/analysis/residents.ts";
import { DISTANCE_NORMS, WALKING_SPEEDS, metresToMinutes, minutesToMetres } from "../../../src/analysis/walking.ts";
import { ringArea } from "../../../src/analysis/geometry.ts";
import { syntheticCity } from "../../../src/analysis/synthetic-city.ts";
import { buildNetwork as build } from "../../../src/analysis/index.ts";
import { placesFromGeoJSON, type PlaceInput } from "../../../src/analysis/places.ts";
import { CENTER, P, fc, line, ll, point, rect } from "./helpers.ts";
import type { Feature, MultiLineString } from "geojson";

const residentsAt = (...pts: [number, number, number?][]) => weightedPoints(pts.map(([x, y, w]) => ({ lon: ll(x, y)[0], lat: ll(x, y)[1], weight: w ?? 1 })));
const pointPlace = (id: string, x: number, y: number): PlaceInput => ({ id, geometry: { type: "Point", coordinates: ll(x, y) } });

describe("network", () => {
  it("connects lines that share a vertex, not lines that merely cross (bridges)", () => {
    const crossing = buildNetwork(fc(line([0, 0], [100, 0]), line([50, -50], [50, 50])), { center: CENTER });
    expect(crossing.componentCount).toBe(2);
    const shared = buildNetwork(fc(line([0, 0], [50, 0], [100, 0]), line([50, -50], [50, 0], [50, 50])), { center: CENTER });
    expect(shared.componentCount).toBe(1);
    expect(shared.nodeCount).toBe(5);
  });

  it("maps every edge to its input feature, part and segment", () => {
    const multi: Feature<MultiLineString> = { type: "Feature", properties: {}, geometry: { type: "MultiLineString", coordinates: [[ll(0, 0), ll(10, 0), ll(20, 0)], [ll(0, 10), ll(10, 10)]] } };
    const net = buildNetwork(fc(line([0, -10], [5, -10]), multi, { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: ll(0, 0) } }, line([100, 100], [100, 200])), { center: CENTER });
    expect(Array.from(net.edgeFeature)).toEqual([0, 1, 1, 1, 3]);
    expect(Array.from(net.edgePart)).toEqual([0, 0, 0, 1, 0]);
    expect(Array.from(net.edgeSegment)).toEqual([0, 0, 1, 0, 0]);
    expect(net.skippedFeatures).toBe(1);
  });

  it("snaps onto a segment's interior, not only its vertices", () => {
    const net = buildNetwork(fc(line([0, 0], [400, 0]), line([0, 100], [400, 100])), { center: CENTER });
    const [x, y] = net.projection.forward(...ll(137, 30));
    const s = snapPoint(net, x, y)!;
    expect(net.edgeFeature[s.edge]).toBe(0);
    expect(s.along).toBeCloseTo(137, 2);
    expect(s.off).toBeCloseTo(30, 2);
    // far outside the grid still finds the nearest segment
    const [fx, fy] = net.projection.forward(...ll(-5000, 80));
    const far = snapPoint(net, fx, fy)!;
    expect(net.edgeFeature[far.edge]).toBe(1);
    expect(far.along).toBeCloseTo(0, 2);
  });

  it("agrees with brute force on a synthetic city", () => {
    const city = syntheticCity({ seed: 7, cols: 15, rows: 12, places: 0, residents: 300 });
    const net = build(city.network);
    for (const f of city.residents.features) {
      const [x, y] = net.projection.forward(f.geometry.coordinates[0], f.geometry.coordinates[1]);
      const s = snapPoint(net, x, y)!;
      let best = Infinity;
      for (let e = 0; e < net.edgeCount; e++) {
        const ax = net.nodeX[net.edgeFrom[e]], ay = net.nodeY[net.edgeFrom[e]], bx = net.nodeX[net.edgeTo[e]], by = net.nodeY[net.edgeTo[e]];
        const dx = bx - ax, dy = by - ay, t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
        best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
      }
      expect(s.off).toBeCloseTo(best, 9);
    }
  });
});

describe("places", () => {
  const street = fc(line([0, 0], [400, 0]));

  it("reaches a polygon place at its edge, not at its centroid", () => {
    const net = buildNetwork(street, { center: CENTER });
    // park 100 × 100 m, 20 m north of the street; resident 10 m south of the street
    const park = rect(100, 20, 200, 120);
    const engine = new CoverageEngine({ network: net, residents: residentsAt([150, -10], [350, 0]), places: [{ id: "park", geometry: park.geometry }] }, { limitM: 500 });
    const d = engine.residentDistances();
    expect(d[0]).toBeCloseTo(30, 1); // 20 (park edge → street) + 10; the centroid would give 80
    expect(d[1]).toBeCloseTo(170, 1); // sample (200, 20) → (200, 0): 20 + 150
  });

  it("a street through a polygon place is reached inside it at no cost", () => {
    const net = buildNetwork(street, { center: CENTER });
    const square = rect(100, -50, 200, 50);
    const engine = new CoverageEngine({ network: net, residents: residentsAt([150, 5], [250, 0], [0, 0]), places: [{ id: "square", geometry: square.geometry }] }, { limitM: 500 });
    const d = engine.residentDistances();
    expect(d[0]).toBeCloseTo(5, 1); // inside: only its own straight metres
    expect(d[1]).toBeCloseTo(50, 1);
    expect(d[2]).toBeCloseTo(100, 1);
  });

  it("uses only the given entrances of a polygon", () => {
    const net = buildNetwork(street, { center: CENTER });
    const square = rect(100, -50, 200, 50);
    const place: PlaceInput = { id: "school", geometry: square.geometry, entrances: [ll(200, 0)] };
    const engine = new CoverageEngine({ network: net, residents: residentsAt([0, 0], [400, 0]), places: [place] }, { limitM: 500 });
    const d = engine.residentDistances();
    expect(d[0]).toBeCloseTo(200, 1);
    expect(d[1]).toBeCloseTo(200, 1);
  });

  it("merges places snapped to the same node and reads ids from GeoJSON", () => {
    const places = placesFromGeoJSON(fc({ ...point(0, 5), id: "a" }, point(0, -5, { id: "b" }), point(0, 0)));
    expect(places.map((p) => p.id)).toEqual(["a", "b", "place-2"]);
    expect(placesFromGeoJSON(fc(point(0, 0, { id: "x" }), point(1, 0, { id: "x" }))).map((p) => p.id)).toEqual(["x", "x#2"]);
    const net = buildNetwork(street, { center: CENTER });
    const engine = new CoverageEngine({ network: net, residents: residentsAt([400, 0]), places }, { limitM: 500 });
    expect(engine.residentDistances()[0]).toBeCloseTo(400, 1);
    engine.removePlace("place-2");
    expect(engine.residentDistances()[0]).toBeCloseTo(405, 1);
  });
});

describe("residents", () => {
  it("spreads a polygon's population over a grid, preserving the total", () => {
    const r = residentsFromGeoJSON(fc(rect(0, 0, 200, 100, { population: 1234.5 }), point(10, 10, { inwoners: "7" }), point(20, 20)));
    const sum = (from: number) => Array.from(r.weight).filter((_, i) => r.feature[i] === from).reduce((a, b) => a + b, 0);
    expect(sum(0)).toBe(1234.5);
    expect(Array.from(r.feature).filter((f) => f === 0).length).toBe(8 * 4); // 25 m grid
    expect(sum(1)).toBe(7);
    expect(sum(2)).toBe(1); // a point without a count is one resident
    for (const w of r.weight) expect(Number.isInteger(w * WEIGHT_QUANTUM)).toBe(true);
  });

  it("uses buildings inside the polygon, weighted by footprint", () => {
    const buildings = fc(rect(10, 10, 20, 20), rect(50, 50, 80, 80), rect(500, 500, 510, 510));
    const r = residentsFromGeoJSON(fc(rect(0, 0, 100, 100, { population: 100 })), { buildings });
    expect(r.weight.length).toBe(2);
    expect(r.weight[0] + r.weight[1]).toBe(100);
    expect(r.weight[1] / r.weight[0]).toBeCloseTo(9, 1); // 900 m² vs 100 m²
    const [x, y] = P.forward(r.lon[1], r.lat[1]);
    expect(x).toBeCloseTo(65, 1);
    expect(y).toBeCloseTo(65, 1);
  });

  it("keeps a tiny polygon's population on one point", () => {
    const r = residentsFromGeoJSON(fc(rect(0, 0, 5, 5, { count: 3 })));
    expect(Array.from(r.weight)).toEqual([3]);
  });
});

describe("walking speeds and norms", () => {
  it("converts minutes and metres", () => {
    expect(minutesToMetres(15)).toBe(1200);
    expect(minutesToMetres(5, 3.6)).toBe(300);
    expect(metresToMinutes(1200, 4.8)).toBe(15);
    expect(WALKING_SPEEDS.map((s) => s.kmh)).toEqual([4.8, 3.6]);
    expect(Object.fromEntries(DISTANCE_NORMS.map((n) => [n.id, n.maxWalkM]))).toEqual({ "basic-services": 1200, woongroen: 150, buurtgroen: 400, wijkgroen: 800 });
  });
});

describe("engine", () => {
  const street = fc(line([0, 0], [1000, 0]));

  it("falls back to straight lines without a network, flagged", () => {
    const engine = new CoverageEngine({ network: null, residents: residentsAt([300, 400], [0, 100]), places: [pointPlace("a", 0, 0)] }, { limitM: 200, cutoffM: 1000 });
    expect(engine.mode).toBe("straight-line");
    expect(engine.figures().mode).toBe("straight-line");
    const d = engine.residentDistances();
    expect(d[0]).toBeCloseTo(500, 1);
    expect(d[1]).toBeCloseTo(100, 1);
    expect(engine.figures().withinReach).toBe(1);
    expect(engine.gaps().collection.features.length).toBeGreaterThan(0);
  });

  it("straight-line gaps match a brute-force classification of the cells", () => {
    const area = rect(0, 0, 1000, 600);
    const places = [pointPlace("a", 100, 100), pointPlace("b", 700, 400), { id: "sq", geometry: rect(300, 450, 380, 520).geometry }];
    const engine = new CoverageEngine({ network: null, residents: residentsAt([500, 300]), places }, { limitM: 180, area, center: CENTER });
    const cells = engine.gaps().collection.features.reduce((n, f) => n + f.properties.cells, 0);
    let brute = 0;
    for (let y = 12.5; y < 600; y += 25) for (let x = 12.5; x < 1000; x += 25) {
      const d = Math.min(Math.hypot(x - 100, y - 100), Math.hypot(x - 700, y - 400), Math.hypot(Math.max(300 - x, 0, x - 380), Math.max(450 - y, 0, y - 520)));
      if (Math.round(d * 10) > 1800) brute++;
    }
    expect(cells).toBe(brute);
  });

  it("works with zero places and an empty network", () => {
    const a = new CoverageEngine({ network: buildNetwork(street), residents: residentsAt([10, 0, 2]), places: [] }, { limitM: 400 });
    expect(a.figures()).toMatchObject({ residentsTotal: 2, withinReach: 0, unreachable: 2, inGaps: 0, share: 0 });
    const b = new CoverageEngine({ network: buildNetwork(fc()), residents: residentsAt(), places: [] }, { limitM: 400 });
    expect(b.figures()).toMatchObject({ mode: "straight-line", residentsTotal: 0, share: 0 });
    expect(b.gaps().collection.features.length).toBeLessThanOrEqual(1);
  });

  it("gives a monotone reach curve and what-if steps with gained/lost", () => {
    const net = buildNetwork(street, { center: CENTER });
    const residents = residentsAt(...Array.from({ length: 11 }, (_, i) => [i * 100, 0, 1] as [number, number, number]));
    const engine = new CoverageEngine({ network: net, residents, places: [pointPlace("a", 0, 0)] }, { limitM: 300, cutoffM: 2000 });
    const curve = engine.reachCurve(50, 2000);
    expect(curve.length).toBe(41);
    expect(curve.find((c) => c.distanceM === 300)!.reached).toBe(4);
    expect(curve.at(-1)!.reached).toBe(11);
    for (let i = 1; i < curve.length; i++) expect(curve[i].reached).toBeGreaterThanOrEqual(curve[i - 1].reached);
    const add = engine.addPlace(pointPlace("new", 1000, 0));
    expect(add).toMatchObject({ gained: 4, gainedPoints: 4, lost: 0 });
    expect(add.figures.withinReach).toBe(8);
    expect(add.edgeUpdates.edges.length).toBeGreaterThan(0);
    expect(Array.from(engine.gainedResidents())).toEqual([7, 8, 9, 10]);
    const mv = engine.movePlace("new", ll(500, 0));
    expect(mv.figures.withinReach).toBe(4 + 5); // 0…300 and 200…800 overlap at 200, 300
    expect(mv.gained).toBe(5); // 400…800 were beyond reach in the baseline
  });

  it("ranks candidate places by residents newly within reach", () => {
    const net = buildNetwork(street, { center: CENTER });
    const residents = residentsAt(...Array.from({ length: 11 }, (_, i) => [i * 100, 0, 1] as [number, number, number]));
    const engine = new CoverageEngine({ network: net, residents, places: [pointPlace("a", 0, 0)] }, { limitM: 150 });
    const before = engine.figures();
    const list = engine.shortlist([pointPlace("near", 100, 0), pointPlace("far", 900, 0), { id: "sq", geometry: rect(450, -20, 650, 20).geometry }]);
    // sq (x 450–650) reaches 300…800 (300 and 800 at exactly 150 m); far 800…1000; near adds 200
    expect(list.map((c) => [c.id, c.gained])).toEqual([["sq", 6], ["far", 3], ["near", 1]]);
    expect(engine.figures()).toEqual(before);
  });

  it("traces gap polygons with holes, exterior counter-clockwise", () => {
    // area 0–500 square; a short street in the middle with a place: the covered patch is a hole
    const net = buildNetwork(fc(line([200, 250], [300, 250])), { center: CENTER });
    const area = rect(0, 0, 500, 500);
    // the corner resident is 306 m from the street: counted as a gap only with the no-street-data cut off
    const engine = new CoverageEngine({ network: net, residents: residentsAt([10, 10, 5], [250, 260, 1]), places: [pointPlace("c", 250, 250)] }, { limitM: 100, area, noStreetDataM: Infinity });
    const gaps = engine.gaps().collection.features;
    expect(gaps.length).toBe(1);
    const rings = gaps[0].geometry.coordinates.map((r) => Float64Array.from(r.flatMap(([lon, lat]) => P.forward(lon, lat))));
    expect(rings.length).toBe(2);
    expect(ringArea(rings[0])).toBeGreaterThan(0);
    expect(ringArea(rings[1])).toBeLessThan(0);
    expect(gaps[0].properties.residents).toBe(5);
    expect(gaps[0].properties.areaM2 + Math.abs(ringArea(rings[1]))).toBeCloseTo(250_000, -1);
  });
});
