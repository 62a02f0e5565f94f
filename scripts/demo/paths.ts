// Footpaths through parks and greens: from each street corner of the block, in a gentle curve,
// to a shared meeting point in the middle (so the paths join the street graph at its vertices).
import type { Block } from "./blocks.ts";
import { centroid, lerp, type XY } from "./geo.ts";
import { blockLot } from "./lots.ts";
import { add, left, scale, sub, unit } from "./poly.ts";
import { between, rngFor } from "./rng.ts";

export function parkPaths(blocks: Block[]): XY[][] {
  return blocks
    .filter((b) => b.spec.type === "open" && b.spec.footpath)
    .flatMap((block) => {
      const rng = rngFor(`paths:${block.key}`);
      const centre = centroid(blockLot(block).ring);
      return block.nodes.map((node) => {
        const bend = scale(left(unit(sub(centre, node))), between(rng, -6, 6));
        return [node, add(lerp(node, centre, 0.5), bend), centre];
      });
    });
}
