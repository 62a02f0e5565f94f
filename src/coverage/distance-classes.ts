/**
 * Walking-distance classes for the map and its legend, as fractions of the chosen limit, so
 * that "within reach" always reads blue and "beyond" always reads orange–red whatever the norm.
 * Every class stands out at least 3:1 from the base map's land (WCAG 1.4.11 for graphics); at
 * the limit the hue turns from blue to dark orange and the lightness halves, a step that stays
 * clear with red–green colour blindness (tests/unit/coverage/palette.test.ts simulates it).
 */
export interface DistanceClass {
  /** Upper bound as a fraction of the limit (Infinity for the last reached class). */
  upTo: number;
  color: string;
}

export const DISTANCE_CLASSES: readonly DistanceClass[] = [
  { upTo: 0.25, color: "#08306b" },
  { upTo: 0.5, color: "#08519c" },
  { upTo: 0.75, color: "#2171b5" },
  { upTo: 1, color: "#4a8fd4" },
  { upTo: 1.5, color: "#a33a00" },
  { upTo: Infinity, color: "#67000d" },
];

/** Streets that no place reaches within the cut-off. */
export const UNREACHED_COLOR = "#767676";

/** Feature-state value for an edge: its distance in metres, or -1 when no place reaches it. */
export function edgeStateValue(distM: number): number {
  return Number.isFinite(distM) ? Math.round(distM) : -1;
}

/** Choropleth classes of the share within reach per area: pale orange where few are reached, dark blue where most are (sequential, colour-blind safe). */
export const SHARE_CLASSES = [
  { from: 0, color: "#fdd49e" },
  { from: 0.25, color: "#c6dbef" },
  { from: 0.5, color: "#6baed6" },
  { from: 0.75, color: "#2171b5" },
] as const;

/** Where residents live but no streets are loaded: neutral grey, never the red of a gap. */
export const NO_STREET_DATA_COLOR = "#9e9e9e";
