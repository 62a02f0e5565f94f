import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importFiles, type ImportResult, type InputFile } from "../../../src/data/import/index.ts";
import { PREVIEW_TEXT } from "../../../src/data/import/build-layers.ts";
import { realFile, repoRoot } from "./helpers.ts";

// The corpus is written by scripts/hostile/make-corpus.ts; manifest.json holds each file's expected outcome.
const DIR = path.join(repoRoot, "tests/fixtures/hostile");
type Expected = { error: string } | { layers: number; features: number; problems?: string[] };
const manifest = JSON.parse(readFileSync(path.join(DIR, "manifest.json"), "utf8")) as { file: string; about: string; expect: Expected }[];

/** Every import must end well within this; the slowest case takes well under a second. */
const LIMIT_MS = 10_000;
const table: string[] = [];

async function importWithin(files: InputFile[], ms = LIMIT_MS): Promise<{ result: ImportResult; ms: number }> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    const result = await Promise.race([importFiles(files), timeout]);
    return { result, ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

const describeExpected = (e: Expected) => ("error" in e ? e.error : `${e.layers} layer(s), ${e.features} feature(s)${e.problems ? ` + ${e.problems.join(", ")}` : ""}`);

function observed(result: ImportResult): string {
  const errors = result.problems.filter((p) => p.severity === "error");
  if (result.layers.length === 0) return errors.map((p) => p.key).join(", ") || "(nothing)";
  const features = result.layers.reduce((n, l) => n + l.features.features.length, 0);
  const others = [...new Set(result.problems.filter((p) => p.severity !== "error").map((p) => p.key))];
  return `${result.layers.length} layer(s), ${features} feature(s)${others.length ? ` + ${others.join(", ")}` : ""}`;
}

describe("the hostile corpus: every file ends in bounded time with its expected outcome", () => {
  it("has at least 60 files, each with an expected outcome", () => {
    expect(manifest.length).toBeGreaterThanOrEqual(60);
  });

  it.each(manifest)("$file ($about)", async ({ file, expect: wanted }) => {
    const { result, ms } = await importWithin([{ name: file, bytes: new Uint8Array(readFileSync(path.join(DIR, file))) }]);
    table.push(`${file.padEnd(32)} expected ${describeExpected(wanted).padEnd(60)} observed ${observed(result)} (${ms.toFixed(0)} ms)`);
    // No prototype of the test's realm was touched by any file.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const p of result.problems) expect(p.params.file.length).toBeGreaterThan(0);
    if ("error" in wanted) {
      expect(result.layers).toEqual([]);
      const errors = result.problems.filter((p) => p.severity === "error");
      expect(errors.map((p) => p.key)).toContain(wanted.error);
      // The message names the file the user picked (a KMZ's, not its inner doc.kml).
      expect(errors.find((p) => p.key === wanted.error)!.params.file).toBe(file);
      // Technical text is only ever a detail parameter, never the message itself.
      expect(errors.every((p) => p.key !== "import.error.internal")).toBe(true);
    } else {
      expect(result.layers.length).toBe(wanted.layers);
      expect(result.layers.reduce((n, l) => n + l.features.features.length, 0)).toBe(wanted.features);
      expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
      // Exactly the warnings and notes expected: no false "self-intersecting", no stray guess.
      expect([...new Set(result.problems.map((p) => p.key))].sort()).toEqual([...(wanted.problems ?? [])].sort());
    }
  });

  afterAll(() => {
    if (table.length > 0) console.log(`hostile corpus (${table.length} files):\n${table.sort().join("\n")}`);
  });
});

describe("giant cases, generated here so that the corpus stays small", () => {
  it("a valid polygon of 200 000 vertices is read, and its self-crossing check ends", async () => {
    const n = 200_000;
    const ring = Array.from({ length: n }, (_, i) => [4.4 + 0.01 * Math.cos((2 * Math.PI * i) / n), 51.2 + 0.01 * Math.sin((2 * Math.PI * i) / n)]);
    ring.push(ring[0]);
    const bytes = new TextEncoder().encode(JSON.stringify({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [ring] } }));
    const { result, ms } = await importWithin([{ name: "rond.geojson", bytes }], 30_000);
    expect(result.layers[0]!.features.features[0]!.geometry.type).toBe("Polygon");
    expect(result.problems.filter((p) => p.key === "import.warning.selfIntersecting")).toEqual([]);
    console.log(`200 000-vertex polygon: ${ms.toFixed(0)} ms, ${bytes.length} bytes`);
  }, 60_000);

  it("a 20 MB property value is kept in the data but cut in the preview", async () => {
    const long = "x".repeat(20 * 1024 * 1024);
    const bytes = new TextEncoder().encode(JSON.stringify({ type: "Feature", properties: { lang: long, kort: "k" }, geometry: { type: "Point", coordinates: [4.4, 51.2] } }));
    const { result } = await importWithin([{ name: "lang.geojson", bytes }], 30_000);
    const layer = result.layers[0]!;
    expect((layer.features.features[0]!.properties!.lang as string).length).toBe(long.length);
    expect(String(layer.preview[0]!.lang).length).toBe(PREVIEW_TEXT + 1);
    expect(layer.preview[0]!.kort).toBe("k");
  }, 60_000);

  const monaco = realFile("osm/monaco-latest.osm.pbf", "truncated real .osm.pbf at six cut points");
  it.skipIf(!monaco).each([10, 33, 50, 77, 90, 99])("the real Monaco extract cut at %i %% ends with 'incomplete', at once", async (pct) => {
    const cut = monaco!.bytes.slice(0, Math.floor((monaco!.bytes.length * pct) / 100));
    const { result, ms } = await importWithin([{ name: "monaco.osm.pbf", bytes: cut }]);
    expect(result.layers).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ severity: "error", key: "import.error.truncatedPbf", params: expect.objectContaining({ file: "monaco.osm.pbf" }) })]);
    expect(ms).toBeLessThan(5_000);
  });
});
