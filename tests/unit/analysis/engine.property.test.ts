import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildNetwork, type Network } from "../../../src/analysis/network.ts";
import { ISLAND_SNAP_EXTRA_M } from "../../../src/analysis/islands.ts";
import { CoverageEngine, INF } from "../../../src/analysis/engine.ts";
import { weightedPoints } from "../../../src/analysis/residents.ts";
import type { PlaceInput } from "../../../src/analysis/places.ts";
import { CENTER, ll, line, fc as collection } from "./helpers.ts";
import { refDijkstra } from "./reference-dijkstra.ts";

type XY = [number, number];

const graphArb = fc.record({
  nodes: fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 })), { minLength: 2, maxLength: 18 }),
  edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 30 }),
  places: fc.array(fc.tuple(fc.integer({ min: -50, max: 650 }), fc.integer({ min: -50, max: 650 })), { maxLength: 5 }),
  residents: fc.array(fc.tuple(fc.integer({ min: -50, max: 650 }), fc.integer({ min: -50, max: 650 }), fc.integer({ min: 1, max: 9 })), { maxLength: 25 }),
  limit: fc.integer({ min: 20, max: 700 }),
  extra: fc.integer({ min: 0, max: 500 }),
  // sparse graphs leave many residents farther than this from every street
  noStreet: fc.integer({ min: 20, max: 500 }),
});

function makeNetwork(nodes: XY[], edges: [number, number][]): Network {
  const lines = edges.map(([a, b]) => line(nodes[a % nodes.length], nodes[b % nodes.length]));
  return buildNetwork(collection(...lines), { center: CENTER });
}

/**
 * Brute-force nearest segment, same tie rule as the engine (smallest edge index), and the same
 * island rule: from a small cut-off island to a larger component when that is at most
 * ISLAND_SNAP_EXTRA_M further.
 */
function refSnap(net: Network, x: number, y: number) {
  const nearest = (accept: (e: number) => boolean) => {
    let best = Infinity, be = -1, bt = 0;
    for (let e = 0; e < net.edgeCount; e++) {
      if (!accept(e)) continue;
      const ax = net.nodeX[net.edgeFrom[e]], ay = net.nodeY[net.edgeFrom[e]];
      const dx = net.nodeX[net.edgeTo[e]] - ax, dy = net.nodeY[net.edgeTo[e]] - ay;
      const l2 = dx * dx + dy * dy;
      const t = Math.min(1, Math.max(0, l2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / l2 : 0));
      const d2 = (ax + t * dx - x) ** 2 + (ay + t * dy - y) ** 2;
      if (d2 < best) { best = d2; be = e; bt = t; }
    }
    return { be, bt, off: Math.sqrt(best) };
  };
  const island = (e: number) => net.componentIsland[net.component[net.edgeFrom[e]]] === 1;
  const first = nearest(() => true);
  let s = first;
  if (island(s.be)) {
    const connected = nearest((e) => !island(e));
    if (connected.be >= 0 && connected.off <= s.off + ISLAND_SNAP_EXTRA_M) s = connected;
  }
  const L = net.edgeLenDm[s.be];
  return { e: s.be, s: Math.min(L, Math.max(0, Math.round(s.bt * net.edgeLenM[s.be] * 10))), off: Math.round(s.off * 10), nearestM: first.off };
}

function toProj(net: Network, [x, y]: XY): XY {
  const [lon, lat] = ll(x, y);
  return net.projection.forward(lon, lat);
}

