import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/analysis/network.ts";
import { residentsFromGeoJSON, STREET_SIDE_M, WEIGHT_QUANTUM } from "../../../src/analysis/residents.ts";
import { NO_STREET_DATA_M } from "../../../src/analysis/street-data.ts";
import { CENTER, P, fc, line, rect } from "../analysis/helpers.ts";

const sumOf = (r: { weight: Float64Array; feature: Int32Array }, feature: number) =>
  Array.from(r.weight).filter((_, i) => r.feature[i] === feature).reduce((a, b) => a + b, 0);
const xy = (r: { lon: Float64Array; lat: Float64Array }, i: number) => P.forward(r.lon[i], r.lat[i]);
/** Distance from (x, y) to the street from (0, 200) to (1000, 200). */
const toStreet = (x: number, y: number) => Math.hypot(Math.max(0, x - 1000, -x), y - 200);

describe("population polygons with a walking network", () => {
  // A 2 km × 400 m neighbourhood; the loaded streets cover only its western kilometre.
  const wijk = rect(0, 0, 2000, 400, { population: 1000 });
  const street = line([0, 200], [1000, 200]);
  const net = buildNetwork(fc(street), { center: CENTER });

  it("keeps the share of residents of the part without street data there, and the total exactly", () => {
    const r = residentsFromGeoJSON(fc(wijk), { network: net });
    expect(sumOf(r, 0)).toBe(1000);
    let far = 0;
    for (let i = 0; i < r.weight.length; i++) {
      const [x, y] = xy(r, i);
      if (toStreet(x, y) > NO_STREET_DATA_M) far += r.weight[i];
      expect(Number.isInteger(r.weight[i] * WEIGHT_QUANTUM)).toBe(true);
    }
    // Cells farther than 300 m from the street: beyond x ≈ 1300 m (a little less near the street's end),
    // some 700 m of the 2000 m, 35 % of the area; they keep 35 % of the residents.
    expect(far / 1000).toBeGreaterThan(0.33);
    expect(far / 1000).toBeLessThan(0.37);
    expect(r.spread.streets).toBe(1);
  });

  it("places the covered part's residents along the street side, not in the fields behind it", () => {
    const r = residentsFromGeoJSON(fc(wijk), { network: net });
    for (let i = 0; i < r.weight.length; i++) {
      const [x, y] = xy(r, i);
      if (x <= 1000) expect(Math.abs(y - 200)).toBeLessThanOrEqual(STREET_SIDE_M + 1);
      // between the street side and the end of street data nobody is placed
      const d = toStreet(x, y);
      if (d > STREET_SIDE_M + 1 && d <= NO_STREET_DATA_M) throw new Error(`resident placed at ${x.toFixed(0)}, ${y.toFixed(0)}, ${d.toFixed(0)} m from the street`);
    }
  });

  it("puts residents on the homes inside when buildings are loaded, by floor area", () => {
    const homes = fc(
      rect(100, 210, 110, 220, { building: "house" }),           // 100 m² × 2 levels = 200 m²
      rect(500, 210, 520, 230, { building: "apartments", "building:levels": "5" }), // 400 m² × 5 = 2000 m²
      rect(700, 210, 720, 230, { building: "yes", shop: "bakery" }), // not a home
      rect(800, 210, 820, 230, { building: "church" }),             // not a home
    );
    const r = residentsFromGeoJSON(fc(wijk), { network: net, buildings: homes });
    const covered = Array.from(r.weight).map((w, i) => ({ w, x: xy(r, i)[0] })).filter((p) => p.x <= 1100);
    expect(covered).toHaveLength(2);
    expect(covered[1].w / covered[0].w).toBeCloseTo(10, 2);
    expect(r.spread.buildings).toBe(1);
    expect(sumOf(r, 0)).toBe(1000);
  });
});

describe("population polygons without a network", () => {
  it("spreads evenly over a 25 m grid, and coarser for a large polygon, keeping the total", () => {
    const small = residentsFromGeoJSON(fc(rect(0, 0, 200, 100, { population: 40 })));
    expect(small.weight.length).toBe(8 * 4);
    const big = residentsFromGeoJSON(fc(rect(0, 0, 20_000, 10_000, { population: 5000 })));
    // 200 km² at 25 m would be 320 000 cells; one polygon gets some 40 000 (the grid is anchored, so a few more).
    expect(big.weight.length).toBeLessThanOrEqual(41_000);
    expect(big.weight.length).toBeGreaterThan(30_000);
    expect(sumOf(big, 0)).toBe(5000);
    expect(big.spread.grid).toBe(1);
  });
});
