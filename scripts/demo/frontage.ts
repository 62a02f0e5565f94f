// Row houses: narrow plots side by side along every street edge of a lot, each as deep as its own
// back wall, with a corner house where two streets meet; the block interior stays back gardens.
import { distance, type XY } from "./geo.ts";
import { add, inradius, interiorAngle, left, scale, sub, unit, type FlaggedRing } from "./poly.ts";
import { between, type Rng } from "./rng.ts";

const ROW_DEPTH = 11.5;
/** Corners sharper than this leave an open tip (a tiny square) instead of a long wedge house. */
const MAX_CORNER_SETBACK = 16;
/** Corners flatter than this need no corner house: the two rows simply continue. */
const FLAT_CORNER = (150 * Math.PI) / 180;

/** How deep row houses can be in this lot without meeting those of the opposite street. */
export function rowDepth(lot: FlaggedRing): number {
  return Math.min(ROW_DEPTH, 0.75 * inradius(lot.ring));
}

/**
 * Calls `plot` with each house footprint (counter-clockwise) and whether it is a corner house.
 * Along a street edge the rows keep back from each corner by depth / tan(angle / 2), exactly
 * where the back walls of the two rows meet, so neighbouring rows never overlap.
 */
export function rowHouses(lot: FlaggedRing, rng: Rng, plot: (ring: XY[], corner: boolean) => void): void {
  const { ring, street } = lot;
  const n = ring.length;
  const depth = rowDepth(lot);
  if (depth < 5) return; // a sliver between streets: left as a pavement
  const angles = ring.map((_, i) => interiorAngle(ring, i));
  const setback = angles.map((a) => (a < Math.PI ? depth / Math.tan(a / 2) : 0));
  for (let i = 0; i < n; i++) {
    const prev = (i + n - 1) % n;
    const a = ring[i];
    const b = ring[(i + 1) % n];
    const u = unit(sub(b, a));
    const inward = left(u);
    if (street[i] && street[prev] && angles[i] < FLAT_CORNER && setback[i] <= MAX_CORNER_SETBACK) {
      const back = unit(sub(ring[prev], a));
      plot([a, add(a, scale(u, setback[i])), add(add(a, scale(u, setback[i])), scale(inward, depth)), add(a, scale(back, setback[i]))], true);
    }
    if (!street[i]) continue;
    const end = distance(a, b) - setback[(i + 1) % n];
    for (let s = setback[i]; end - s >= 4; ) {
      let e = s + between(rng, 5.5, 8);
      if (end - e < 4) e = end; // a sliver left over joins the last plot
      const d = between(rng, depth * 0.75, depth);
      const front0 = add(a, scale(u, s));
      const front1 = add(a, scale(u, e));
      plot([front0, front1, add(front1, scale(inward, d)), add(front0, scale(inward, d))], false);
      s = e;
    }
  }
}
