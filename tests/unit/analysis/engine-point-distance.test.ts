import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/analysis/network.ts";
import { LabelSearch } from "../../../src/analysis/engine/label-search.ts";
import { PlaceSlots } from "../../../src/analysis/engine/place-slots.ts";
import { edgeDistanceDm, pointDistanceDm } from "../../../src/analysis/engine/point-distance.ts";
import { INF } from "../../../src/analysis/engine/types.ts";
import { CENTER, fc, line, ll } from "./helpers.ts";

/** One 400 m street, labels set by hand: 0 m at its west end. */
function setup(cutoffDm = 100_000) {
  const net = buildNetwork(fc(line([0, 0], [400, 0])), { center: CENTER });
  const labels = new LabelSearch(net, cutoffDm);
  const places = new PlaceSlots({ mode: "network", net, projection: net.projection, cutoffDm, placeSampleM: 10 }, Float64Array.of(1), 1);
  const west = net.nodeX[net.edgeFrom[0]] < net.nodeX[net.edgeTo[0]] ? net.edgeFrom[0] : net.edgeTo[0];
  return { net, labels, places, west, east: net.edgeFrom[0] + net.edgeTo[0] - west, s: (m: number) => (west === net.edgeFrom[0] ? m * 10 : (400 - m) * 10) };
}

describe("point distance off the node labels", () => {
  it("is the last metres plus the better end: d[a] + s or d[b] + len − s", () => {
    const { net, labels, places, west, east, s } = setup();
    labels.dist[west] = 0;
    labels.dist[east] = 1000; // as if a place were 100 m beyond the east end
    expect(pointDistanceDm(net, labels.dist, places, 100_000, 0, s(100), 50)).toBe(1000 + 50);
    expect(pointDistanceDm(net, labels.dist, places, 100_000, 0, s(300), 50)).toBe(1000 + 1000 + 50);
    expect(pointDistanceDm(net, labels.dist, places, 100_000, -1, 0, 0)).toBe(INF);
  });

  it("takes the straight way along the edge to a place on the same edge", () => {
    const { net, labels, places, s } = setup();
    const slot = places.create({ id: "p", geometry: { type: "Point", coordinates: ll(200, 20) } });
    places.activate(slot);
    labels.seed(net.edgeFrom[0], places.slots[slot].inj[1], slot);
    labels.seed(net.edgeTo[0], places.slots[slot].inj[3], slot);
    labels.run();
    // 20 m off the street + 50 m along it + 10 m off: not through an end node (which would be ≥ 270 m)
    expect(pointDistanceDm(net, labels.dist, places, 100_000, 0, s(250), 100)).toBe(200 + 500 + 100);
    expect(edgeDistanceDm(net, labels.dist, places, 0)).toBe(200);
  });

  it("is INF beyond the cut-off; an edge nobody reaches is Infinity", () => {
    const { net, labels, places, west, s } = setup(1500);
    labels.dist[west] = 1000;
    expect(pointDistanceDm(net, labels.dist, places, 1500, 0, s(40), 100)).toBe(1500);
    expect(pointDistanceDm(net, labels.dist, places, 1500, 0, s(40), 101)).toBe(INF);
    labels.dist[west] = INF;
    expect(edgeDistanceDm(net, labels.dist, places, 0)).toBe(Infinity);
  });
});
