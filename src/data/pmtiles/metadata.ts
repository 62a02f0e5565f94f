// TileJSON-style metadata: what layers and attributes a style can use.
import type { FeatureCollection } from "geojson";

export interface VectorLayerMeta {
  id: string;
  description: string;
  minzoom: number;
  maxzoom: number;
  /** Attribute name → "String" | "Number" | "Boolean", sorted by name. */
  fields: Record<string, string>;
}

function fieldType(value: unknown): string | null {
  if (typeof value === "number") return "Number";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "string") return "String";
  return null; // objects and null are not MVT attribute types
}

export function vectorLayerMeta(name: string, data: FeatureCollection, minzoom: number, maxzoom: number, description = ""): VectorLayerMeta {
  const types = new Map<string, string>();
  for (const f of data.features) {
    for (const [key, value] of Object.entries(f.properties ?? {})) {
      const t = fieldType(value);
      if (t === null) continue;
      const seen = types.get(key);
      types.set(key, seen === undefined || seen === t ? t : "String"); // mixed types read as strings
    }
  }
  const fields = Object.fromEntries([...types.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { id: name, description, minzoom, maxzoom, fields };
}
