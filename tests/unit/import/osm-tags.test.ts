import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyTags } from "../../../src/data/osm/classify.ts";
import { CONTEXT_KEYS, LIFECYCLE_NOT_A_PLACE, TAG_TABLE, WALKABLE_HIGHWAYS } from "../../../src/data/osm/tag-table.ts";
import { repoRoot } from "./helpers.ts";

describe("OpenStreetMap tag table", () => {
  it.each([
    [{ amenity: "bench" }, false, ["benches"]],
    [{ place: "square" }, false, ["squares"]],
    [{ highway: "pedestrian", area: "yes" }, true, ["squares", "network"]],
    [{ highway: "pedestrian" }, false, ["network"]],
    [{ leisure: "playground" }, true, ["green"]],
    [{ landuse: "village_green" }, true, ["green"]],
    [{ historic: "ruins" }, true, ["vacant"]],
    [{ "disused:shop": "bakery", building: "retail" }, true, ["vacant"]],
    [{ "abandoned:amenity": "school" }, true, ["vacant"]],
    [{ "disused:boundary": "administrative" }, true, []],
    [{ landuse: "brownfield" }, true, ["vacant"]],
    [{ amenity: "library" }, false, ["meeting"]],
    [{ amenity: "social_facility", "social_facility:for": "juvenile" }, false, ["meeting"]],
    [{ amenity: "social_facility", "social_facility:for": "senior" }, false, ["context"]],
    [{ amenity: "community_centre", community_centre: "youth_centre" }, false, ["meeting"]],
    [{ highway: "footway" }, false, ["network"]],
    [{ highway: "residential", foot: "no" }, false, ["context"]],
    [{ highway: "service", access: "private" }, false, ["context"]],
    [{ highway: "service", access: "private", foot: "yes" }, false, ["network"]],
    [{ highway: "primary", foot: "private" }, false, ["context"]],
    [{ highway: "footway", access: "private", foot: "private" }, false, ["context"]],
    [{ highway: "cycleway", foot: "private" }, false, ["context"]],
    [{ "area:highway": "pedestrian" }, true, ["squares", "network"]],
    [{ "area:highway": "pedestrian", foot: "private" }, true, ["squares"]],
    [{ highway: "pedestrian", area: "yes", foot: "private" }, true, ["squares"]],
    [{ place: "square" }, true, ["squares"]], // joins the network only where a path comes onto it (sort-osm)
    [{ highway: "motorway" }, false, ["context"]],
    [{ highway: "trunk" }, false, ["context"]],
    [{ highway: "cycleway" }, false, ["context"]],
    [{ highway: "cycleway", foot: "designated" }, false, ["network"]],
    [{ "addr:housenumber": "12" }, false, []],
  ])("%j (area %s) → %j", (tags, isArea, kinds) => {
    expect(classifyTags(tags, isArea)).toEqual(kinds);
  });

  it("is documented: every key and value of the table appears in docs/osm-tags.md", () => {
    const doc = readFileSync(path.join(repoRoot, "docs/osm-tags.md"), "utf8");
    // Tokens inside `code` spans: "`leisure=park`" gives "leisure" and "park".
    const documented = new Set([...doc.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1].split(/[^a-z0-9_:]+/)));
    const words = new Set<string>([...CONTEXT_KEYS, ...LIFECYCLE_NOT_A_PLACE.map((k) => `disused:${k}`), ...WALKABLE_HIGHWAYS]);
    for (const rule of TAG_TABLE) {
      for (const c of [...rule.when, ...(rule.unless ?? []).flat()]) {
        if ("key" in c) [c.key, ...(c.values ?? [])].forEach((w) => words.add(w));
      }
    }
    const missing = [...words].filter((w) => !documented.has(w));
    expect(missing).toEqual([]);
  });
});
