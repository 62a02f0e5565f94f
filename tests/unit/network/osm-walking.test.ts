import { describe, expect, it } from "vitest";
import type { Feature, Geometry, Position } from "geojson";
import { sortOsmFeatures } from "../../../src/data/osm/sort-osm.ts";
import { buildNetwork, CROSSING } from "../../../src/analysis/network.ts";

// Small squares near Antwerp in degrees: 0.001° ≈ 70 m east, 111 m north.
const sq = (x0: number, y0: number, d: number): Position[] => [[x0, y0], [x0 + d, y0], [x0 + d, y0 + d], [x0, y0 + d], [x0, y0]];
const osm = (id: string, tags: Record<string, string>, geometry: Geometry): Feature => ({ type: "Feature", id, geometry, properties: { ...tags, "@id": id } });
const ids = (features: Feature[] | undefined) => (features ?? []).map((f) => f.properties?.["@id"]).sort();

describe("OpenStreetMap walking rules", () => {
  const A = sq(4.4, 51.2, 0.001), B = sq(4.41, 51.2, 0.001), C = sq(4.42, 51.2, 0.001), D = sq(4.43, 51.2, 0.001);
  const features = [
    osm("way/1", { highway: "pedestrian", area: "yes" }, { type: "Polygon", coordinates: [A] }),
    osm("way/2", { highway: "footway" }, { type: "LineString", coordinates: [[4.399, 51.2], A[0]] }),
    // A square a footway comes onto through its corner.
    osm("way/3", { place: "square", name: "Plein" }, { type: "Polygon", coordinates: [B] }),
    osm("way/4", { highway: "footway" }, { type: "LineString", coordinates: [[4.409, 51.2], B[0]] }),
    // A square a path crosses (vertices inside, none shared).
    osm("way/5", { place: "square" }, { type: "Polygon", coordinates: [C] }),
    osm("way/6", { highway: "path" }, { type: "LineString", coordinates: [[4.4195, 51.2005], [4.4205, 51.2005], [4.4215, 51.2005]] }),
    // A square no path reaches: a place, no shortcut.
    osm("way/7", { place: "square" }, { type: "Polygon", coordinates: [D] }),
    osm("relation/8", { highway: "pedestrian", type: "multipolygon" }, { type: "MultiPolygon", coordinates: [[sq(4.44, 51.2, 0.001)], [sq(4.45, 51.2, 0.001)]] }),
    osm("way/9", { highway: "footway", foot: "private" }, { type: "LineString", coordinates: [A[1], [4.402, 51.2]] }),
    osm("way/10", { "area:highway": "pedestrian" }, { type: "Polygon", coordinates: [sq(4.46, 51.2, 0.001)] }),
  ];

  it("keeps pedestrian areas and multipolygons whole in the network, and adds the squares a path comes onto", () => {
    const { byKind } = sortOsmFeatures(features);
    const network = byKind.get("network")!;
    expect(ids(network)).toEqual(["relation/8", "way/1", "way/10", "way/2", "way/3", "way/4", "way/5", "way/6"]);
    const geometry = (id: string) => network.find((f) => f.properties?.["@id"] === id)!.geometry.type;
    expect([geometry("way/1"), geometry("relation/8"), geometry("way/10"), geometry("way/3")]).toEqual(["Polygon", "MultiPolygon", "Polygon", "Polygon"]);
    expect(ids(byKind.get("squares"))).toEqual(["relation/8", "way/1", "way/10", "way/3", "way/5", "way/7"]);
    expect(ids(byKind.get("context"))).toContain("way/9"); // foot=private
  });

  it("the network builder crosses each of them: the path on square C reaches its corners", () => {
    const network = sortOsmFeatures(features).byKind.get("network")!;
    const net = buildNetwork(network);
    const crossingsOf = (id: string) => {
      const fi = network.findIndex((f) => f.properties?.["@id"] === id);
      return Array.from({ length: net.edgeCount }, (_, e) => e).filter((e) => net.edgeFeature[e] === fi && net.edgePart[e] === CROSSING).length;
    };
    // 4 corners: the 2 diagonals (2 per part of the multipolygon). Square C: 4 corners and the
    // path's middle vertex inside, 10 pairs less the 4 sides.
    expect([crossingsOf("way/1"), crossingsOf("way/3"), crossingsOf("way/5"), crossingsOf("relation/8")]).toEqual([2, 2, 6, 4]);
    const path = network.findIndex((f) => f.properties?.["@id"] === "way/6");
    const square = network.findIndex((f) => f.properties?.["@id"] === "way/5");
    const compOfFeature = (fi: number) => net.component[net.edgeFrom[net.edgeFeature.indexOf(fi)]];
    expect(compOfFeature(path)).toBe(compOfFeature(square));
  });
});
