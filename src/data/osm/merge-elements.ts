/**
 * Overpass answers can hold the same element more than once: a query that prints its result
 * twice (`out body;` and `out meta;`, or a recursion `>;` over nodes printed already) gives
 * a plain copy and a copy with metadata of the same node or way. osmtogeojson would make a
 * feature of each copy, so every way and place would count twice.
 */

interface OsmElement {
  type?: unknown;
  id?: unknown;
  tags?: unknown;
}

const tagCount = (e: OsmElement) => (typeof e.tags === "object" && e.tags !== null ? Object.keys(e.tags).length : 0);

/** The richer of two copies: more tags, then more fields (metadata, node list, geometry). */
function richer(a: OsmElement, b: OsmElement): OsmElement {
  const byTags = tagCount(b) - tagCount(a);
  if (byTags !== 0) return byTags > 0 ? b : a;
  return Object.keys(b).length > Object.keys(a).length ? b : a;
}

/**
 * One element per type and id, the richest copy, at the place of its first copy. Elements
 * without a type and id are kept as they are.
 */
export function mergeDuplicateElements<T extends object>(elements: readonly T[]): T[] {
  const out: T[] = [];
  const at = new Map<string, number>();
  for (const element of elements) {
    const e = element as OsmElement;
    if (typeof e !== "object" || e === null || typeof e.type !== "string" || (typeof e.id !== "number" && typeof e.id !== "string")) {
      out.push(element);
      continue;
    }
    const key = `${e.type}/${e.id}`;
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push(element);
    } else {
      out[i] = richer(out[i] as OsmElement, e) as T;
    }
  }
  return out;
}
