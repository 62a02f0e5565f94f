// Buildings as features, and one residents point per inhabited building for the coverage engine.
import type { DemoBuilding } from "./buildings.ts";
import { centroid } from "./geo.ts";
import { makeId, point, polygon, type OutFeature } from "./write.ts";

export function buildingFeatures(buildings: DemoBuilding[]): OutFeature[] {
  return buildings.map((b, i) => ({
    properties: { id: makeId("building", i, 4), kind: b.kind, levels: b.levels, residents: b.residents },
    geometry: polygon(b.ring),
  }));
}

export function residentPoints(buildings: DemoBuilding[]): OutFeature[] {
  const out: OutFeature[] = [];
  buildings.forEach((b, i) => {
    if (b.residents <= 0) return;
    out.push({ properties: { id: makeId("residents", out.length, 4), residents: b.residents, building: makeId("building", i, 4) }, geometry: point(centroid(b.ring)) });
  });
  return out;
}
