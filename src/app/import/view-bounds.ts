/** The map view's bounds from the store's centre and zoom and the map's size in pixels (pure). */
import type { ViewBounds } from "../../data/overpass";
import type { MapView } from "../../state/types";

// MapLibre's world is 512 px wide at zoom 0.
const WORLD_PX = 512;

const toX = (lon: number, scale: number) => ((lon + 180) / 360) * scale;
const toY = (lat: number, scale: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
};
const toLon = (x: number, scale: number) => (x / scale) * 360 - 180;
const toLat = (y: number, scale: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;

export function viewBounds(view: MapView, widthPx: number, heightPx: number): ViewBounds {
  const scale = WORLD_PX * 2 ** view.zoom;
  const cx = toX(view.center[0], scale);
  const cy = toY(view.center[1], scale);
  return [toLon(cx - widthPx / 2, scale), toLat(cy + heightPx / 2, scale), toLon(cx + widthPx / 2, scale), toLat(cy - heightPx / 2, scale)];
}
