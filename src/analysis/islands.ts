/**
 * Small cut-off pieces of the walking network ("islands"): a footway drawn without its link
 * to the street, a driveway, a path in a courtyard. A house whose nearest line is such a
 * piece would snap to it and count as unreachable, although its door is on the street
 * beside it. snapPoint therefore passes an island by when a connected street is only a
 * little further away.
 *
 * The numbers:
 * - ISLAND_MAX_M = 200 m: about one side of a town block. A piece that short is no
 *   neighbourhood's own network; real separate networks (across a river, a ring road) are
 *   much longer.
 * - ISLAND_MAX_SHARE = 1 % of the largest component: in a big network (a whole town) longer
 *   fragments are still negligible against the main one.
 * - ISLAND_SNAP_EXTRA_M = 40 m: a front garden, a pavement and a carriageway. It is a tenth
 *   of the common 400 m norm, so a point moved to the street is at most that much off; left
 *   on the island it would be wrong by everything (unreachable).
 * The largest component is never an island, so every network has somewhere to snap to.
 */
export const ISLAND_MAX_M = 200;
export const ISLAND_MAX_SHARE = 0.01;
export const ISLAND_SNAP_EXTRA_M = 40;

/**
 * Street length per component (crossings of walkable areas, marked by a negative part, do
 * not count: they are no streets) and which components are islands.
 */
export function componentIslands(
  componentCount: number,
  component: Int32Array,
  edgeFrom: Int32Array,
  edgeLenM: Float64Array,
  edgePart: Int32Array,
): { componentLengthM: Float64Array; componentIsland: Uint8Array } {
  const componentLengthM = new Float64Array(componentCount);
  for (let e = 0; e < edgeFrom.length; e++) if (edgePart[e] >= 0) componentLengthM[component[edgeFrom[e]]] += edgeLenM[e];
  let largest = 0;
  for (let c = 1; c < componentCount; c++) if (componentLengthM[c] > componentLengthM[largest]) largest = c;
  const limit = Math.max(ISLAND_MAX_M, ISLAND_MAX_SHARE * (componentLengthM[largest] ?? 0));
  const componentIsland = new Uint8Array(componentCount);
  for (let c = 0; c < componentCount; c++) componentIsland[c] = c !== largest && componentLengthM[c] < limit ? 1 : 0;
  return { componentLengthM, componentIsland };
}
