// The generator is pure and the committed files are its output: a stale data/demo/ fails here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDemoFiles } from "../../../scripts/demo/index.ts";
import { DEMO_FILES } from "../../../src/data/demo-layers.ts";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

describe("demo generator", () => {
  const first = generateDemoFiles();

  it("gives identical bytes on a second run", () => {
    expect(generateDemoFiles()).toEqual(first);
  });

  it.each(DEMO_FILES.map((e) => e.id))("matches the committed data/demo/%s.geojson (run npm run demo-data)", (id) => {
    const committed = readFileSync(path.join(repoRoot, "data", "demo", `${id}.geojson`), "utf8");
    expect(committed === first[id]).toBe(true);
  });
});
