/**
 * Fixture cases (tests/fixtures/coverage/<case>/): in.geojson holds network, places,
 * residents and the study area by `properties.role`, with the parameters and hand-computed
 * expectations in the collection's properties (arithmetic in each case's README.md).
 * out.geojson holds the engine's distances per resident and the gap polygons, truncated to
 * 6 decimals; UPDATE_FIXTURES=1 rewrites it.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, FeatureCollection } from "geojson";
import { createEngineFromGeoJSON } from "../../../src/analysis/run.ts";
import { createProjection } from "../../../src/analysis/projection.ts";
import { FIXTURE_CENTER, formatFeatureCollection, truncateCoords } from "../../fixtures/coverage/format.ts";

const ROOT = join(import.meta.dirname, "../../fixtures/coverage");
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const STATUS = ["reached", "gap", "unreachable"] as const;
const P = createProjection(...FIXTURE_CENTER);

interface FixtureParams {
  limitM: number;
  cutoffM?: number;
  gapCellM?: number;
  expected: { residentsTotal: number; withinReach: number; inGaps: number; unreachable: number; gapResidents?: number[]; gapRingsM?: number[][][] };
}

describe("coverage fixtures", () => {
  it("has the cases the engine must handle", () => {
    expect(cases).toEqual(["bridge", "dead-end", "disconnected-island", "place-off-network", "places-outside-area", "square-block", "zero-places"]);
  });

  for (const name of cases) {
    it(name, () => {
      const input = JSON.parse(readFileSync(join(ROOT, name, "in.geojson"), "utf8")) as FeatureCollection & { properties: FixtureParams };
      const byRole = (role: string): Feature[] => input.features.filter((f) => f.properties?.role === role);
      const params = input.properties;
      const residents = byRole("resident");
      const areaFeatures = byRole("area");
      const { engine } = createEngineFromGeoJSON(
        { network: { type: "FeatureCollection", features: byRole("network") }, places: byRole("place"), residents, area: areaFeatures.length ? { type: "FeatureCollection", features: areaFeatures } : null },
        { limitM: params.limitM, cutoffM: params.cutoffM, gapCellM: params.gapCellM },
      );

      // 1) hand-computed distances and status per resident (0.2 m: decimetre rounding of each leg)
      const dist = engine.residentDistances();
      const status = engine.residentStatus();
      residents.forEach((f, i) => {
        const exp = f.properties!.expectedM as number | null;
        if (exp === null) expect(dist[i], f.properties!.name).toBe(Infinity);
        else expect(Math.abs(dist[i] - exp), `${f.properties!.name}: ${dist[i]} vs ${exp}`).toBeLessThanOrEqual(0.2);
        expect(STATUS[status[i]], f.properties!.name).toBe(f.properties!.expectedStatus);
      });

      // 2) hand-computed headline figures
      const fig = engine.figures();
      const e = params.expected;
      expect({ total: fig.residentsTotal, within: fig.withinReach, gaps: fig.inGaps, unreachable: fig.unreachable }).toEqual({ total: e.residentsTotal, within: e.withinReach, gaps: e.inGaps, unreachable: e.unreachable });
      expect(fig.mode).toBe("network");

      // 3) hand-computed gap polygons (in the fixture's metres) and their residents
      const gaps = engine.gaps().collection.features;
      if (e.gapResidents) expect(gaps.filter((g) => g.properties.residents > 0).map((g) => g.properties.residents)).toEqual(e.gapResidents);
      if (e.gapRingsM) {
        const rings = gaps.map((g) => g.geometry.coordinates[0].map(([lon, lat]) => P.forward(lon, lat).map((v) => Math.round(v * 100) / 100 + 0)));
        expect(rings).toEqual(e.gapRingsM);
      }

      // 4) the full output, as a reviewable GeoJSON file
      const out = truncateCoords({
        type: "FeatureCollection",
        properties: { figures: fig },
        features: [
          ...residents.map((f, i) => ({ type: "Feature", properties: { role: "resident", name: f.properties!.name, count: f.properties!.count, distanceM: Number.isFinite(dist[i]) ? Math.round(dist[i] * 10) / 10 : null, status: STATUS[status[i]] }, geometry: f.geometry })),
          ...gaps.map((g) => ({ ...g, properties: { role: "gap", ...g.properties } })),
        ],
      });
      const text = formatFeatureCollection(out);
      const file = join(ROOT, name, "out.geojson");
      // a new case writes its first out.geojson locally; on CI a missing file fails
      if (process.env.UPDATE_FIXTURES === "1" || (!existsSync(file) && !process.env.CI)) writeFileSync(file, text);
      expect(text).toBe(readFileSync(file, "utf8"));
    });
  }
});
