import { describe, expect, it } from "vitest";
import { importFiles, type ImportResult } from "../../../src/data/import/index.ts";
import { mergeDuplicateElements } from "../../../src/data/osm/merge-elements.ts";
import { realFile } from "./helpers.ts";

// © OpenStreetMap contributors (ODbL), see the real data's README.
const antwerp = realFile("osm/antwerpen-berchem-2021-12-11.overpass.json", "Overpass JSON that repeats its elements (245 network ways, 27 green features)");

const json = (name: string, data: unknown) => ({ name, bytes: new TextEncoder().encode(JSON.stringify(data)) });
const count = (result: ImportResult, kind: string) => result.layers.find((l) => l.kind === kind)?.features.features.length ?? 0;

describe("Overpass JSON that prints elements twice", () => {
  const node = (id: number, lon: number, meta = false, tags?: Record<string, string>) => ({ type: "node", id, lat: 51.2, lon, ...(meta ? { version: 2, user: "x" } : {}), ...(tags ? { tags } : {}) });
  const way = (meta: boolean) => ({ type: "way", id: 7, nodes: [1, 2], tags: { highway: "footway" }, ...(meta ? { timestamp: "2021-01-01T00:00:00Z", version: 3 } : {}) });
  // As an `out body; … out meta; >; out skel;` answer: plain copies, metadata copies, bare nodes.
  const elements = [
    node(1, 4.4), node(2, 4.401), way(false), node(3, 4.402, false, { amenity: "bench" }),
    node(1, 4.4, true), node(2, 4.401, true), way(true), node(3, 4.402, true, { amenity: "bench" }),
    node(1, 4.4), node(2, 4.401), node(3, 4.402),
  ];

  it("keeps one element per type and id, the richest copy, where its first copy was", () => {
    const merged = mergeDuplicateElements(elements) as { type: string; id: number; version?: number; tags?: object }[];
    expect(merged.map((e) => `${e.type}/${e.id}`)).toEqual(["node/1", "node/2", "way/7", "node/3"]);
    expect(merged[2]).toEqual(way(true));
    expect(merged[3]).toEqual(node(3, 4.402, true, { amenity: "bench" })); // the tags beat the bare copy
    expect(mergeDuplicateElements([{ type: "node", id: 1, tags: { a: "1", b: "2" } }, { type: "node", id: 1, version: 9, user: "y" }])).toEqual([{ type: "node", id: 1, tags: { a: "1", b: "2" } }]);
    const odd = [{ note: "no type" }, { type: "node" }, { type: "node" }];
    expect(mergeDuplicateElements(odd)).toEqual(odd);
  });

  it("imports each way and node once", async () => {
    const result = await importFiles([json("dubbel.overpass.json", { version: 0.6, elements })]);
    expect([count(result, "network"), count(result, "benches")]).toEqual([1, 1]);
  });
});

describe.skipIf(!antwerp)("real data: the Antwerp Overpass answer (every way printed plain and with metadata)", () => {
  it("gives 245 network ways and 27 green features, each id once", async () => {
    const result = await importFiles([antwerp!]);
    for (const layer of result.layers) {
      const ids = layer.features.features.map((f) => f.properties?.["@id"]);
      expect(new Set(ids).size, layer.kind).toBe(ids.length);
    }
    expect(count(result, "network")).toBe(245);
    expect(count(result, "green")).toBe(27);
  });
});
