import type { Position } from "geojson";
import { kinks } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { polygonCrossesItself } from "../../../src/data/import/self-intersections.ts";

const square: Position[] = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];

describe("bounded self-crossing check", () => {
  it("finds a real crossing (a bow tie) and a crossing between two rings", () => {
    expect(polygonCrossesItself([[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]])).toBe("crosses");
    expect(polygonCrossesItself([square, [[1, 1], [3, 1], [3, 1.5], [1, 1]]])).toBe("crosses");
  });

  it("does not count a ring that only touches itself at a repeated vertex, nor a repeated point, which turf's kinks does", () => {
    const touching: Position[] = [[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1], [0, 0]];
    const repeated: Position[] = [[0, 0], [2, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    expect(polygonCrossesItself([touching])).toBe("clean");
    expect(polygonCrossesItself([repeated])).toBe("clean");
    expect(polygonCrossesItself([square, [[0.5, 0.5], [1, 0.5], [1, 1], [0.5, 0.5]]])).toBe("clean");
    expect(kinks({ type: "Polygon", coordinates: [touching] }).features.length).toBeGreaterThan(0);
  });

  it("ends in bounded time on the worst case (every segment spans the same x-range) and says it could not check", () => {
    // A comb of 20 000 horizontal teeth: all segments overlap in x, so sort-and-sweep alone would be quadratic.
    const n = 20_000;
    const ring: Position[] = [];
    for (let i = 0; i < n; i++) ring.push(i % 2 === 0 ? [0, i] : [100, i]);
    ring.push([-1, n], [-1, 0], [0, 0]);
    const started = performance.now();
    expect(polygonCrossesItself([ring])).toBe("unchecked");
    expect(performance.now() - started).toBeLessThan(2000);
    // A small budget is honoured exactly.
    expect(polygonCrossesItself([square], 1)).toBe("unchecked");
  });
});
