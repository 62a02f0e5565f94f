// Building footprints per block type: row houses along the block edges, slabs, villas, halls.
import { blockRect, type Cell } from "./blocks.ts";
import { signedArea, type XY } from "./geo.ts";
import type { BuildingKind } from "./plan.ts";
import { between, intBetween, rngFor, type Rng } from "./rng.ts";

export interface DemoBuilding {
  ring: XY[];
  kind: BuildingKind;
  levels: number;
  residents: number;
  cell: string;
}

const ROW_DEPTH = 11;
type Side = "south" | "north" | "west" | "east";

/** Floor space per resident differs by housing type (m² per person). */
function residentsFor(kind: BuildingKind, ring: XY[], levels: number, rng: Rng): number {
  const floor = Math.abs(signedArea(ring)) * levels;
  switch (kind) {
    case "house":
      return Math.max(1, Math.round((floor / 62) * between(rng, 0.7, 1.3)));
    case "shop":
      return Math.round((floor * 0.5) / 62); // flat above the shop
    case "apartment":
      return Math.round((floor / 42) * between(rng, 0.85, 1.15));
    default:
      return 0;
  }
}

function building(cell: Cell, rng: Rng, ring: XY[], kind: BuildingKind, levels: number): DemoBuilding {
  return { ring, kind, levels, residents: residentsFor(kind, ring, levels, rng), cell: cell.key };
}

/** Narrow plots side by side along one block edge, between `from` and `to` metres. */
function rowStrip(cell: Cell, rng: Rng, side: Side, from: number, to: number): DemoBuilding[] {
  const spec = cell.spec;
  const levels: [number, number] = spec.type === "rows" ? spec.levels : [2, 3];
  const shopShare = spec.type === "rows" && (side === "south" || side === "north") ? spec.shops : 0;
  const out: DemoBuilding[] = [];
  let start = from;
  while (to - start >= 4) {
    let end = start + between(rng, 5.5, 8);
    if (to - end < 4) end = to; // a sliver left over joins the last plot
    const depth = between(rng, ROW_DEPTH - 2, ROW_DEPTH);
    const ring =
      side === "south" ? blockRect(cell, start, 0, end, depth)
      : side === "north" ? blockRect(cell, start, cell.height - depth, end, cell.height)
      : side === "west" ? blockRect(cell, 0, start, depth, end)
      : blockRect(cell, cell.width - depth, start, cell.width, end);
    const kind: BuildingKind = rng() < shopShare ? "shop" : "house";
    out.push(building(cell, rng, ring, kind, intBetween(rng, levels[0], levels[1])));
    start = end;
  }
  return out;
}

function perimeter(cell: Cell, rng: Rng): DemoBuilding[] {
  const { width: w, height: h } = cell;
  return [
    ...rowStrip(cell, rng, "south", 0, w),
    ...rowStrip(cell, rng, "east", ROW_DEPTH, h - ROW_DEPTH),
    ...rowStrip(cell, rng, "north", 0, w),
    ...rowStrip(cell, rng, "west", ROW_DEPTH, h - ROW_DEPTH),
  ];
}

/** Houses on the north half only; the south half is open (a square or a park). */
function halfBlock(cell: Cell, rng: Rng, landmark?: { kind: BuildingKind; levels: number }): DemoBuilding[] {
  const { width: w, height: h } = cell;
  const out = [
    ...rowStrip(cell, rng, "east", h / 2, h - ROW_DEPTH),
    ...rowStrip(cell, rng, "north", 0, w),
    ...rowStrip(cell, rng, "west", h / 2, h - ROW_DEPTH),
  ];
  if (landmark) out.push(building(cell, rng, blockRect(cell, w * 0.3, h / 2 + 2, w * 0.7, h - ROW_DEPTH - 3), landmark.kind, landmark.levels));
  return out;
}

/** Post-war slabs along the long edges, split when the block is long. */
function slabs(cell: Cell, rng: Rng, levels: [number, number]): DemoBuilding[] {
  const { width: w, height: h } = cell;
  const spans: [number, number][] = w > 80 ? [[6, w / 2 - 4], [w / 2 + 4, w - 6]] : [[6, w - 6]];
  const out: DemoBuilding[] = [];
  for (const [b0, b1] of [[5, 17], [h - 17, h - 5]]) {
    for (const [a0, a1] of spans) out.push(building(cell, rng, blockRect(cell, a0, b0, a1, b1), "apartment", intBetween(rng, levels[0], levels[1])));
  }
  return out;
}

/** Detached houses in two loose rows, some plots left empty. */
function villas(cell: Cell, rng: Rng): DemoBuilding[] {
  const out: DemoBuilding[] = [];
  for (const b of [8, cell.height - 22]) {
    for (let a = 6; a + 12 <= cell.width - 6; a += 30) {
      if (rng() < 0.2) continue;
      const ring = blockRect(cell, a, b, a + between(rng, 10, 13), b + between(rng, 10, 13));
      out.push({ ring, kind: "house", levels: 2, residents: intBetween(rng, 2, 5), cell: cell.key });
    }
  }
  return out;
}

function halls(cell: Cell, rng: Rng): DemoBuilding[] {
  const { width: w, height: h } = cell;
  const out: DemoBuilding[] = [];
  for (const [b0, b1] of [[4, h * 0.45], [h * 0.55, h - 4]]) {
    if (rng() < 0.15) continue; // an empty yard
    out.push(building(cell, rng, blockRect(cell, 4, b0, w - 4, b1), "industrial", intBetween(rng, 1, 2)));
  }
  return out;
}

export function buildingsForCell(cell: Cell): DemoBuilding[] {
  const rng = rngFor(`buildings:${cell.key}`);
  const spec = cell.spec;
  switch (spec.type) {
    case "rows":
      return perimeter(cell, rng);
    case "half":
      return halfBlock(cell, rng, spec.landmark);
    case "apartments":
      return slabs(cell, rng, spec.levels);
    case "villas":
      return villas(cell, rng);
    case "industrial":
      return halls(cell, rng);
    case "institution":
      return [building(cell, rng, blockRect(cell, cell.width * 0.12, cell.height * 0.4, cell.width * 0.88, cell.height - 6), spec.kind, spec.levels)];
    case "open":
      return [];
  }
}
