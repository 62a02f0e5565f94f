/**
 * Legible from the back row: while presenting (and always in the projector window) every label
 * and symbol on the map grows — street and place names, candidate numbers, proposal markers —
 * with a wider halo, and grows more for a large room. Leaving restores each layer's own values.
 * The style stays the one source of sizes: this multiplies whatever a layer says, so a new
 * base map or an imported layer is scaled the same way.
 */
import type { DataDrivenPropertyValueSpecification, Map as MapLibreMap } from "maplibre-gl";
import type { RoomSize } from "../state/slices/workshop";
import { selectBigScreen } from "../state/slices/workshop";
import type { AppStore } from "../state/store";

/**
 * Text grows so that the base map's smallest labels (11 px) reach 24 px on a 1920 px wide
 * projection, 30 px in a large room; symbols grow less, or they would cover the map.
 */
const TEXT_FACTOR: Record<RoomSize, number> = { small: 2.2, large: 2.75 };
const ICON_SHARE = 0.6;
const MIN_HALO = 2;
/** The factors are meant for a projection 1920 px wide; a smaller window grows less, never shrinks. */
const PROJECTOR_WIDTH = 1920;

/** A size or width as a style holds it: a number, a zoom curve, an expression. */
type StyleValue = DataDrivenPropertyValueSpecification<number> | undefined;

/**
 * A size from the style times `factor`. Numbers and legacy `{ stops }` functions are multiplied;
 * a zoom curve (`interpolate`/`step` on `["zoom"]`) has each of its outputs multiplied, because
 * MapLibre allows a zoom expression only at the top; any other expression is wrapped.
 */
export function scaledSize(value: StyleValue, factor: number): StyleValue {
  return scaled(value, factor) as StyleValue;
}

function scaled(value: unknown, factor: number): unknown {
  if (value === undefined || value === null) return value;
  if (typeof value === "number") return Math.round(value * factor * 100) / 100;
  if (Array.isArray(value)) {
    const [op] = value;
    const zoomCurve = (op === "interpolate" || op === "interpolate-hcl" || op === "interpolate-lab") && isZoom(value[2]);
    if (zoomCurve) return [...value.slice(0, 3), ...value.slice(3).map((v, i) => (i % 2 === 1 ? scaled(v, factor) : v))];
    if (op === "step" && isZoom(value[1])) return [op, value[1], scaled(value[2], factor), ...value.slice(3).map((v, i) => (i % 2 === 1 ? scaled(v, factor) : v))];
    return ["*", value, factor];
  }
  if (typeof value === "object" && Array.isArray((value as { stops?: unknown }).stops)) {
    const fn = value as { stops: [unknown, number][] };
    return { ...fn, stops: fn.stops.map(([z, v]) => [z, typeof v === "number" ? v * factor : v]) };
  }
  return value;
}

const isZoom = (v: unknown) => Array.isArray(v) && v.length === 1 && v[0] === "zoom";

/** The factor for this window and room: the full one on a projector-wide window, less on a laptop. */
export function presentationFactor(room: RoomSize, windowWidth: number): number {
  return Math.max(1, TEXT_FACTOR[room] * Math.min(1, windowWidth / PROJECTOR_WIDTH));
}

interface Original {
  textSize: StyleValue;
  iconSize: StyleValue;
  haloWidth: StyleValue;
  /** The text size set here: when the layer no longer has it, the style was replaced under us. */
  applied: StyleValue;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function bindPresentationScale(map: MapLibreMap, store: AppStore): () => void {
  // The values each symbol layer had before it was scaled, to put back when presenting ends.
  const originals = new Map<string, Original>();
  let factor = 1;

  const wanted = () => {
    const s = store.getState();
    return selectBigScreen(s) ? presentationFactor(s.roomSize, window.innerWidth) : 1;
  };
  const symbolLayers = () => (map.getStyle()?.layers ?? []).filter((l) => l.type === "symbol").map((l) => l.id);

  const restore = () => {
    for (const [id, o] of originals) {
      if (!map.getLayer(id)) continue;
      map.setLayoutProperty(id, "text-size", o.textSize);
      map.setLayoutProperty(id, "icon-size", o.iconSize);
      map.setPaintProperty(id, "text-halo-width", o.haloWidth);
    }
    originals.clear();
  };

  /** Scales the symbol layers not scaled yet at the current factor (layers come and go with data). */
  const scaleNew = () => {
    if (factor === 1) return;
    for (const id of symbolLayers()) {
      if (originals.has(id)) continue;
      const textSize = map.getLayoutProperty(id, "text-size");
      // An unset size is the style spec's default (16 px text, icons at 1).
      const o: Original = { textSize, iconSize: map.getLayoutProperty(id, "icon-size"), haloWidth: map.getPaintProperty(id, "text-halo-width"), applied: scaledSize(textSize ?? 16, factor) };
      originals.set(id, o);
      map.setLayoutProperty(id, "text-size", o.applied);
      map.setLayoutProperty(id, "icon-size", scaledSize(o.iconSize ?? 1, 1 + (factor - 1) * ICON_SHARE));
      map.setPaintProperty(id, "text-halo-width", typeof o.haloWidth === "number" ? Math.max(MIN_HALO, o.haloWidth * 1.5) : MIN_HALO);
    }
  };

  const update = () => {
    const next = wanted();
    if (next === factor) return;
    restore();
    factor = next;
    scaleNew();
  };

  const onStyleData = () => {
    // A new base map is a new style: its layers (even under the same ids) have their own sizes again.
    for (const [id, o] of [...originals]) if (!map.getLayer(id) || !same(map.getLayoutProperty(id, "text-size"), o.applied)) originals.delete(id);
    scaleNew();
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (selectBigScreen(s) !== selectBigScreen(prev) || s.roomSize !== prev.roomSize) update();
  });
  map.on("styledata", onStyleData);
  window.addEventListener("resize", update);
  update();
  return () => {
    unsubscribe();
    map.off("styledata", onStyleData);
    window.removeEventListener("resize", update);
  };
}
