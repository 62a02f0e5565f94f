import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PlaceSlots } from "../../../src/analysis/engine/place-slots.ts";
import { ResidentState } from "../../../src/analysis/engine/resident-state.ts";
import { placeBuckets, straightInsert, straightLineProjection, straightRemove, straightResident } from "../../../src/analysis/engine/straight-line.ts";
import { INF } from "../../../src/analysis/engine/types.ts";
import { straightDistance, type PlaceInput } from "../../../src/analysis/places.ts";
import { createProjection } from "../../../src/analysis/projection.ts";
import { weightedPoints } from "../../../src/analysis/residents.ts";
import { CENTER, ll, rect } from "./helpers.ts";

const projection = createProjection(...CENTER);
const at = (...pts: [number, number][]) => weightedPoints(pts.map(([x, y]) => ({ lon: ll(x, y)[0], lat: ll(x, y)[1], weight: 1 })));
const pointPlace = (id: string, x: number, y: number): PlaceInput => ({ id, geometry: { type: "Point", coordinates: ll(x, y) } });
const slotsFor = (cutoffDm: number) => new PlaceSlots({ mode: "straight-line", net: null, projection, cutoffDm, placeSampleM: 10 }, Float64Array.of(0), 0);

describe("straight-line mode", () => {
  it("centres on the residents, else on the places, unless a centre is given", () => {
    const [lon, lat] = ll(500, 300);
    const onResidents = straightLineProjection(at([0, 0], [1000, 600]), [pointPlace("p", 5000, 5000)]);
    expect(onResidents.lon0).toBeCloseTo(lon, 9);
    expect(onResidents.lat0).toBeCloseTo(lat, 9);
    const onPlaces = straightLineProjection(at(), [pointPlace("p", 0, 0), pointPlace("q", 1000, 600)]);
    expect(onPlaces.lon0).toBeCloseTo(lon, 9);
    expect(straightLineProjection(at([0, 0]), [], [3, 50]).lon0).toBe(3);
  });

  it("each resident keeps its nearest place; a removal re-measures only its own residents", () => {
    const res = new ResidentState(at([0, 0], [100, 0], [1000, 0]), projection, null);
    const places = slotsFor(5000);
    const a = places.create(pointPlace("a", 0, 0));
    places.activate(a);
    for (let r = 0; r < res.count; r++) res.set(r, straightResident(res, places, 5000, r), 4000);
    expect(Array.from(res.rDist)).toEqual([0, 1000, INF]); // in dm; 1000 m is beyond the 500 m cut-off
    expect(Array.from(res.rOwner)).toEqual([a, a, a]);
    const b = places.create(pointPlace("b", 900, 0));
    places.activate(b);
    straightInsert(res, places, 5000, 4000, b);
    expect(Array.from(res.rDist)).toEqual([0, 1000, 1000]);
    expect(Array.from(res.rOwner)).toEqual([a, a, b]);
    expect(res.reachedW).toBe(3);
    places.deactivate(a);
    straightRemove(res, places, 5000, 4000, a);
    // 900 m and 800 m from b: beyond the cut-off, yet b is their nearest place now
    expect(Array.from(res.rDist)).toEqual([INF, INF, 1000]);
    expect(Array.from(res.rOwner)).toEqual([b, b, b]);
    expect(res.reachedW).toBe(1);
  });

  it("buckets hold every place within the limit of a point (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -800, max: 800 }), fc.integer({ min: -800, max: 800 }), fc.boolean()), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.integer({ min: -900, max: 900 }), fc.integer({ min: -900, max: 900 })), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 10, max: 500 }),
        (given, points, limitM) => {
          const places = slotsFor(limitM * 10);
          given.forEach(([x, y, poly], i) => places.activate(places.create(poly ? { id: `q${i}`, geometry: rect(x, y, x + 70, y + 30).geometry } : pointPlace(`p${i}`, x, y))));
          const buckets = placeBuckets(places, limitM * 10);
          for (const [x, y] of points) {
            const listed = new Set(buckets.at(x, y));
            places.slots.forEach((s, slot) => {
              if (straightDistance(s.shape, x, y) <= limitM) expect(listed.has(slot)).toBe(true);
            });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
