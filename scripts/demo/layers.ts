// The five map layers: squares, green, vacant, meeting places and benches.
import type { Block } from "./blocks.ts";
import { benchesFor, quayBenches } from "./benches.ts";
import type { DemoBuilding } from "./buildings.ts";
import { centroid, distance, lerp, signedArea, type XY } from "./geo.ts";
import { blockLot, southHalf } from "./lots.ts";
import { MEETING_PLACES, VACANT_BUILDINGS, type BuildingPlacement, type OpenUse } from "./plan.ts";
import { intBetween, rngFor } from "./rng.ts";
import { makeId, point, polygon, type OutFeature, type Props } from "./write.ts";
import type { OpenSpace } from "./open-space.ts";

export interface DemoLayers {
  squares: OutFeature[];
  green: OutFeature[];
  vacant: OutFeature[];
  meeting: OutFeature[];
  benches: OutFeature[];
}

export type { OpenSpace } from "./open-space.ts";

function openSpaces(blocks: Block[]): OpenSpace[] {
  const out: OpenSpace[] = [];
  for (const block of blocks) {
    const spec = block.spec;
    if (spec.type === "open") out.push({ block, use: spec.use, ring: blockLot(block).ring });
    if (spec.type === "half") out.push({ block, use: spec.use, ring: southHalf(block) });
  }
  return out;
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

/** The free building of a grid cell nearest the middle of its southern or northern street. */
function takeBuilding(blocks: Block[], buildings: DemoBuilding[], taken: Set<DemoBuilding>, place: BuildingPlacement): DemoBuilding {
  const here = blocks.filter((b) => b.zone === place.zone && b.col === place.col && b.row === place.row);
  if (here.length === 0) throw new Error(`no block ${place.zone} ${place.col},${place.row}`);
  const [sw, se, ne, nw] = here[0].corners;
  const anchor = place.side === "south" ? lerp(sw, se, 0.5) : lerp(nw, ne, 0.5);
  const keys = new Set(here.map((b) => b.key));
  let best: DemoBuilding | undefined;
  for (const b of buildings) {
    if (!keys.has(b.cell) || taken.has(b)) continue;
    if (!best || distance(centroid(b.ring), anchor) < distance(centroid(best.ring), anchor)) best = b;
  }
  if (!best) throw new Error(`no free building in ${place.zone} ${place.col},${place.row}`);
  taken.add(best);
  return best;
}

export function buildLayers(blocks: Block[], buildings: DemoBuilding[]): DemoLayers {
  const spaces = openSpaces(blocks);
  const byLayer = (layer: OpenUse["layer"]): OutFeature[] =>
    spaces
      .filter((s) => s.use.layer === layer)
      .map((s, i) => {
        return { properties: useProps(s.use, makeId(layer === "squares" ? "square" : layer, i, 2), s.ring), geometry: polygon(s.ring) };
      });

  const taken = new Set<DemoBuilding>();
  const meeting = MEETING_PLACES.map((m, i) => {
    const b = takeBuilding(blocks, buildings, taken, m);
    b.kind = "civic";
    b.residents = 0;
    return { properties: { id: makeId("meeting", i, 2), name: m.name, kind: m.kind, opening_hours: m.opening_hours }, geometry: point(centroid(b.ring)) };
  });
  const vacantLand = byLayer("vacant");
  const vacantBuildings = VACANT_BUILDINGS.map((v, i) => {
    const b = takeBuilding(blocks, buildings, taken, v);
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
