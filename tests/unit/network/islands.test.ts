import { describe, expect, it } from "vitest";
import { componentIslands, ISLAND_MAX_M, ISLAND_SNAP_EXTRA_M } from "../../../src/analysis/islands.ts";
import { buildNetwork, snapPoint } from "../../../src/analysis/network.ts";
import { byRole, loadFixture, networkOf, nodeAt, runFixture, toNet } from "./helpers.ts";

describe("snapping passes small cut-off islands by", () => {
  const fx = loadFixture("eiland");
  const net = buildNetwork(networkOf(fx));
  const componentOf = (x: number, y: number) => net.component[nodeAt(net, x, y)];
  const [main, island, across] = [componentOf(0, 0), componentOf(100, 60), componentOf(0, 200)];

  it("measures each component once in buildNetwork and marks only the short one", () => {
    expect(net.componentCount).toBe(3);
    expect(Math.abs(net.componentLengthM[main] - 600)).toBeLessThan(0.05);
    expect(Math.abs(net.componentLengthM[island] - 60)).toBeLessThan(0.05);
    expect(Math.abs(net.componentLengthM[across] - 300)).toBeLessThan(0.05);
    expect([net.componentIsland[main], net.componentIsland[island], net.componentIsland[across]]).toEqual([0, 1, 0]);
  });

  it("gives the hand-computed distances and statuses through the engine (README)", () => {
    const { engine, summary } = runFixture(fx);
    const dist = engine.residentDistances();
    byRole(fx, "resident").forEach((r, i) => {
      const expected = r.properties!.expectedM as number | null;
      if (expected === null) expect(dist[i], r.properties!.name).toBe(Infinity);
      else expect(Math.abs(dist[i] - expected), `${r.properties!.name}: ${dist[i]}`).toBeLessThanOrEqual(0.2);
    });
    expect({ within: summary.withinReach, unreachable: summary.unreachable }).toEqual({ within: 1, unreachable: 2 });
  });

  it("moves a point only as far as 40 m beyond the island, and keeps the island snap on request", () => {
    const snapAt = (x: number, y: number, islands?: "keep") => {
      const s = snapPoint(net, ...toNet(net, x, y), Infinity, islands ? { islands } : {});
      return s && { component: net.component[net.edgeFrom[s.edge]], off: Math.round(s.off * 10) / 10 };
    };
    // Above the island's middle at height y: island y − 60 m away, the main street y m: 60 m
    // further. Beside the island's end (x = 200) the island is farther, so the gap shrinks.
    expect(snapAt(130, 35)).toEqual({ component: main, off: 35 });
    expect(snapAt(130, 35, "keep")).toEqual({ component: island, off: 25 });
    expect(snapAt(130, 55)).toEqual({ component: island, off: 5 });
    // (190, 50): island √(30² + 10²) = 31.6 m, main 50 m: 18.4 m further → main.
    expect(snapAt(190, 50)).toEqual({ component: main, off: 50 });
    // A cap on the distance holds for the connected street too.
    const capped = snapPoint(net, ...toNet(net, 130, 35), 30);
    expect(capped && net.component[net.edgeFrom[capped.edge]]).toBe(island);
    // The other street is no island: a point nearest to it stays there though the main street is 40 m further.
    expect(snapAt(250, 120)).toEqual({ component: across, off: 80 });
  });

  it("islands: under 200 m or 1 % of the largest component, never the largest itself", () => {
    const lengths = (...m: number[]) => {
      const component = Int32Array.from(m.map((_, i) => i));
      const edgeFrom = Int32Array.from(m.map((_, i) => i));
      return componentIslands(m.length, component, edgeFrom, Float64Array.from(m), new Int32Array(m.length)).componentIsland;
    };
    expect([...lengths(150, 100)]).toEqual([0, 1]); // the largest is kept even when short
    expect([...lengths(100_000, 199, 200, 999, 1000)]).toEqual([0, 1, 1, 1, 0]); // limit max(200, 1000)
    expect([...lengths(5000, ISLAND_MAX_M - 1, ISLAND_MAX_M)]).toEqual([0, 1, 0]);
    // Crossings of walkable areas (part −1) are no street length.
    const c = componentIslands(2, Int32Array.of(0, 1), Int32Array.of(0, 1), Float64Array.of(1000, 500), Int32Array.of(0, -1));
    expect([...c.componentLengthM]).toEqual([1000, 0]);
    expect(ISLAND_SNAP_EXTRA_M).toBe(40);
  });
});
