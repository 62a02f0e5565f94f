// `npm run pack` in a child process: writes a readable archive, and fails clearly on bad input.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openArchive, readTile } from "./read-archive.ts";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(path.join(tmpdir(), "pack-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pack(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "cli/pack.ts", ...args], { cwd: repoRoot, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const benches = path.join(repoRoot, "data", "demo", "benches.geojson");

describe("cli/pack.ts", () => {
  it("packs a GeoJSON file into an archive the pmtiles reader opens", async () => {
    const out = path.join(dir, "benches.pmtiles");
    const run = pack(benches, "--out", out, "--minzoom", "13", "--maxzoom", "15", "--layer", "seats");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/wrote .*benches\.pmtiles: seats \(\d+\), zoom 13–15/);
    const archive = openArchive(new Uint8Array(readFileSync(out)));
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([13, 15]);
    const meta = (await archive.getMetadata()) as { vector_layers: { id: string }[] };
    expect(meta.vector_layers.map((l) => l.id)).toEqual(["seats"]);
    // The z13 tile over the demo holds every bench.
    const tile = await readTile(archive, 13, 4164, 2702);
    const count = JSON.parse(readFileSync(benches, "utf8")).features.length;
    expect(tile?.seats.length).toBe(count);
  }, 30_000);

  it.each([
    { args: [benches], message: /--out is required/ },
    { args: ["--out", "x.pmtiles"], message: /no input files/ },
    { args: [path.join(dir, "missing.geojson"), "--out", "x.pmtiles"], message: /cannot read/ },
    { args: [benches, "--out", "x.pmtiles", "--minzoom", "abc"], message: /--minzoom must be a whole number/ },
    { args: [benches, "--out", "x.pmtiles", "--minzoom", "16", "--maxzoom", "12"], message: /above --maxzoom/ },
    { args: [benches, "--out", "x.pmtiles", "--unknown"], message: /Unknown option/ },
  ])("fails with a clear message: $message", ({ args, message }) => {
    const run = pack(...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/usage: npm run pack/);
  }, 30_000);

  it("refuses a file that is not a FeatureCollection", () => {
    const bad = path.join(dir, "bad.geojson");
    writeFileSync(bad, JSON.stringify({ type: "Feature", properties: {}, geometry: null }));
    const notJson = path.join(dir, "broken.geojson");
    writeFileSync(notJson, "{ nope");
    expect(pack(bad, "--out", path.join(dir, "o.pmtiles")).stderr).toMatch(/not a GeoJSON FeatureCollection/);
    expect(pack(notJson, "--out", path.join(dir, "o.pmtiles")).stderr).toMatch(/not valid JSON/);
  }, 30_000);
});
