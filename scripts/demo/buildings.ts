// Building footprints per block type: row houses along the streets, slabs, villas, halls, and the
// few landmarks, all laid out in the block's own shape rather than on a north-up grid.
import type { Block } from "./blocks.ts";
import { rowDepth, rowHouses } from "./frontage.ts";
import { centroid, distance, signedArea, type XY } from "./geo.ts";
import { blockLot, northPart } from "./lots.ts";
import type { BuildingKind } from "./plan.ts";
import { fitsInside, frameExtent, framePoint, frameRect, insetRing, left, longestEdgeFrame, sub, unit, type FlaggedRing, type Frame } from "./poly.ts";
import { between, intBetween, rngFor, type Rng } from "./rng.ts";

export interface DemoBuilding {
  ring: XY[];
  kind: BuildingKind;
  levels: number;
  residents: number;
  cell: string;
}

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

function building(block: Block, rng: Rng, ring: XY[], kind: BuildingKind, levels: number): DemoBuilding {
  return { ring, kind, levels, residents: residentsFor(kind, ring, levels, rng), cell: block.key };
}

/** Row houses on every street edge; corner houses on busy blocks are more often shops. */
function rows(block: Block, rng: Rng, lot: FlaggedRing, levels: [number, number], shops: number): DemoBuilding[] {
  const out: DemoBuilding[] = [];
  rowHouses(lot, rng, (ring, corner) => {
    const kind: BuildingKind = rng() < (corner ? Math.min(1, shops * 2) : shops) ? "shop" : "house";
    out.push(building(block, rng, ring, kind, intBetween(rng, levels[0], levels[1])));
  });
  return out;
}

interface Strip {
  /** Offset of the strip's near side from the block's centroid, across the block's long axis. */
  at: number;
  depth: [number, number];
  length: [number, number];
  gap: [number, number];
  margin: number;
  /** Share of plots left empty. */
  skip: number;
  /** How far (m) each building may stand forward or back of the strip line. */
  stagger?: number;
}

/** Rectangles along one strip of a block, each kept only where it fits inside the lot. */
function strip(lot: XY[], frame: Frame, rng: Rng, s: Strip): XY[][] {
  const [a0, , a1] = frameExtent(frame, lot);
  const out: XY[][] = [];
  for (let a = a0 + s.margin; a < a1 - s.margin; ) {
    const depth = between(rng, ...s.depth);
    const at = s.at + between(rng, -1, 1) * (s.stagger ?? 0);
    let length = between(rng, ...s.length);
    while (length >= s.length[0] * 0.6 && !fitsInside(frameRect(frame, a, at, a + length, at + depth), lot, s.margin)) length -= 5;
    if (length < s.length[0] * 0.6) {
      a += 5;
      continue;
    }
    if (rng() >= s.skip) out.push(frameRect(frame, a, at, a + length, at + depth));
    a += length + between(rng, ...s.gap);
  }
  return out;
}

/** The block's axes from its grid corners: rows run along its longer pair of streets. */
function blockFrame(block: Block, lot: XY[]): Frame {
  const [sw, se, , nw] = block.corners;
  const u = distance(sw, se) >= distance(sw, nw) ? unit(sub(se, sw)) : unit(sub(sw, nw));
  return { origin: centroid(lot), u, v: left(u) };
}

/** Strips from one long side of the block to the other, `pitch` metres apart. */
function strips(block: Block, rng: Rng, pitch: number, s: Omit<Strip, "at">): XY[][] {
  const lot = blockLot(block).ring;
  const frame = blockFrame(block, lot);
  const [, b0, , b1] = frameExtent(frame, lot);
  const out: XY[][] = [];
  for (let b = b0 + s.margin; b + s.depth[0] <= b1 - s.margin; b += pitch) out.push(...strip(lot, frame, rng, { ...s, at: b }));
  return out;
}

/** Post-war slabs in parallel rows with lawns between them. */
function slabs(block: Block, rng: Rng, levels: [number, number]): DemoBuilding[] {
  return strips(block, rng, 34, { depth: [11, 13], length: [40, 75], gap: [10, 16], margin: 4, skip: 0 }).map((r) => building(block, rng, r, "apartment", intBetween(rng, levels[0], levels[1])));
}

/**
 * Detached houses in one row along the block's cul-de-sac (cul-de-sacs run on even grid rows,
 * so on the south side of an even-row block, the north side of an odd one), gardens behind.
 */
function villas(block: Block, rng: Rng): DemoBuilding[] {
  const lot = blockLot(block).ring;
  const frame = blockFrame(block, lot);
  const [, b0, , b1] = frameExtent(frame, lot);
  const depth: [number, number] = [11, 15];
  const at = block.row % 2 === 0 ? b0 + 9 : b1 - 9 - depth[1];
  return strip(lot, frame, rng, { at, depth, length: [11, 16], gap: [9, 16], margin: 6, skip: 0.15, stagger: 3 }).map((ring) => ({ ring, kind: "house" as const, levels: 2, residents: intBetween(rng, 2, 5), cell: block.key }));
}

function halls(block: Block, rng: Rng): DemoBuilding[] {
  return strips(block, rng, 48, { depth: [30, 40], length: [35, 80], gap: [8, 14], margin: 4, skip: 0.15 }).map((r) => building(block, rng, r, "industrial", intBetween(rng, 1, 2)));
}

/** A school or civic hall filling the back of its block, set back from the streets. */
function institution(block: Block, rng: Rng, kind: BuildingKind, levels: number): DemoBuilding[] {
  const ring = insetRing(northPart(block, 0.35).ring, () => 4);
  return [building(block, rng, ring, kind, levels)];
}

/** A Latin cross (nave and transept) in frame metres, nave along the block's long axis. */
const CROSS: [number, number][] = [[-20, -6], [6, -6], [6, -12], [16, -12], [16, -6], [20, -6], [20, 6], [16, 6], [16, 12], [6, 12], [6, 6], [-20, 6]];

/** A landmark (the church) stands free behind the square, as large as the space behind the houses allows. */
function landmark(block: Block, rng: Rng, lot: FlaggedRing, kind: BuildingKind, levels: number): DemoBuilding[] {
  const free = insetRing(lot.ring, (i) => (lot.street[i] ? rowDepth(lot) + 2 : 1));
  const frame = longestEdgeFrame(free);
  for (const s of [1, 0.85, 0.7, 0.55]) {
    const ring = CROSS.map(([a, b]) => framePoint(frame, a * s, b * s));
    if (fitsInside(ring, free, 0)) return [building(block, rng, ring, kind, levels)];
  }
  return [];
}

export function buildingsForBlock(block: Block): DemoBuilding[] {
  const rng = rngFor(`buildings:${block.key}`);
  const spec = block.spec;
  switch (spec.type) {
    case "rows":
      return rows(block, rng, blockLot(block), spec.levels, spec.shops);
    case "half": {
      const north = northPart(block, 0.5);
      const houses = rows(block, rng, north, [2, 3], 0);
      return spec.landmark ? [...houses, ...landmark(block, rng, north, spec.landmark.kind, spec.landmark.levels)] : houses;
    }
    case "apartments":
      return slabs(block, rng, spec.levels);
    case "villas":
      return villas(block, rng);
    case "industrial":
      return halls(block, rng);
    case "institution":
      return institution(block, rng, spec.kind, spec.levels);
    case "open":
      return [];
  }
}
