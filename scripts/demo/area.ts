// Boundary, sub-neighbourhoods and the two barriers (canal, railway).
import { rect } from "./geo.ts";
import { CANAL, HALF_SIZE, NEIGHBOURHOOD_NAME, RAIL, SUBAREAS } from "./plan.ts";
import { line, polygon, type OutFeature } from "./write.ts";

export function buildArea(): OutFeature[] {
  return [
    { properties: { id: "area-ontmoetingswijk", kind: "neighbourhood", name: NEIGHBOURHOOD_NAME }, geometry: polygon(rect(-HALF_SIZE, -HALF_SIZE, HALF_SIZE, HALF_SIZE)) },
    ...SUBAREAS.map((s) => ({ properties: { id: `area-${s.id}`, kind: "subarea", name: s.name }, geometry: polygon(rect(...s.box)) })),
  ];
}

export function buildWater(): OutFeature[] {
  return [{ properties: { id: "water-01", kind: "water", name: CANAL.name }, geometry: polygon(rect(-HALF_SIZE, CANAL.south, HALF_SIZE, CANAL.north)) }];
}

export function buildRailway(): OutFeature[] {
  const ys = [-HALF_SIZE, -250, 250, HALF_SIZE];
  return [{ properties: { id: "rail-01", kind: "rail", name: RAIL.name }, geometry: line(ys.map((y) => [RAIL.x, y])) }];
}
