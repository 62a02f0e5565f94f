/**
 * Where the loaded street data ends: a point whose nearest street or path is farther than
 * the no-street-data distance is not on the network at all ("no street data here"). Asking
 * the snap with that distance as its cap keeps the search short for the many far points of a
 * city whose network covers only a part of it.
 */
import { snapPoint, type NetworkData, type Snap } from "../network.ts";

/**
 * The network's own snap of (x, y) (exactly snapPoint's answer), or null when no segment lies
 * within maxM.
 */
export function snapWithin(net: NetworkData, x: number, y: number, maxM: number): Snap | null {
  // farther than maxM from the box round every node is farther from every segment: no search
  const b = nodeBox(net);
  if (Math.max(b.minX - x, x - b.maxX, 0) ** 2 + Math.max(b.minY - y, y - b.maxY, 0) ** 2 > maxM * maxM) return null;
  const near = snapPoint(net, x, y, maxM);
  if (!near) return null;
  // snapPoint may pass a small cut-off island by for a connected street a little farther
  // away; under the cap it could miss that street, so an island snap is asked again uncapped.
  return net.componentIsland[net.component[net.edgeFrom[near.edge]]] ? snapPoint(net, x, y) : near;
}

const boxes = new WeakMap<NetworkData, { minX: number; minY: number; maxX: number; maxY: number }>();

/** The bounding box of a network's nodes, computed once per network. */
function nodeBox(net: NetworkData) {
  let box = boxes.get(net);
  if (!box) {
    box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    for (let i = 0; i < net.nodeCount; i++) {
      box.minX = Math.min(box.minX, net.nodeX[i]); box.maxX = Math.max(box.maxX, net.nodeX[i]);
      box.minY = Math.min(box.minY, net.nodeY[i]); box.maxY = Math.max(box.maxY, net.nodeY[i]);
    }
    boxes.set(net, box);
  }
  return box;
}