describe("engine vs reference Dijkstra (property)", () => {
  it("node and resident distances equal a plain Dijkstra with segment snapping", () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const net = makeNetwork(g.nodes as XY[], g.edges as [number, number][]);
        fc.pre(net.edgeCount > 0);
        const cutoff = (g.limit + g.extra) * 10;
        const places: PlaceInput[] = g.places.map(([x, y], i) => ({ id: `p${i}`, geometry: { type: "Point", coordinates: ll(x, y) } }));
        const residents = weightedPoints(g.residents.map(([x, y, w]) => ({ lon: ll(x, y)[0], lat: ll(x, y)[1], weight: w })));
        const engine = new CoverageEngine({ network: net, residents, places }, { limitM: g.limit, cutoffM: g.limit + g.extra, noStreetDataM: g.noStreet });

        const psnaps = g.places.map((p) => refSnap(net, ...toProj(net, p as XY)));
        const sources = psnaps.flatMap((s) => [
          { node: net.edgeFrom[s.e], d: s.off + s.s },
          { node: net.edgeTo[s.e], d: s.off + net.edgeLenDm[s.e] - s.s },
        ]);
        const ref = refDijkstra(net, sources, cutoff);
        const got = Array.from(engine.dist, (d) => (d === INF ? Infinity : d));
        expect(got).toEqual(ref);

        // components for "unreachable"
        const comp = Array.from(net.component);
        const placeComps = new Set(psnaps.map((s) => comp[net.edgeFrom[s.e]]));
        let within = 0, unreachable = 0, noStreet = 0;
        const status = engine.residentStatus();
        g.residents.forEach(([x, y, w], i) => {
          const s = refSnap(net, ...toProj(net, [x, y]));
          if (s.nearestM > g.noStreet) {
            // no street within the no-street-data distance: never reached, no gap, not unreachable
            expect(engine.rDist[i]).toBe(INF);
            expect(status[i]).toBe(3);
            noStreet += w;
            return;
          }
          const a = net.edgeFrom[s.e], b = net.edgeTo[s.e];
          let d = Math.min(ref[a] + s.s, ref[b] + net.edgeLenDm[s.e] - s.s);
          for (const p of psnaps) if (p.e === s.e) d = Math.min(d, p.off + Math.abs(p.s - s.s));
          d += s.off;
          if (d > cutoff) d = Infinity;
          expect(engine.rDist[i] === INF ? Infinity : engine.rDist[i]).toBe(d);
          if (d <= g.limit * 10) within += w;
          if (!placeComps.has(comp[a])) unreachable += w;
          expect(status[i]).toBe(d <= g.limit * 10 ? 0 : placeComps.has(comp[a]) ? 1 : 2);
        });
        const f = engine.figures();
        expect(f.withinReach).toBe(within);
        expect(f.unreachable).toBe(unreachable);
        expect(f.noStreetData).toBe(noStreet);
        expect(f.inGaps + f.withinReach + f.unreachable + f.noStreetData).toBe(f.residentsTotal);
        expect(f.share).toBe(f.residentsTotal - noStreet > 0 ? within / (f.residentsTotal - noStreet) : 0);
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 300) },
    );
  });
});

const opArb = fc.oneof(
  fc.record({ op: fc.constant("add" as const), x: fc.integer({ min: -50, max: 650 }), y: fc.integer({ min: -50, max: 650 }), poly: fc.boolean() }),
  fc.record({ op: fc.constant("move" as const), k: fc.nat(), x: fc.integer({ min: -50, max: 650 }), y: fc.integer({ min: -50, max: 650 }) }),
  fc.record({ op: fc.constant("remove" as const), k: fc.nat() }),
);

function placeAt(id: string, x: number, y: number, poly: boolean): PlaceInput {
  if (!poly) return { id, geometry: { type: "Point", coordinates: ll(x, y) } };
  return { id, geometry: { type: "Polygon", coordinates: [[ll(x, y), ll(x + 60, y), ll(x + 60, y + 40), ll(x, y + 40), ll(x, y)]] } };
}

function checkIncremental(useNetwork: boolean) {
  fc.assert(
    fc.property(graphArb, fc.array(opArb, { minLength: 1, maxLength: 12 }), (g, ops) => {
      const net = useNetwork ? makeNetwork(g.nodes as XY[], g.edges as [number, number][]) : null;
      const residents = weightedPoints(g.residents.map(([x, y, w]) => ({ lon: ll(x, y)[0], lat: ll(x, y)[1], weight: w })));
      let current: PlaceInput[] = g.places.map(([x, y], i) => placeAt(`p${i}`, x, y, false));
      const opts = { limitM: g.limit, cutoffM: g.limit + g.extra, noStreetDataM: g.noStreet };
      const engine = new CoverageEngine({ network: net, residents, places: current }, opts);
      const areas = Math.max(1, Math.ceil(g.residents.length / 3));
      // residents grouped into areas of three (by input index): area figures must follow every step
      residents.feature.forEach((_, i) => { residents.feature[i] = Math.floor(i / 3); });
      let counter = 0;
      for (const op of ops) {
        if (op.op === "add") {
          const p = placeAt(`n${counter++}`, op.x, op.y, op.poly);
          engine.addPlace(p);
          current = [...current, p];
        } else if (current.length === 0) continue;
        else if (op.op === "move") {
          const i = op.k % current.length;
          engine.movePlace(current[i].id, ll(op.x, op.y));
          current = current.map((p, j) => (j === i ? placeAt(p.id, op.x, op.y, false) : p));
        } else {
          const i = op.k % current.length;
          engine.removePlace(current[i].id);
          current = current.filter((_, j) => j !== i);
        }
        const fresh = new CoverageEngine({ network: net, residents, places: current }, opts);
        expect(Array.from(engine.dist)).toEqual(Array.from(fresh.dist));
        expect(Array.from(engine.rDist)).toEqual(Array.from(fresh.rDist));
        expect(Array.from(engine.edgeDistances())).toEqual(Array.from(fresh.edgeDistances()));
        const a = engine.figures(), b = fresh.figures();
        expect(a).toEqual(b);
        expect(Array.from(engine.residentStatus())).toEqual(Array.from(fresh.residentStatus()));
        expect(engine.areaFigures(areas)).toEqual(fresh.areaFigures(areas));
        const sum = (k: "withinReach" | "inGaps" | "unreachable" | "noStreetData" | "residentsTotal") => engine.areaFigures(areas).reduce((t, f) => t + f[k], 0);
        expect([sum("residentsTotal"), sum("withinReach"), sum("inGaps"), sum("unreachable"), sum("noStreetData")]).toEqual([a.residentsTotal, a.withinReach, a.inGaps, a.unreachable, a.noStreetData]);
      }
    }),
    { numRuns: Number(process.env.PROP_RUNS ?? 200) },
  );
}

