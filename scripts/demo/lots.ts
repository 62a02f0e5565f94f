// The buildable land of a block: its ring pulled back from the street centre lines, and, for a
// block that is half square or park, its northern (built) and southern (open) part.
import { lerp, type XY } from "./geo.ts";
import type { Block } from "./blocks.ts";
import { clipLeft, insetRing, left, scale, sub, unit, add, type FlaggedRing } from "./poly.ts";

/** Half a street plus pavement: building fronts stand this far from the centre line. */
const INSET = 7;
/** Where a block has no street (the villa edge), plots run almost to the line. */
const BACK_INSET = 2;
/** A footway between a square and the houses behind it. */
const HALF_GAP = 3;

export function blockLot(block: Block): FlaggedRing {
  return { ring: insetRing(block.ring, (i) => (block.street[i] ? INSET : BACK_INSET)), street: block.street };
}

/** The line across the block's middle, parallel to its southern street: [origin, east-pointing direction]. */
function middleLine(block: Block, at: number): [XY, XY] {
  const [sw, se, ne, nw] = block.corners;
  return [lerp(lerp(sw, se, 0.5), lerp(nw, ne, 0.5), at), unit(sub(se, sw))];
}

/** The part north of a line `at` of the way from the southern to the northern street. */
export function northPart(block: Block, at: number): FlaggedRing {
  const [origin, dir] = middleLine(block, at);
  return clipLeft(blockLot(block), origin, dir);
}

/** The open southern half: a square or park in front of the houses. */
export function southHalf(block: Block): XY[] {
  const [origin, dir] = middleLine(block, 0.5);
  return clipLeft(blockLot(block), add(origin, scale(left(dir), -HALF_GAP)), scale(dir, -1)).ring;
}
