/** The engine's parts as the recompute, the steps, the results and the gap grid see them. */
import type { Network } from "../network.ts";
import type { LocalProjection } from "../projection.ts";
import type { LabelSearch } from "./label-search.ts";
import type { PlaceSlots } from "./place-slots.ts";
import type { ResidentState } from "./resident-state.ts";
import type { CoverageMode } from "./types.ts";

export interface EngineCore {
  readonly mode: CoverageMode;
  /** null in straight-line mode */
  readonly net: Network | null;
  readonly projection: LocalProjection;
  readonly limitDm: number;
  readonly cutoffDm: number;
  readonly labels: LabelSearch;
  readonly places: PlaceSlots;
  readonly res: ResidentState;
}
