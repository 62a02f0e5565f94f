// Benches where people sit: along park paths, around the edge of squares and playgrounds, on the quays.
import { centroid, distance, lerp, type XY } from "./geo.ts";
import type { OpenSpace } from "./open-space.ts";
import { parkPaths } from "./paths.ts";
import { CANAL } from "./plan.ts";
import { add, insetRing, left, scale, sub, unit } from "./poly.ts";
import { between, rngFor, type Rng } from "./rng.ts";

/** Points every `spacing` metres along a polyline, `side` metres to its left, some left out. */
function along(points: XY[], rng: Rng, spacing: number, first: number, side: number, keep: number): XY[] {
  const out: XY[] = [];
  let next = first;
  let walked = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const length = distance(a, b);
    for (; next <= walked + length; next += spacing) {
      if (rng() > keep) continue;
      out.push(add(lerp(a, b, (next - walked) / length), scale(left(unit(sub(b, a))), side)));
    }
    walked += length;
  }
  return out;
}

/** Around the inside of an open space's edge, `margin` metres in. */
function around(ring: XY[], rng: Rng, margin: number, spacing: number, keep: number): XY[] {
  const inner = insetRing(ring, () => margin);
  return along([...inner, inner[0]], rng, spacing, spacing / 2, 0, keep);
}

export function benchesFor(space: OpenSpace): XY[] {
  const rng = rngFor(`benches:${space.block.key}`);
  const kind = space.use.layer === "green" ? space.use.kind : space.use.layer;
  const paths = space.block.spec.type === "open" && space.block.spec.footpath ? parkPaths([space.block]) : [];
  switch (kind) {
    case "squares":
      return around(space.ring, rng, 3, 22, 0.7);
    case "park":
    case "village_green":
      // Beside the paths, facing the lawn; a green without paths gets them round its edge.
      return paths.length ? paths.flatMap((p) => along(p, rng, 24, 22, 2, 0.75)) : around(space.ring, rng, 5, 30, 0.5);
    case "playground":
      return around(space.ring, rng, 6, 25, 0.6);
    case "community_garden":
      return [centroid(space.ring)];
    default:
      return [];
  }
}

/** Benches on the quays, between the quay street and the water. */
export function quayBenches(): XY[] {
  const rng = rngFor("benches:quays");
  const out: XY[] = [];
  for (const [y, from, to, step] of [[CANAL.south - 2.5, -700, 300, 65], [CANAL.north + 2.5, -700, 300, 90]]) {
    for (let x = from; x <= to; x += step) if (rng() < 0.75) out.push([x + between(rng, -10, 10), y]);
  }
  return out;
}
