import { describe, expect, it } from "vitest";
import { buildNetwork, type Network } from "../../../src/analysis/network.ts";
import { PlaceSlots } from "../../../src/analysis/engine/place-slots.ts";
import { createProjection } from "../../../src/analysis/projection.ts";
import type { PlaceInput } from "../../../src/analysis/places.ts";
import { CENTER, fc, line, ll, rect } from "./helpers.ts";

const pointPlace = (id: string, x: number, y: number): PlaceInput => ({ id, geometry: { type: "Point", coordinates: ll(x, y) } });

/** Two separate streets: 0–400 m along y = 0 (component of its own) and 0–400 m along y = 1000. */
const twoStreets = () => buildNetwork(fc(line([0, 0], [400, 0]), line([0, 1000], [400, 1000])), { center: CENTER });

function slotsOn(net: Network, compWeight = new Float64Array(net.componentCount).fill(1)) {
  const total = compWeight.reduce((a, b) => a + b, 0);
  return new PlaceSlots({ mode: "network", net, projection: net.projection, cutoffDm: 100_000, placeSampleM: 10 }, compWeight, total);
}

const edgeOf = (net: Network, y: number) => [0, 1].find((e) => Math.abs(net.nodeY[net.edgeFrom[e]] - net.nodeY[net.edgeFrom[0]] - y) < 1)!;

describe("place slots", () => {
  it("a point place: one access at its snap, injecting last metres + along into both end nodes", () => {
    const net = twoStreets();
    const slots = slotsOn(net);
    const s = slots.resolve(pointPlace("a", 100, 30));
    const e = edgeOf(net, 0);
    expect(Array.from(s.acc)).toEqual([e, 1000, 1000, 300]); // along 100 m, 30 m off, in dm
    const inj = new Map<number, number>();
    for (let i = 0; i < s.inj.length; i += 2) inj.set(s.inj[i], s.inj[i + 1]);
    expect(inj.get(net.edgeFrom[e])).toBe(300 + 1000);
    expect(inj.get(net.edgeTo[e])).toBe(300 + 3000);
    expect(Array.from(s.comps)).toEqual([net.component[net.edgeFrom[e]]]);
  });

  it("a polygon over a street: its edge part is an access at no cost, one injection per node (the smallest)", () => {
    const net = twoStreets();
    const s = slotsOn(net).resolve({ id: "sq", geometry: rect(150, -40, 250, 40).geometry });
    const e = edgeOf(net, 0);
    const inside: number[] = [];
    for (let i = 0; i < s.acc.length; i += 4) if (s.acc[i + 3] === 0) inside.push(s.acc[i + 1], s.acc[i + 2]);
    expect(Math.min(...inside)).toBe(1500);
    expect(Math.max(...inside)).toBe(2500);
    const nodes = [];
    for (let i = 0; i < s.inj.length; i += 2) nodes.push(s.inj[i]);
    expect(new Set(nodes).size).toBe(nodes.length);
    const inj = new Map(nodes.map((n, k) => [n, s.inj[2 * k + 1]]));
    expect(inj.get(net.edgeFrom[e])).toBe(1500);
    expect(inj.get(net.edgeTo[e])).toBe(1500);
  });

  it("activating and deactivating keeps the node and edge indexes and the unreachable weight", () => {
    const net = twoStreets();
    const comp0 = net.component[net.edgeFrom[edgeOf(net, 0)]];
    const weight = new Float64Array(2);
    weight[comp0] = 5; weight[1 - comp0] = 7;
    const slots = slotsOn(net, weight);
    expect(slots.unreachableW).toBe(12);
    const a = slots.create(pointPlace("a", 100, 0));
    const b = slots.create(pointPlace("b", 100, 0));
    expect(slots.activeCount).toBe(0);
    slots.activate(a);
    expect(slots.unreachableW).toBe(7);
    slots.activate(b);
    expect(slots.unreachableW).toBe(7);
    expect(slots.compPlaces[comp0]).toBe(2);
    const node = net.edgeFrom[edgeOf(net, 0)];
    expect(slots.nodeInj.get(node)).toEqual([a, 1000, b, 1000]);
    expect(slots.edgePlaces.get(edgeOf(net, 0))).toEqual([a, b]);
    expect(slots.edgeHasPlaces[edgeOf(net, 0)]).toBe(1);
    slots.deactivate(a);
    expect(slots.nodeInj.get(node)).toEqual([b, 1000]);
    expect(slots.unreachableW).toBe(7);
    slots.deactivate(b);
    expect(slots.unreachableW).toBe(12);
    expect(slots.nodeInj.has(node)).toBe(false);
    expect(slots.edgeHasPlaces[edgeOf(net, 0)]).toBe(0);
    expect(slots.activeCount).toBe(0);
  });

  it("ids: a duplicate is refused, an inactive one is unknown, a released one is free again in a new slot", () => {
    const net = twoStreets();
    const slots = slotsOn(net);
    const a = slots.create(pointPlace("a", 0, 0));
    expect(() => slots.create(pointPlace("a", 5, 0))).toThrow(/duplicate place id: a/);
    expect(() => slots.require("a")).toThrow(/unknown place id: a/);
    slots.activate(a);
    expect(slots.require("a")).toBe(a);
    expect(slots.has("a")).toBe(true);
    slots.deactivate(a);
    slots.release(a);
    expect(slots.slots[a].acc.length).toBe(0);
    expect(slots.create(pointPlace("a", 5, 0))).toBe(a + 1);
    expect(slots.active()).toEqual([]);
  });

  it("without a network every place covers the one component, with no accesses", () => {
    const projection = createProjection(...CENTER);
    const slots = new PlaceSlots({ mode: "straight-line", net: null, projection, cutoffDm: 4000, placeSampleM: 10 }, Float64Array.of(3), 3);
    const a = slots.create(pointPlace("a", 0, 0));
    expect(slots.slots[a].acc.length + slots.slots[a].inj.length).toBe(0);
    expect(slots.slots[a].shape.points.length).toBe(2);
    slots.activate(a);
    expect(slots.unreachableW).toBe(0);
    slots.deactivate(a);
    expect(slots.unreachableW).toBe(3);
  });
});
