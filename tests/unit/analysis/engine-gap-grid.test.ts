import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildNetwork } from "../../../src/analysis/network.ts";
import { CoverageEngine } from "../../../src/analysis/engine.ts";
import { cellsInPolygons } from "../../../src/analysis/engine/area-mask.ts";
import { areaGeometry } from "../../../src/analysis/engine/gap-grid.ts";
import { pointInPolygons, type Ring } from "../../../src/analysis/geometry.ts";
import { weightedPoints } from "../../../src/analysis/residents.ts";
import type { PlaceInput } from "../../../src/analysis/places.ts";
import { CENTER, fc as collection, line, ll, rect } from "./helpers.ts";

const pointPlace = (id: string, x: number, y: number): PlaceInput => ({ id, geometry: { type: "Point", coordinates: ll(x, y) } });
const residentsAt = (...pts: [number, number, number][]) => weightedPoints(pts.map(([x, y, w]) => ({ lon: ll(x, y)[0], lat: ll(x, y)[1], weight: w })));

/** A ring of n vertices round (cx, cy) with radii between r/3 and r (concave, like a neighbourhood's edge). */
const ringArb = fc.record({
  cx: fc.integer({ min: -300, max: 300 }), cy: fc.integer({ min: -300, max: 300 }), r: fc.integer({ min: 10, max: 400 }),
  radii: fc.array(fc.double({ min: 1 / 3, max: 1, noNaN: true }), { minLength: 3, maxLength: 14 }),
}).map(({ cx, cy, r, radii }) => {
  const out: number[] = [];
  radii.forEach((k, i) => { const a = (2 * Math.PI * i) / radii.length; out.push(cx + Math.cos(a) * r * k, cy + Math.sin(a) * r * k); });
  out.push(out[0], out[1]);
  return Float64Array.from(out) as Ring;
});

describe("study area grid", () => {
  it("the scanline area mask is exactly the point-in-polygon answer at every cell centre (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(ringArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        fc.record({ x0: fc.integer({ min: -800, max: -300 }), y0: fc.integer({ min: -800, max: -300 }), cell: fc.constantFrom(7, 25, 33.3) }),
        (polys, { x0, y0, cell }) => {
          const frame = { x0, y0, cell, cols: Math.ceil(1600 / cell), rows: Math.ceil(1500 / cell) };
          const mask = cellsInPolygons(polys, frame);
          let inside = 0;
          for (let r = 0; r < frame.rows; r++) for (let c = 0; c < frame.cols; c++) {
            const want = pointInPolygons(x0 + (c + 0.5) * cell, y0 + (r + 0.5) * cell, polys) ? 1 : 0;
            if (mask[r * frame.cols + c] !== want) expect({ r, c, got: mask[r * frame.cols + c] }).toEqual({ r, c, got: want });
            inside += want;
          }
          expect(mask.reduce((a, b) => a + b, 0)).toBe(inside);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("takes the study area from a geometry, a feature or the polygons of a collection", () => {
    const a = rect(0, 0, 10, 10), b = rect(20, 0, 30, 10);
    expect(areaGeometry(a)).toBe(a.geometry);
    expect(areaGeometry(a.geometry)).toBe(a.geometry);
    expect(areaGeometry(collection(a, line([0, 0], [5, 5]), b))).toEqual({ type: "MultiPolygon", coordinates: [a.geometry.coordinates, b.geometry.coordinates] });
    expect(areaGeometry(collection(line([0, 0], [5, 5])))).toBe(null);
  });

  it("cells farther than the no-street-data distance from every street are no gap but 'no street data'", () => {
    // one street 0–200 m, a place at its west end, limit 100 m, no street data beyond 300 m
    const net = buildNetwork(collection(line([0, 0], [200, 0])), { center: CENTER });
    const residents = residentsAt([100, 150, 2], [100, 400, 3], [-350, 0, 5]);
    const engine = new CoverageEngine({ network: net, residents, places: [pointPlace("p", 0, 0)] }, { limitM: 100, area: rect(-500, -500, 700, 500), noStreetDataM: 300 });
    const gaps = engine.gaps();
    const cells = gaps.cellSizeM * gaps.cellSizeM;
    // brute force in the engine's own metres: nearest point of the street, walking distance in dm
    const [ax, ay] = [Math.min(net.nodeX[0], net.nodeX[1]), net.nodeY[0]];
    const [x0, y0] = net.projection.forward(...ll(-500, -500)), [x1, y1] = net.projection.forward(...ll(700, 500));
    const c0 = Math.floor(x0 / 25), r0 = Math.floor(y0 / 25);
    let gapCells = 0, noDataCells = 0;
    for (let r = r0; (r + 0.5) * 25 < y1; r++) for (let c = c0; (c + 0.5) * 25 < x1; c++) {
      const x = (c + 0.5) * 25, y = (r + 0.5) * 25;
      if (x < x0 || y < y0) continue;
      const along = Math.min(200, Math.max(0, x - ax)), off = Math.hypot(ax + along - x, ay - y);
      if (off > 300) noDataCells++;
      else if (Math.round(along * 10) + Math.round(off * 10) > 1000) gapCells++;
    }
    expect(noDataCells).toBeGreaterThan(500);
    expect(gapCells).toBeGreaterThan(200);
    expect(gaps.noStreetData.features.reduce((n, f) => n + f.properties.areaM2, 0)).toBe(noDataCells * cells);
    expect(gaps.collection.features.reduce((n, f) => n + f.properties.cells, 0)).toBe(gapCells);
    // the residents 400 m north and 350 m west have no street data: counted there, never in a gap
    expect(Array.from(engine.residentStatus())).toEqual([1, 3, 3]);
    expect(gaps.noStreetData.features.reduce((n, f) => n + f.properties.residents, 0)).toBe(8);
    expect(gaps.collection.features.reduce((n, f) => n + f.properties.residents, 0)).toBe(2);
    expect(gaps.residentsInGapAreas + gaps.residentsOutsideGapAreas).toBe(2);
    expect(gaps.noStreetData.features.every((f) => f.id === f.properties.id && f.properties.id.startsWith("no-street-data-"))).toBe(true);
    expect(engine.figures()).toMatchObject({ residentsTotal: 10, withinReach: 0, inGaps: 2, unreachable: 0, noStreetData: 8, share: 0 });
  });

  it("without a network there is no 'no street data'; gaps are cached until a step", () => {
    const engine = new CoverageEngine({ network: null, residents: residentsAt([0, 0, 1], [2000, 0, 1]), places: [pointPlace("p", 0, 0)] }, { limitM: 100, center: CENTER });
    const first = engine.gaps();
    expect(first.noStreetData.features).toEqual([]);
    expect(engine.figures().noStreetData).toBe(0);
    expect(engine.gaps()).toBe(first);
    engine.addPlace(pointPlace("q", 2000, 0));
    expect(engine.gaps()).not.toBe(first);
    expect(engine.gaps().residentsInGapAreas).toBe(0);
  });
});
