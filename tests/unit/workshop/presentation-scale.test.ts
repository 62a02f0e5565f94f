import { describe, expect, it } from "vitest";
import { presentationFactor, scaledSize } from "../../../src/map/presentation-scale";

describe("sizes for the back row", () => {
  it("multiplies plain sizes and legacy zoom functions", () => {
    expect(scaledSize(11, 2.2)).toBe(24.2);
    expect(scaledSize({ stops: [[12, 10], [16, 14]] } as never, 2)).toEqual({ stops: [[12, 20], [16, 28]] });
  });

  it("multiplies each output of a zoom curve, which MapLibre allows only at the top", () => {
    const curve = ["interpolate", ["linear"], ["zoom"], 13, 0.45, 17, 0.8];
    expect(scaledSize(curve as never, 2)).toEqual(["interpolate", ["linear"], ["zoom"], 13, 0.9, 17, 1.6]);
    const step = ["step", ["zoom"], 10, 14, 12];
    expect(scaledSize(step as never, 2)).toEqual(["step", ["zoom"], 20, 14, 24]);
    // A zoom curve whose outputs are expressions themselves: each output is wrapped.
    const nested = ["interpolate", ["linear"], ["zoom"], 13, ["get", "size"], 17, 2];
    expect(scaledSize(nested as never, 2)).toEqual(["interpolate", ["linear"], ["zoom"], 13, ["*", ["get", "size"], 2], 17, 4]);
  });

  it("wraps any other expression", () => {
    expect(scaledSize(["get", "size"] as never, 3)).toEqual(["*", ["get", "size"], 3]);
    expect(scaledSize(["match", ["get", "k"], "a", 10, 12] as never, 2)).toEqual(["*", ["match", ["get", "k"], "a", 10, 12], 2]);
  });

  it("brings 11 px labels to 24 px on a 1920 px projection and to 30 px in a large room; a laptop grows less, never shrinks", () => {
    expect(11 * presentationFactor("small", 1920)).toBeGreaterThanOrEqual(24);
    expect(11 * presentationFactor("large", 1920)).toBeGreaterThanOrEqual(30);
    expect(presentationFactor("small", 3840)).toBe(presentationFactor("small", 1920));
    expect(presentationFactor("small", 1280)).toBeLessThan(presentationFactor("small", 1920));
    expect(presentationFactor("small", 400)).toBe(1);
  });
});
