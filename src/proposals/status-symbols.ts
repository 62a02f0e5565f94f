/**
 * How each proposal status is drawn, as data shared by the map symbols and the list: a shape
 * AND a colour per status, so colour is never the only cue. Colours avoid the five layers'
 * Okabe–Ito hues; every outline is dark enough for 3:1 contrast on the light base map.
 */
import type { ProposalStatus } from "./model";

export interface StatusSymbol {
  /** Corners of a regular polygon and the first corner's angle from "up", in degrees. */
  sides: number;
  rotation: number;
  fill: string;
  outline: string;
}

export const STATUS_SYMBOLS: Record<ProposalStatus, StatusSymbol> = {
  idea: { sides: 4, rotation: 0, fill: "#F0E442", outline: "#4d4700" },
  discussed: { sides: 4, rotation: 45, fill: "#56B4E9", outline: "#0b3f5e" },
  trial: { sides: 6, rotation: 0, fill: "#A77BCA", outline: "#3d2157" },
  realised: { sides: 3, rotation: 180, fill: "#2b2b2b", outline: "#000000" },
};
