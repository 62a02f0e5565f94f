import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fromWgs84 } from "../../../src/data/crs/index";

const ROOT = resolve(import.meta.dirname, "../../..");
const REALDATA = resolve(ROOT, "../shared/realdata");
const MONACO = join(REALDATA, "osm/monaco-latest.osm.pbf");
const hasMonaco = existsSync(MONACO);
if (!hasMonaco) console.warn(`Monaco extract not found at ${MONACO}: the real-data CLI test is skipped.`);

const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "cli/coverage.ts"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 180_000 });

/** Residents as one square polygon in RD New (a legacy crs member), around a WGS 84 point. */
function rdResidents(dir: string, [lon, lat]: [number, number], population: number) {
  const toRd = fromWgs84("EPSG:28992");
  const d = 0.002;
  const ring = [[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]].map((p) => toRd(p));
  const file = join(dir, "wijk-rd.geojson");
  writeFileSync(file, JSON.stringify({ type: "FeatureCollection", crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::28992" } }, features: [{ type: "Feature", properties: { naam: "wijk", AANT_INW: population }, geometry: { type: "Polygon", coordinates: [ring] } }] }));
  return file;
}

describe("cli/coverage.ts with the app's importer", () => {
  it("takes the network and meeting places from an OSM file and residents in RD New, and reports what it found", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-import-"));
    // The small OSM neighbourhood of the import fixtures (Antwerp), and 500 residents around it.
    const residents = rdResidents(dir, [4.4005, 51.2005], 500);
    const out = join(dir, "gaps.geojson");
    const r = run(["--osm", join(ROOT, "tests/fixtures/import/buurt.osm"), "--residents", residents, "--max-walk", "400", "--out", out, "--json"]);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.layers).toMatchObject({ meeting: 2, benches: 1, green: 1, squares: 2, vacant: 2, residents: 1 });
    expect(summary.layers.network).toBe(5);
    expect(summary.mode).toBe("network");
    // What counts as a place is the app's default: meeting places, squares and green, not benches.
    expect(summary.placeLayers).toEqual(["meeting", "squares", "green"]);
    expect(summary.placeCounts).toEqual({ meeting: 2, squares: 2, green: 1, benches: 0 });
    expect(summary.places).toBe(5);
    expect(summary.residentsSource).toBe("file");
    expect(summary.residentsTotal).toBeCloseTo(500, 6);
    expect(summary.areas).toEqual([expect.objectContaining({ name: "wijk", residentsTotal: 500 })]);
    const benchesToo = JSON.parse(run(["--osm", join(ROOT, "tests/fixtures/import/buurt.osm"), "--residents", residents, "--max-walk", "400", "--count", "meeting,benches", "--json"]).stdout);
    expect(benchesToo.placeCounts).toEqual({ meeting: 2, squares: 0, green: 0, benches: 1 });
    expect(benchesToo.places).toBe(3);
    const unknown = run(["--osm", join(ROOT, "tests/fixtures/import/buurt.osm"), "--max-walk", "400", "--count", "meeting,parken"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--count: unknown layer "parken"; choose from meeting, squares, green, benches/);
    expect(JSON.parse(readFileSync(out, "utf8")).type).toBe("FeatureCollection");
  }, 60_000);

  it("explains an ambiguous CRS and an unreadable file on stderr", () => {
    const amb = run(["--osm", join(ROOT, "tests/fixtures/import/buurt.osm"), "--residents", join(ROOT, "tests/fixtures/import/dubbelzinnig-xy.csv"), "--max-walk", "400"]);
    expect(amb.status).toBe(2);
    expect(amb.stderr).toMatch(/--residents .*dubbelzinnig-xy\.csv: the coordinates fit several systems: EPSG:/);
    const broken = run(["--osm", join(ROOT, "tests/fixtures/import/kapot.geojson"), "--max-walk", "400"]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/--osm .*kapot\.geojson: not GeoJSON: The file kapot\.geojson is broken: its JSON text is wrong/);
  });

  it("returns at once on a cut .osm.pbf (tiny-osmpbf hung for good), saying it is incomplete, with the detail", () => {
    const cut = run(["--osm", join(ROOT, "tests/fixtures/hostile/kort-90.osm.pbf"), "--max-walk", "400"]);
    expect(cut.error).toBeUndefined(); // no time-out of spawnSync
    expect(cut.status).toBe(2);
    expect(cut.stderr).toMatch(/--osm .*kort-90\.osm\.pbf: The OpenStreetMap file kort-90\.osm\.pbf is incomplete: it stops part way\. Download it again\. \(.+\)/);
  }, 60_000);

  it.skipIf(!hasMonaco)("runs on the real Monaco extract: 121 benches, the walking network and the meeting places", () => {
    const r = run(["--osm", MONACO, "--max-walk", "400", "--json"]);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.layers).toMatchObject({ benches: 121, meeting: 4, squares: 18, green: 60, vacant: 6 });
    expect(summary.layers.network).toBeGreaterThan(2000);
    expect(summary.mode).toBe("network");
    expect(summary.placeCounts).toEqual({ meeting: 4, squares: 18, green: 60, benches: 0 });
    expect(summary.places).toBe(82);
    // No population file: residents estimated from Monaco's homes, and said so.
    expect(summary.residentsSource).toBe("estimate-buildings");
    expect(summary.residentsTotal).toBeGreaterThan(5000);
    expect(summary.warnings.map((w: { key: string }) => w.key)).toContain("analysis.warning.residentsEstimated");
    const text = run(["--osm", MONACO, "--max-walk", "400"]);
    expect(text.stdout).toMatch(/layers found: .*benches 121/);
  }, 300_000);
});
