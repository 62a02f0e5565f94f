// The five layers, buildings and residents: inside the neighbourhood, plausible, and unevenly served.
import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, LineString, Point, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { DEMO_FILES, loadDemoFiles, type DemoFileId } from "../../../src/data/demo-layers.ts";
import { nodesNearBox, snap, walkDistances, walkGraph } from "./walk-distance.ts";

const files = await loadDemoFiles();
const area = files.area.features as Feature<Polygon>[];
const boundary = area.find((f) => f.properties?.kind === "neighbourhood")!;
const subarea = (name: string) => area.find((f) => f.properties?.name === name)!;

const vertices = (f: Feature): Position[] =>
  f.geometry.type === "Point" ? [f.geometry.coordinates] : f.geometry.type === "LineString" ? f.geometry.coordinates : f.geometry.type === "Polygon" ? f.geometry.coordinates[0] : [];
const sum = (features: Feature[], key: string) => features.reduce((s, f) => s + (f.properties?.[key] as number), 0);
const inSubarea = (f: Feature<Point>, name: string) => booleanPointInPolygon(f.geometry.coordinates, subarea(name));

describe("demo layers", () => {
  it("has one neighbourhood and three sub-neighbourhoods", () => {
    expect(area.map((f) => [f.properties?.kind, f.properties?.name])).toEqual([
      ["neighbourhood", "Ontmoetingswijk"],
      ["subarea", "Oude Kern"],
      ["subarea", "Spoorzijde"],
      ["subarea", "Kanaalkant"],
    ]);
  });

  it.each(DEMO_FILES.filter((e) => e.id !== "area").map((e) => e.id))("keeps %s inside the boundary", (id: DemoFileId) => {
    const outside = files[id].features.filter((f) => vertices(f).some((p) => !booleanPointInPolygon(p, boundary)));
    expect(outside.map((f) => f.properties?.id)).toEqual([]);
  });

  it("has layer sizes of a real neighbourhood", () => {
    const count = (id: DemoFileId) => files[id].features.length;
    expect(count("meeting")).toBeGreaterThanOrEqual(8);
    expect(count("meeting")).toBeLessThanOrEqual(12);
    expect(count("squares")).toBeGreaterThanOrEqual(6);
    expect(count("squares")).toBeLessThanOrEqual(10);
    expect(count("benches")).toBeGreaterThanOrEqual(80);
    expect(count("benches")).toBeLessThanOrEqual(200);
    expect(count("green")).toBeGreaterThanOrEqual(10);
    expect(count("green")).toBeLessThanOrEqual(20);
    expect(count("vacant")).toBeGreaterThanOrEqual(6);
    expect(count("vacant")).toBeLessThanOrEqual(12);
  });

  it("gives every layer the documented properties", () => {
    const kinds = (id: DemoFileId) => new Set(files[id].features.map((f) => f.properties?.kind));
    expect(kinds("benches")).toEqual(new Set(["bench"]));
    for (const k of kinds("squares")) expect(["square", "pedestrian_area"]).toContain(k);
    for (const k of kinds("green")) expect(["park", "playground", "village_green", "community_garden"]).toContain(k);
    for (const k of kinds("vacant")) expect(["vacant_building", "vacant_land"]).toContain(k);
    for (const f of files.benches.features) expect(["yes", "no"]).toContain(f.properties?.backrest);
    for (const f of files.green.features) expect(f.properties?.area_m2).toBeGreaterThan(1000);
    for (const f of files.vacant.features) expect(["city", "private", "social_housing"]).toContain(f.properties?.owner);
    for (const f of files.meeting.features) expect(f.properties?.opening_hours).toEqual(expect.any(String));
  });

  it("houses 15–25 thousand residents, one point per inhabited building", () => {
    const total = sum(files.buildings.features, "residents");
    expect(total).toBeGreaterThanOrEqual(15000);
    expect(total).toBeLessThanOrEqual(25000);
    expect(sum(files.residents.features, "residents")).toBe(total);
    const byId = new Map(files.buildings.features.map((b) => [b.properties?.id, b.properties?.residents]));
    for (const r of files.residents.features) expect(byId.get(r.properties?.building)).toBe(r.properties?.residents);
    expect(files.residents.features.length).toBe(files.buildings.features.filter((b) => b.properties?.residents > 0).length);
  });

  it("leaves Spoorzijde under-served, with thousands of residents far from any place and vacant candidates", () => {
    const meeting = files.meeting.features as Feature<Point>[];
    const residents = files.residents.features as Feature<Point>[];
    expect(meeting.filter((m) => inSubarea(m, "Spoorzijde")).length).toBeLessThanOrEqual(1);
    expect(meeting.filter((m) => inSubarea(m, "Oude Kern")).length).toBeGreaterThanOrEqual(6);
    const vacantThere = files.vacant.features.filter((v) => booleanPointInPolygon(vertices(v)[0], subarea("Spoorzijde")));
    expect(vacantThere.length).toBeGreaterThanOrEqual(3);

    // A 400 m walk to any meeting place, square or green space.
    const graph = walkGraph(files.streets.features as Feature<LineString>[]);
    const sources: [number, number][] = [
      ...meeting.map((m) => snap(graph, m.geometry.coordinates)),
      ...[...files.squares.features, ...files.green.features].flatMap((p) => nodesNearBox(graph, vertices(p), 12).map((i): [number, number] => [i, 0])),
    ];
    const dist = walkDistances(graph, sources);
    const far = residents.filter((r) => {
      const [node, offset] = snap(graph, r.geometry.coordinates);
      return dist[node] + offset > 400;
    });
    const farThere = far.filter((r) => inSubarea(r, "Spoorzijde"));
    expect(sum(farThere, "residents")).toBeGreaterThan(2000);
    expect(sum(far, "residents") - sum(farThere, "residents")).toBeLessThan(500);
  });
});
