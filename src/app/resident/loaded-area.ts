/** Where the loaded data lies: "my location" far outside it would place a proposal nobody can see. */
import { boundsOf, type Bounds } from "../../geo/bounds";
import type { Dataset } from "../../state/slices/datasets";
import type { LngLat } from "../../state/slices/proposals";

/** The walking network's extent, or every dataset's when no network is loaded. */
export function loadedBounds(datasets: readonly Dataset[]): Bounds | null {
  const shown = datasets.filter((d) => !d.hidden);
  const networks = shown.filter((d) => d.kind === "network");
  let out: Bounds | null = null;
  for (const d of networks.length > 0 ? networks : shown) {
    const b = boundsOf(d.features);
    if (!b) continue;
    out = out ? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])] : b;
  }
  return out;
}

/** About 200 m of slack, so a resident standing on the edge street still counts as inside. */
const MARGIN_DEG = 0.002;

export function isInside(bounds: Bounds | null, [lon, lat]: LngLat): boolean {
  if (!bounds) return true;
  return lon >= bounds[0] - MARGIN_DEG && lon <= bounds[2] + MARGIN_DEG && lat >= bounds[1] - MARGIN_DEG && lat <= bounds[3] + MARGIN_DEG;
}
