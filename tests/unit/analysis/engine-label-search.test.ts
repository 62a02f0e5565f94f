import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildNetwork, type Network } from "../../../src/analysis/network.ts";
import { LabelSearch } from "../../../src/analysis/engine/label-search.ts";
import { INF } from "../../../src/analysis/engine/types.ts";
import { CENTER, fc as collection, line } from "./helpers.ts";
import { refDijkstra } from "./reference-dijkstra.ts";

/** Nodes of a straight street 0 → 100 → 300 → 600 m (three edges). */
const street = () => buildNetwork(collection(line([0, 0], [100, 0], [300, 0], [600, 0])), { center: CENTER });
const nodeAt = (net: Network, x: number) => Array.from(net.nodeX).findIndex((nx) => Math.abs(nx - net.nodeX[0] - x) < 0.5);

/** Reference: per source a plain Dijkstra; a node's label is the minimum (distance, slot). */
function reference(net: Network, seeds: { node: number; d: number; slot: number }[], cutoff: number) {
  const best = Array.from({ length: net.nodeCount }, () => ({ d: INF, o: -1 }));
  for (const s of seeds) {
    refDijkstra(net, [s], cutoff).forEach((d, v) => {
      if (d < best[v].d || (d === best[v].d && d !== Infinity && s.slot < best[v].o)) best[v] = { d, o: s.slot };
    });
  }
  return best;
}

describe("label search: multi-source Dijkstra over (distance, owner) labels", () => {
  it("settles distances in decimetres from several places and names the nearest as owner", () => {
    const net = street();
    const search = new LabelSearch(net, 10_000);
    const n0 = nodeAt(net, 0), n300 = nodeAt(net, 300), n600 = nodeAt(net, 600), n100 = nodeAt(net, 100);
    search.seed(n0, 0, 4);
    search.seed(n600, 50, 2); // 5 m of last metres
    search.run();
    expect(search.dist[n100]).toBe(1000);
    expect(search.owner[n100]).toBe(4);
    expect(search.dist[n300]).toBe(3000); // 300 from slot 4, 305 from slot 2
    expect(search.owner[n300]).toBe(4);
    expect(search.owner[n600]).toBe(2);
  });

  it("breaks a tie in distance by the lower slot, whatever the seeding order", () => {
    const net = street();
    const n0 = nodeAt(net, 0), n300 = nodeAt(net, 300), n600 = nodeAt(net, 600);
    for (const order of [[7, 3], [3, 7]]) {
      const search = new LabelSearch(net, 10_000);
      search.seed(order[0] === 7 ? n0 : n600, 0, order[0]);
      search.seed(order[1] === 7 ? n0 : n600, 0, order[1]);
      search.run();
      expect(search.dist[n300]).toBe(3000);
      expect(search.owner[n300]).toBe(3);
    }
  });

  it("leaves nodes beyond the cut-off unreached, and ignores seeds beyond it", () => {
    const net = street();
    const search = new LabelSearch(net, 2500);
    search.seed(nodeAt(net, 0), 0, 0);
    search.seed(nodeAt(net, 600), 2600, 1);
    search.run();
    expect(search.dist[nodeAt(net, 300)]).toBe(INF);
    expect(search.owner[nodeAt(net, 300)]).toBe(-1);
    expect(search.dist[nodeAt(net, 600)]).toBe(INF);
    expect(search.dist[nodeAt(net, 100)]).toBe(1000);
  });

  it("tracks the nodes it changed between beginTracking and the next one; reset forgets all", () => {
    const net = street();
    const search = new LabelSearch(net, 10_000);
    search.beginTracking();
    search.seed(nodeAt(net, 600), 0, 0);
    search.run();
    expect(search.touched.length).toBe(4);
    search.beginTracking();
    search.seed(nodeAt(net, 0), 0, 1); // improves 0 and 100 (300 is a tie at 300 m: slot 0 keeps it)
    search.run();
    expect(search.touched.sort((a, b) => a - b)).toEqual([nodeAt(net, 0), nodeAt(net, 100)].sort((a, b) => a - b));
    search.reset();
    expect(Array.from(search.dist).every((d) => d === INF)).toBe(true);
    expect(search.touched).toEqual([]);
  });

  it("equals the per-source reference on random graphs and seeds (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 })), { minLength: 2, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 100, max: 8000 }),
        (nodes, edges, seeds, cutoff) => {
          const net = buildNetwork(collection(...edges.map(([a, b]) => line(nodes[a % nodes.length] as [number, number], nodes[b % nodes.length] as [number, number]))), { center: CENTER });
          fc.pre(net.nodeCount > 0);
          const given = seeds.map(([n, d, slot]) => ({ node: n % net.nodeCount, d, slot }));
          const search = new LabelSearch(net, cutoff);
          for (const s of given) search.seed(s.node, s.d, s.slot);
          search.run();
          const ref = reference(net, given, cutoff);
          expect(Array.from(search.dist)).toEqual(ref.map((l) => l.d));
          expect(Array.from(search.owner)).toEqual(ref.map((l) => l.o));
        },
      ),
      { numRuns: 200 },
    );
  });
});
