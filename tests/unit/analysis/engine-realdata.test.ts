/**
 * The engine on real data where the streets cover only a part of the residents: Amsterdam's
 * 99 CBS wijken (RD New, reprojected) as residents and study area, and a small OpenStreetMap
 * extract of Watergraafsmeer as the walking network. Real public data beside the checkout
 * (see its README): CBS; © OpenStreetMap contributors (ODbL).
 */
import { describe, expect, it } from "vitest";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { mapPositions, toWgs84 } from "../../../src/data/crs/index.ts";
import { importFiles } from "../../../src/data/import/index.ts";
import { buildNetwork, CoverageEngine, residentsFromGeoJSON } from "../../../src/analysis/index.ts";
import { cellsInPolygons } from "../../../src/analysis/engine/area-mask.ts";
import { geometryBbox } from "../../../src/analysis/network.ts";
import { pointInPolygons, projectPolygons } from "../../../src/analysis/geometry.ts";
import { realFile } from "../import/helpers.ts";

const cbs = realFile("neighbourhoods/cbs-wijken-2022-rd28992.geojson", "coverage with street data for a part of a city (Amsterdam's wijken)");
const osm = realFile("osm/amsterdam-centre.osm.pbf", "coverage with street data for a part of a city (Watergraafsmeer's streets)");

type Wijk = Feature<Polygon | MultiPolygon, { code: string; name: string; population: number | null }>;
const KEYS = ["residentsTotal", "withinReach", "inGaps", "unreachable", "noStreetData"] as const;

describe.skipIf(!cbs || !osm)("real data: Amsterdam's wijken with the streets of one quarter", () => {
  it("counts residents far from the loaded streets as 'no street data', per wijk too, and draws those areas apart from gaps", async () => {
    const toWgs = toWgs84("EPSG:28992");
    const all = JSON.parse(new TextDecoder().decode(cbs!.bytes)) as FeatureCollection<Polygon | MultiPolygon, Wijk["properties"]>;
    const wijken: Wijk[] = all.features.filter((f) => f.properties.code.startsWith("WK0363")).map((f) => ({ ...f, geometry: mapPositions(f.geometry, toWgs) }));
    expect(wijken.length).toBe(99);
    const area: MultiPolygon = { type: "MultiPolygon", coordinates: wijken.flatMap((f) => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates)) };
    const imported = await importFiles([osm!]);
    const streets = imported.layers.find((l) => l.kind === "network")!.features;
    const net = buildNetwork(streets);
    const residents = residentsFromGeoJSON({ type: "FeatureCollection", features: wijken });
    const t0 = performance.now();
    const engine = new CoverageEngine({ network: net, residents, places: [{ id: "p", geometry: { type: "Point", coordinates: [4.931, 52.347] } }] }, { limitM: 400, area });
    const t1 = performance.now();
    const gaps = engine.gaps();
    const t2 = performance.now();
    console.info(`Amsterdam, ${wijken.length} wijken, ${residents.lon.length} resident points, ${net.edgeCount} street edges: engine ${(t1 - t0).toFixed(0)} ms, first gaps ${(t2 - t1).toFixed(0)} ms (speed printed, never asserted)`);

    const f = engine.figures();
    const population = wijken.reduce((s, w) => s + (w.properties.population ?? 0), 0);
    expect(f.residentsTotal).toBe(population);
    expect(f.withinReach + f.inGaps + f.unreachable + f.noStreetData).toBe(f.residentsTotal);
    expect(f.noStreetData).toBeGreaterThan(0.95 * population); // one quarter's streets for a whole city
    expect(f.withinReach).toBeGreaterThan(0);
    expect(f.share).toBe(f.withinReach / (f.residentsTotal - f.noStreetData));

    // per wijk: the parts add up to the figures; only wijken near the extract have street data
    const perWijk = engine.areaFigures(wijken.length);
    for (const k of KEYS) expect(perWijk.reduce((s, a) => s + a[k], 0)).toBe(f[k]);
    const [w, s, e, n] = geometryBbox(streets.features.map((g) => g.geometry));
    const margin = 0.005; // > 300 m in degrees at this latitude
    perWijk.forEach((a, i) => {
      if (a.noStreetData === a.residentsTotal) return;
      const [ww, ws, we, wn] = geometryBbox([wijken[i].geometry]);
      expect(ww < e + margin && we > w - margin && ws < n + margin && wn > s - margin, wijken[i].properties.name).toBe(true);
    });
    expect(perWijk.filter((a) => a.noStreetData < a.residentsTotal).length).toBeGreaterThan(0);

    // the map's two layers: gaps, and 'no street data here' with the status-3 residents in them
    const inNoData = gaps.noStreetData.features.reduce((t, g) => t + g.properties.residents, 0);
    expect(inNoData).toBeLessThanOrEqual(f.noStreetData);
    expect(inNoData).toBeGreaterThan(0.99 * f.noStreetData);
    expect(gaps.noStreetData.features.reduce((t, g) => t + g.properties.areaM2, 0) / 1e6).toBeGreaterThan(150);
    expect(gaps.collection.features.reduce((t, g) => t + g.properties.residents, 0)).toBe(gaps.residentsInGapAreas);
    expect(gaps.residentsInGapAreas + gaps.residentsOutsideGapAreas).toBe(f.residentsTotal - f.withinReach - f.noStreetData);

    // the scanline area test against point-in-polygon on a sample of the real grid
    const polys = projectPolygons(area, net.projection.forward);
    const frame = { x0: -12_000, y0: -9_000, cols: 1000, rows: 760, cell: 25 };
    const mask = cellsInPolygons(polys, frame);
    let checked = 0;
    for (let i = 0; i < mask.length; i += 13) {
      const c = i % frame.cols, r = (i - c) / frame.cols;
      expect(mask[i]).toBe(pointInPolygons(frame.x0 + (c + 0.5) * 25, frame.y0 + (r + 0.5) * 25, polys) ? 1 : 0);
      checked += mask[i];
    }
    expect(checked).toBeGreaterThan(10_000);
    // Reading all of the Netherlands' wijken takes seconds on a busy machine: more than the default 5 s.
  }, 60_000);
});
