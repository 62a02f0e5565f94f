import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../../..");
const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "cli/coverage.ts"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

function splitFixture(name: string) {
  const dir = mkdtempSync(join(tmpdir(), "coverage-cli-"));
  const fc = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/coverage", name, "in.geojson"), "utf8"));
  const files: Record<string, string> = {};
  for (const role of ["network", "place", "resident", "area"]) {
    files[role] = join(dir, `${role}.geojson`);
    writeFileSync(files[role], JSON.stringify({ type: "FeatureCollection", features: fc.features.filter((f: { properties: { role: string } }) => f.properties.role === role) }));
  }
  return { dir, files };
}

// Each test starts the CLI as a planner does (a fresh Node process with tsx), some several times: on a
// busy two-core machine one start takes seconds, so these tests get a minute each rather than 5 s.
describe("cli/coverage.ts", { timeout: 60_000 }, () => {
  it("prints the JSON summary and writes the gaps of a fixture", () => {
    const { dir, files } = splitFixture("dead-end");
    const out = join(dir, "gaps.geojson");
    const r = run(["--network", files.network, "--places", files.place, "--residents", files.resident, "--area", files.area, "--max-walk", "490", "--out", out, "--json"]);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ mode: "network", residentsTotal: 9, withinReach: 2, inGaps: 7, unreachable: 0, gapsWithResidents: 1 });
    expect(summary.share).toBeCloseTo(2 / 9, 10);
    const gaps = JSON.parse(readFileSync(out, "utf8"));
    expect(gaps.type).toBe("FeatureCollection");
    expect(gaps.features[0].properties).toMatchObject({ rank: 1, residents: 7 });
  });

  it("converts minutes with a walking speed", () => {
    const { dir, files } = splitFixture("dead-end");
    // 6 min at 4.9 km/h = 490 m
    const r = run(["--network", files.network, "--places", files.place, "--residents", files.resident, "--minutes", "6", "--speed", "4.9", "--out", join(dir, "g.geojson"), "--json"]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ limitM: 490, withinReach: 2 });
  });

  it("fails clearly on a missing file and on a file that is not GeoJSON", () => {
    const { dir, files } = splitFixture("dead-end");
    const missing = run(["--network", join(dir, "nope.geojson"), "--places", files.place, "--residents", files.resident, "--max-walk", "400", "--out", join(dir, "g.geojson")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--network .*nope\.geojson: file not found/);
    const bad = join(dir, "bad.geojson");
    writeFileSync(bad, '{"hello": "world"}');
    const notGeo = run(["--network", files.network, "--places", bad, "--residents", files.resident, "--max-walk", "400", "--out", join(dir, "g.geojson")]);
    expect(notGeo.status).toBe(2);
    expect(notGeo.stderr).toMatch(/--places .*bad\.geojson: not GeoJSON/);
    const noLimit = run(["--places", files.place, "--residents", files.resident, "--out", join(dir, "g.geojson")]);
    expect(noLimit.status).toBe(2);
    expect(noLimit.stderr).toMatch(/--max-walk/);
  });

  it("falls back to straight lines without a network, and says so", () => {
    const { dir, files } = splitFixture("dead-end");
    const out = execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "cli/coverage.ts"), "--places", files.place, "--residents", files.resident, "--max-walk", "490", "--out", join(dir, "g.geojson"), "--json"], { cwd: ROOT, encoding: "utf8" });
    const s = JSON.parse(out);
    expect(s.mode).toBe("straight-line");
    expect(s.warnings.map((w: { key: string }) => w.key)).toContain("analysis.warning.noNetwork");
  });

  it("says so and exits with 2 when there are no residents at all (no population file, no buildings)", () => {
    const { files } = splitFixture("dead-end");
    const r = run(["--network", files.network, "--places", files.place, "--max-walk", "400", "--json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no residents/);
    const s = JSON.parse(r.stdout);
    expect(s.residentsSource).toBe("none");
    expect(s.residentsTotal).toBe(0);
    expect(s.warnings.map((w: { key: string }) => w.key)).toContain("analysis.warning.noResidents");
  });
});
