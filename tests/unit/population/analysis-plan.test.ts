import { describe, expect, it } from "vitest";
import { DEFAULT_PLACE_LAYERS, LARGE_RESIDENTS_KM2, parsePlaceLayers, planAnalysis, type SourceLayer } from "../../../src/analysis/analysis-plan.ts";
import { fc, line, point, rect } from "../analysis/helpers.ts";

const layer = (kind: string, name: string, features: ReturnType<typeof fc>, extra: Partial<SourceLayer> = {}): SourceLayer => ({ kind, name, features, ...extra });
const settings = { placeLayers: DEFAULT_PLACE_LAYERS };

describe("the analysis plan (the same for the app and the CLI)", () => {
  it("counts meeting places, squares and green by default, with ids by layer and index", () => {
    const plan = planAnalysis([
      layer("meeting", "m", fc(point(0, 0), point(10, 0))),
      layer("benches", "b", fc(point(5, 5))),
      layer("green", "g", fc(rect(0, 0, 10, 10))),
      layer("vacant", "v", fc(rect(50, 0, 60, 10, { name: "Oude school" }))),
    ], settings);
    expect(plan.placeLayers).toEqual(["meeting", "squares", "green"]);
    expect(plan.placeCounts).toEqual({ meeting: 2, squares: 0, green: 1, benches: 0 });
    expect(plan.places.map((p) => p.id)).toEqual(["meeting:0", "meeting:1", "green:0"]);
    expect(plan.candidates.map((p) => p.id)).toEqual(["vacant:0"]);
    expect(plan.featureOf("vacant:0")?.properties?.name).toBe("Oude school");
  });

  it("parses --count and names an unknown layer", () => {
    expect(parsePlaceLayers("meeting, benches")).toEqual({ ok: true, layers: { meeting: true, squares: false, green: false, benches: true } });
    expect(parsePlaceLayers("meeting,parks")).toEqual({ ok: false, unknown: ["parks"] });
  });

  it("leaves the demo out as soon as the planner's own data is loaded, and says so", () => {
    const demo = [layer("network", "demo", fc(line([0, 0], [100, 0])), { origin: "demo" }), layer("residents", "demo", fc(point(0, 0, { residents: 5 })), { origin: "demo" }), layer("meeting", "demo", fc(point(0, 0)), { origin: "demo" })];
    expect(planAnalysis(demo, settings).residentsSource).toBe("file");
    const own = planAnalysis([...demo, layer("network", "monaco.osm.pbf", fc(line([0, 0], [50, 0])), { origin: "osm", attribution: "© OpenStreetMap contributors" })], settings);
    expect(own.demoIgnored).toBe(true);
    expect(own.network?.features).toHaveLength(1);
    expect(own.places).toHaveLength(0);
    expect(own.residentsSource).toBe("none");
    expect(own.sources).toEqual([{ name: "monaco.osm.pbf", kind: "network", attribution: "© OpenStreetMap contributors" }]);
  });

  it("estimates residents from buildings among context features when no population data is loaded", () => {
    const plan = planAnalysis([layer("context", "x.osm", fc(rect(0, 0, 10, 10, { building: "house" }), rect(0, 0, 10, 10, { landuse: "grass" })), { origin: "osm" })], settings);
    expect(plan.residentsSource).toBe("estimate-buildings");
    expect(plan.buildings?.features).toHaveLength(1);
    expect(plan.area).toBeNull();
  });

  it("makes the population polygons the study area", () => {
    const plan = planAnalysis([layer("residents", "wijken", fc(rect(0, 0, 100, 100, { residents: 10 }), rect(100, 0, 200, 100, { residents: 5 })))], settings);
    expect(plan.residentsArePolygons).toBe(true);
    expect(plan.area?.features).toHaveLength(2);
  });

  it("clips a national population file to the municipalities the streets touch, or to the planner's choice", () => {
    // Two "municipalities" 60 km apart: the file spans more than LARGE_RESIDENTS_KM2.
    const wijken = fc(
      rect(0, 0, 1000, 1000, { code: "WK036300", residents: 10 }),
      rect(1000, 0, 2000, 1000, { code: "WK036301", residents: 20 }),
      rect(60_000, 60_000, 61_000, 61_000, { code: "WK001400", residents: 30 }),
    );
    const streets = layer("network", "streets", fc(line([100, 500], [900, 500])));
    const auto = planAnalysis([layer("residents", "cbs", wijken), streets], settings);
    expect(60 * 60).toBeGreaterThan(LARGE_RESIDENTS_KM2);
    expect(auto.residents?.features).toHaveLength(2);
    expect(auto.clips).toEqual([{ name: "cbs", groups: ["GM0363"], chosen: false, kept: 2, total: 3 }]);
    const chosen = planAnalysis([layer("residents", "cbs", wijken, { clip: ["GM0014"] }), streets], settings);
    expect(chosen.residents?.features.map((f) => f.properties?.code)).toEqual(["WK001400"]);
    expect(chosen.clips[0]).toMatchObject({ chosen: true, kept: 1 });
    // No streets and no choice: nothing is analysed until the planner picks, and the plan says so.
    const waiting = planAnalysis([layer("residents", "cbs", wijken)], settings);
    expect(waiting.residents).toBeNull();
    expect(waiting.residentsSource).toBe("none");
    expect(waiting.clips).toEqual([{ name: "cbs", groups: [], chosen: false, kept: 0, total: 3 }]);
  });
});
