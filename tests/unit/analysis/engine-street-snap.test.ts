import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildNetwork, snapPoint, type Network } from "../../../src/analysis/network.ts";
import { snapWithin } from "../../../src/analysis/engine/street-snap.ts";
import { segmentDistance2 } from "../../../src/analysis/geometry.ts";
import { CENTER, fc as collection, line, ll } from "./helpers.ts";

const nearestStreetM = (net: Network, x: number, y: number) => {
  let best = Infinity;
  for (let e = 0; e < net.edgeCount; e++) {
    const a = net.edgeFrom[e], b = net.edgeTo[e];
    best = Math.min(best, segmentDistance2(x, y, net.nodeX[a], net.nodeY[a], net.nodeX[b], net.nodeY[b]));
  }
  return Math.sqrt(best);
};

describe("snap within the no-street-data distance", () => {
  it("is the network's own snap when a street lies within the distance, else null (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 })), { minLength: 2, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 16 }),
        fc.array(fc.tuple(fc.integer({ min: -900, max: 1500 }), fc.integer({ min: -900, max: 1500 })), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 600 }),
        (nodes, edges, points, maxM) => {
          const net = buildNetwork(collection(...edges.map(([a, b]) => line(nodes[a % nodes.length] as [number, number], nodes[b % nodes.length] as [number, number]))), { center: CENTER });
          fc.pre(net.edgeCount > 0);
          for (const [x, y] of points) {
            const got = snapWithin(net, x, y, maxM);
            if (nearestStreetM(net, x, y) > maxM) expect(got).toBe(null);
            else expect(got).toEqual(snapPoint(net, x, y));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("passes a small cut-off island by for a connected street just beyond the distance, as snapPoint does", () => {
    // an island of 40 m at 280 m, the connected street at 310 m: at most 40 m further, so snapPoint takes the street
    const net = buildNetwork(collection(line([-20, 280], [20, 280]), line([-500, 310], [0, 310], [500, 310])), { center: CENTER });
    const [x, y] = net.projection.forward(...ll(0, 0));
    const street = snapPoint(net, x, y)!;
    expect(net.componentIsland[net.component[net.edgeFrom[street.edge]]]).toBe(0);
    expect(street.off).toBeCloseTo(310, 3);
    expect(snapWithin(net, x, y, 300)).toEqual(street);
    expect(snapWithin(net, x, y, 279)).toBe(null);
  });
});