describe("incremental add/move/remove equals a full recompute (property)", () => {
  it("on the network", () => checkIncremental(true));
  it("in straight-line mode", () => checkIncremental(false));
});

describe("incremental on a synthetic city", () => {
  it("a drag of many small steps, adds and removes stay equal to a full recompute", async () => {
    const { syntheticCity, mulberry32 } = await import("../../../src/analysis/synthetic-city.ts");
    const { residentsFromGeoJSON } = await import("../../../src/analysis/residents.ts");
    const { placesFromGeoJSON } = await import("../../../src/analysis/places.ts");
    const city = syntheticCity({ seed: 3, cols: 30, rows: 30, spacingM: 60, bridgeEvery: 6, places: 25, residents: 800 });
    const net = buildNetwork(city.network);
    // a hamlet of residents beyond the loaded streets (≥ 400 m outside the city's 1.8 km square)
    const far = Array.from({ length: 30 }, (_, i) => ({ type: "Feature" as const, properties: { count: 1 + (i % 4) }, geometry: { type: "Point" as const, coordinates: net.projection.inverse(1300 + (i % 6) * 40, -200 + Math.floor(i / 6) * 90) } }));
    const residents = residentsFromGeoJSON({ type: "FeatureCollection", features: [...city.residents.features, ...far] });
    let places = placesFromGeoJSON(city.places);
    const opts = { limitM: 300, cutoffM: 600 };
    const engine = new CoverageEngine({ network: net, residents, places }, opts);
    const rnd = mulberry32(11);
    const P = net.projection;
    const at = (): [number, number] => P.inverse((rnd() - 0.5) * 1800, (rnd() - 0.5) * 1800) as [number, number];
    for (let round = 0; round < 40; round++) {
      const k = Math.floor(rnd() * places.length);
      const r = rnd();
      if (r < 0.6) {
        // a drag: 10 small steps
        const [x0, y0] = P.forward(...(at() as [number, number]));
        let to: [number, number] = [0, 0];
        for (let s = 0; s < 10; s++) { to = P.inverse(x0 + s * 7, y0 - s * 3) as [number, number]; engine.movePlace(places[k].id, to); }
        places = places.map((p, i) => (i === k ? { id: p.id, geometry: { type: "Point", coordinates: to } } : p));
      } else if (r < 0.8 && places.length > 1) {
        engine.removePlace(places[k].id);
        places = places.filter((_, i) => i !== k);
      } else {
        const p = { id: `x${round}`, geometry: { type: "Point" as const, coordinates: at() } };
        engine.addPlace(p);
        places = [...places, p];
      }
      if (round % 5 === 4) {
        const fresh = new CoverageEngine({ network: net, residents, places }, opts);
        expect(Array.from(engine.dist)).toEqual(Array.from(fresh.dist));
        expect(Array.from(engine.rDist)).toEqual(Array.from(fresh.rDist));
        expect(engine.figures()).toEqual(fresh.figures());
        expect(engine.figures().noStreetData).toBeGreaterThan(0);
        expect(engine.areaFigures(residents.feature.length)).toEqual(fresh.areaFigures(residents.feature.length));
        expect(engine.gaps().collection).toEqual(fresh.gaps().collection);
        expect(engine.gaps().noStreetData).toEqual(fresh.gaps().noStreetData);
      }
    }
  });
});
