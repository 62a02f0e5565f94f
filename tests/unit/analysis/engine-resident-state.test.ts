import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildNetwork } from "../../../src/analysis/network.ts";
import { ResidentState } from "../../../src/analysis/engine/resident-state.ts";
import { INF } from "../../../src/analysis/engine/types.ts";
import { weightedPoints } from "../../../src/analysis/residents.ts";
import { CENTER, fc as collection, line, ll } from "./helpers.ts";

const at = (...pts: [number, number, number][]) => weightedPoints(pts.map(([x, y, w]) => ({ lon: ll(x, y)[0], lat: ll(x, y)[1], weight: w })));

describe("resident state", () => {
  it("snaps each resident once (dm along and off) and groups them by edge", () => {
    const net = buildNetwork(collection(line([0, 0], [100, 0]), line([0, 500], [100, 500])), { center: CENTER });
    const res = new ResidentState(at([20, 10, 1], [80, 490, 2], [50, -30, 4]), net.projection, net);
    const e0 = res.rEdge[0];
    expect(res.rEdge[2]).toBe(e0);
    expect(res.rEdge[1]).not.toBe(e0);
    expect(Array.from(res.rS)).toEqual([200, 800, 500]);
    expect(Array.from(res.rOff)).toEqual([100, 100, 300]);
    const onEdge = (e: number) => Array.from(res.erList.slice(res.erOffsets[e], res.erOffsets[e + 1])).sort();
    expect(onEdge(e0)).toEqual([0, 2]);
    expect(onEdge(res.rEdge[1])).toEqual([1]);
    expect(res.total).toBe(7);
    expect(res.compWeight[res.rComp[0]]).toBe(5);
    expect(res.compWeight[res.rComp[1]]).toBe(2);
  });

  it("without a network: projected, not snapped, all in one component", () => {
    const net = buildNetwork(collection(line([0, 0], [100, 0])), { center: CENTER });
    const res = new ResidentState(at([20, 10, 1], [80, 490, 2]), net.projection, null);
    expect(Array.from(res.rEdge)).toEqual([-1, -1]);
    expect(Array.from(res.compWeight)).toEqual([3]);
    expect(res.rx[1]).toBeCloseTo(80, 6);
    expect(Array.from(res.rDist)).toEqual([INF, INF]);
  });

  it("sums kept by difference equal a recount, with gained and lost against the baseline (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 2048 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.oneof(fc.integer({ min: 0, max: 800 }), fc.constant(INF))), { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.oneof(fc.integer({ min: 0, max: 800 }), fc.constant(INF))), { maxLength: 40 }),
        (quanta, before, after) => {
          const weights = quanta.map((q) => q / 1024);
          const res = new ResidentState(at(...weights.map((w, i) => [i * 10, 0, w] as [number, number, number])), buildNetwork(collection(line([0, 0], [1, 0])), { center: CENTER }).projection, null);
          const limit = 400;
          for (const [r, d] of before) res.set(r % weights.length, d, limit);
          res.setBaseline();
          const base = Array.from(res.rReached);
          for (const [r, d] of after) res.set(r % weights.length, d, limit);
          const kept = { reached: res.reachedW, gained: res.gainedW, n: res.gainedN, lost: res.lostW };
          const reached = Array.from(res.rDist, (d) => d <= limit);
          const sum = (pick: (i: number) => boolean) => weights.reduce((s, w, i) => (pick(i) ? s + w : s), 0);
          expect(kept.reached).toBe(sum((i) => reached[i]));
          expect(kept.gained).toBe(sum((i) => reached[i] && !base[i]));
          expect(kept.n).toBe(reached.filter((ok, i) => ok && !base[i]).length);
          expect(kept.lost).toBe(sum((i) => !reached[i] && !!base[i]));
          res.recount(limit);
          expect({ reached: res.reachedW, gained: res.gainedW, n: res.gainedN, lost: res.lostW }).toEqual(kept);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a saved baseline comes back with its sums", () => {
    const res = new ResidentState(at([0, 0, 1], [10, 0, 2]), buildNetwork(collection(line([0, 0], [1, 0])), { center: CENTER }).projection, null);
    res.set(0, 100, 400);
    const restore = res.saveBaseline();
    res.setBaseline();
    res.set(1, 100, 400);
    expect(res.gainedW).toBe(2);
    restore();
    expect(res.gainedW).toBe(1);
    expect(Array.from(res.rBaseline)).toEqual([0, 0]);
  });
});
