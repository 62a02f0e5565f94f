// An open block (square, park, playground) as the layers and the benches see it; its own module
// so benches.ts and layers.ts do not import each other.
import type { Block } from "./blocks.ts";
import type { XY } from "./geo.ts";
import type { OpenUse } from "./plan.ts";

export interface OpenSpace {
  block: Block;
  use: OpenUse;
  /** The open land, counter-clockwise. */
  ring: XY[];
}
