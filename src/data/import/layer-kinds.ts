/** The layers of the app that imported data is sorted into. */
export const LAYER_KINDS = ["squares", "benches", "green", "vacant", "meeting", "network", "residents", "context"] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

export function isLayerKind(value: string): value is LayerKind {
  return (LAYER_KINDS as readonly string[]).includes(value);
}
