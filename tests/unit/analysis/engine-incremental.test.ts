import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/analysis/network.ts";
import { CoverageEngine } from "../../../src/analysis/engine.ts";
import { weightedPoints } from "../../../src/analysis/residents.ts";
import type { PlaceInput } from "../../../src/analysis/places.ts";
import { CENTER, fc, line, ll } from "./helpers.ts";

const pointPlace = (id: string, x: number): PlaceInput => ({ id, geometry: { type: "Point", coordinates: ll(x, 0) } });
/** A 1 km street with a vertex every 100 m (11 nodes, 10 edges) and a resident at every vertex. */
function street(places: PlaceInput[], limitM = 300) {
  const net = buildNetwork(fc(line(...Array.from({ length: 11 }, (_, i) => [i * 100, 0] as [number, number]))), { center: CENTER });
  const residents = weightedPoints(Array.from({ length: 11 }, (_, i) => ({ lon: ll(i * 100, 0)[0], lat: ll(i * 100, 0)[1], weight: 1 })));
  const engine = new CoverageEngine({ network: net, residents, places }, { limitM, cutoffM: 2000 });
  return { engine };
}

describe("what-if steps", () => {
  it("removing a place resets only the region it owned and re-settles it from the neighbours", () => {
    const { engine } = street([pointPlace("a", 0), pointPlace("b", 1000)]);
    expect(Array.from(engine.residentDistances())).toEqual([0, 100, 200, 300, 400, 500, 400, 300, 200, 100, 0]);
    const step = engine.removePlace("b");
    expect(step.nodesChanged).toBe(5); // 600 … 1000 m; 500 m is a tie that the lower slot (a) owns
    expect(step.edgeUpdates.edges.length).toBe(5);
    expect(Math.max(...step.edgeUpdates.distM)).toBe(900);
    expect(Array.from(engine.residentDistances())).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(step.figures.withinReach).toBe(4);
    expect(step).toMatchObject({ gained: 0, lost: 4, gainedPoints: 0 }); // 700 … 1000 m
  });

  it("adding a place changes only the labels it improves", () => {
    const { engine } = street([pointPlace("a", 0)]);
    const step = engine.addPlace(pointPlace("c", 700));
    expect(step.nodesChanged).toBe(7); // 400 … 1000 m are nearer to c; 300 m stays with a
    expect(Array.from(engine.residentDistances())).toEqual([0, 100, 200, 300, 300, 200, 100, 0, 100, 200, 300]);
    expect(step).toMatchObject({ gained: 7, gainedPoints: 7, lost: 0 });
  });

  it("a move is one step: both the old and the new neighbourhood are updated, gains against the baseline", () => {
    const { engine } = street([pointPlace("a", 0), pointPlace("b", 1000)]);
    engine.setBaseline();
    const step = engine.movePlace("b", ll(600, 0));
    expect(Array.from(engine.residentDistances())).toEqual([0, 100, 200, 300, 200, 100, 0, 100, 200, 300, 400]);
    expect(step).toMatchObject({ gained: 3, lost: 1 }); // 400, 500, 600 m in; 1000 m out
    expect(step.figures.withinReach).toBe(10);
    const back = engine.movePlace("b", ll(1000, 0));
    expect(back).toMatchObject({ gained: 0, lost: 0 });
  });

  it("a removed id can be added again; an unknown id is refused without changing anything", () => {
    const { engine } = street([pointPlace("a", 0)]);
    const before = engine.figures();
    expect(() => engine.removePlace("zz")).toThrow(/unknown place id/);
    expect(() => engine.movePlace("zz", ll(0, 0))).toThrow(/unknown place id/);
    engine.removePlace("a");
    expect(engine.hasPlace("a")).toBe(false);
    engine.addPlace(pointPlace("a", 0));
    expect(engine.figures()).toEqual(before);
    expect(engine.placeIds()).toEqual(["a"]);
  });
});
