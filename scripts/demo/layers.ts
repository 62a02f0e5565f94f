// The five map layers: squares, green, vacant, meeting places and benches.
import { blockPoint, blockRect, type Cell } from "./blocks.ts";
import type { DemoBuilding } from "./buildings.ts";
import { centroid, distance, signedArea, type XY } from "./geo.ts";
import { CANAL, MEETING_PLACES, VACANT_BUILDINGS, type BuildingPlacement, type OpenUse } from "./plan.ts";
import { between, intBetween, rngFor, type Rng } from "./rng.ts";
import { makeId, point, polygon, type OutFeature, type Props } from "./write.ts";

export interface DemoLayers {
  squares: OutFeature[];
  green: OutFeature[];
  vacant: OutFeature[];
  meeting: OutFeature[];
  benches: OutFeature[];
}

interface OpenSpace {
  cell: Cell;
  use: OpenUse;
  /** Open rectangle in block metres: width, depth (from the block's south edge). */
  width: number;
  depth: number;
}

function openSpaces(cells: Cell[]): OpenSpace[] {
  const out: OpenSpace[] = [];
  for (const cell of cells) {
    const spec = cell.spec;
    if (spec.type === "open") out.push({ cell, use: spec.use, width: cell.width, depth: cell.height });
    if (spec.type === "half") out.push({ cell, use: spec.use, width: cell.width, depth: cell.height / 2 - 3 });
  }
  return out;
}

function openRing(space: OpenSpace): XY[] {
  return blockRect(space.cell, 0, 0, space.width, space.depth);
}

function useProps(use: OpenUse, id: string, ring: XY[]): Props {
  switch (use.layer) {
    case "squares":
      return { id, name: use.name, kind: use.kind, surface: use.surface };
    case "green":
      return { id, name: use.name, kind: use.kind, area_m2: Math.round(Math.abs(signedArea(ring))) };
    case "vacant":
      return { id, name: use.name, kind: use.kind, since: use.since, owner: use.owner };
  }
}

/** The free building of a block nearest the middle of its south or north edge. */
function takeBuilding(cells: Map<string, Cell>, buildings: DemoBuilding[], taken: Set<DemoBuilding>, place: BuildingPlacement): DemoBuilding {
  const cell = cells.get(`${place.zone}:${place.col},${place.row}`);
  if (!cell) throw new Error(`no block ${place.zone} ${place.col},${place.row}`);
  const anchor = blockPoint(cell, cell.width / 2, place.side === "south" ? 0 : cell.height);
  let best: DemoBuilding | undefined;
  for (const b of buildings) {
    if (b.cell !== cell.key || taken.has(b)) continue;
    if (!best || distance(centroid(b.ring), anchor) < distance(centroid(best.ring), anchor)) best = b;
  }
  if (!best) throw new Error(`no free building in ${cell.key}`);
  taken.add(best);
  return best;
}

/** Benches every `spacing` metres around a rectangle in block metres, some gaps left. */
function benchesAround(cell: Cell, rng: Rng, box: [number, number, number, number], spacing: number, keep: number): XY[] {
  const [a0, b0, a1, b1] = box;
  const corners: [number, number][] = [[a0, b0], [a1, b0], [a1, b1], [a0, b1]];
  const out: XY[] = [];
  corners.forEach(([ax, ay], i) => {
    const [bx, by] = corners[(i + 1) % 4];
    const length = Math.hypot(bx - ax, by - ay);
    for (let s = spacing / 2; s < length; s += spacing) {
      if (rng() > keep) continue;
      const t = s / length;
      out.push(blockPoint(cell, ax + (bx - ax) * t, ay + (by - ay) * t));
    }
  });
  return out;
}

function benchesFor(space: OpenSpace): XY[] {
  const rng = rngFor(`benches:${space.cell.key}`);
  const inner = (m: number): [number, number, number, number] => [m, m, space.width - m, space.depth - m];
  switch (space.use.layer === "green" ? space.use.kind : space.use.layer) {
    case "squares":
      return benchesAround(space.cell, rng, inner(3), 22, 0.7);
    case "park":
    case "village_green":
      return benchesAround(space.cell, rng, inner(5), 30, 0.5);
    case "playground":
      return benchesAround(space.cell, rng, inner(space.depth / 3), 25, 0.6);
    case "community_garden":
      return [blockPoint(space.cell, space.width / 2, space.depth / 2)];
    default:
      return [];
  }
}

/** Benches on the quays, between the quay street and the water. */
function quayBenches(): XY[] {
  const rng = rngFor("benches:quays");
  const out: XY[] = [];
  for (const [y, from, to, step] of [[CANAL.south - 2.5, -700, 300, 65], [CANAL.north + 2.5, -700, 300, 90]]) {
    for (let x = from; x <= to; x += step) if (rng() < 0.75) out.push([x + between(rng, -10, 10), y]);
  }
  return out;
}

export function buildLayers(cells: Cell[], buildings: DemoBuilding[]): DemoLayers {
  const spaces = openSpaces(cells);
  const byLayer = (layer: OpenUse["layer"]): OutFeature[] =>
    spaces
      .filter((s) => s.use.layer === layer)
      .map((s, i) => {
        const ring = openRing(s);
        return { properties: useProps(s.use, makeId(layer === "squares" ? "square" : layer, i, 2), ring), geometry: polygon(ring) };
      });

  const cellByKey = new Map(cells.map((c) => [c.key, c]));
  const taken = new Set<DemoBuilding>();
  const meeting = MEETING_PLACES.map((m, i) => {
    const b = takeBuilding(cellByKey, buildings, taken, m);
    b.kind = "civic";
    b.residents = 0;
    return { properties: { id: makeId("meeting", i, 2), name: m.name, kind: m.kind, opening_hours: m.opening_hours }, geometry: point(centroid(b.ring)) };
  });
  const vacantLand = byLayer("vacant");
  const vacantBuildings = VACANT_BUILDINGS.map((v, i) => {
    const b = takeBuilding(cellByKey, buildings, taken, v);
    b.residents = 0;
    const id = makeId("vacant", vacantLand.length + i, 2);
    return { properties: { id, name: v.name, kind: "vacant_building", since: v.since, owner: v.owner }, geometry: polygon(b.ring) };
  });

  const benchRng = rngFor("benches:props");
  const benchPoints = [...spaces.flatMap(benchesFor), ...quayBenches()];
  const benches = benchPoints.map((p, i) => ({
    properties: { id: makeId("bench", i, 3), kind: "bench", backrest: benchRng() < 0.6 ? "yes" : "no", seats: intBetween(benchRng, 2, 4) },
    geometry: point(p),
  }));

  return { squares: byLayer("squares"), green: byLayer("green"), vacant: [...vacantLand, ...vacantBuildings], meeting, benches };
}
