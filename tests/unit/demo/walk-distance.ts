// A small walking-distance check for the demo tests, independent of the app's coverage engine:
// streets densified to 10 m, multi-source Dijkstra, residents snapped to the nearest vertex.
import type { Feature, LineString, Position } from "geojson";

const M_PER_DEG_LON = 68527; // at 52.1° N
const M_PER_DEG_LAT = 111269;
const toXY = (p: Position): [number, number] => [p[0] * M_PER_DEG_LON, p[1] * M_PER_DEG_LAT];

export interface WalkGraph {
  nodes: [number, number][];
  adjacency: [number, number][][];
}

export function walkGraph(streets: Feature<LineString>[]): WalkGraph {
  const nodes: [number, number][] = [];
  const adjacency: [number, number][][] = [];
  const index = new Map<string, number>();
  const nodeAt = (p: [number, number]) => {
    const key = `${p[0].toFixed(2)},${p[1].toFixed(2)}`;
    let i = index.get(key);
    if (i === undefined) {
      i = nodes.push(p) - 1;
      adjacency.push([]);
      index.set(key, i);
    }
    return i;
  };
  for (const s of streets) {
    const pts = s.geometry.coordinates.map(toXY);
    for (let k = 1; k < pts.length; k++) {
      const [a, b] = [pts[k - 1], pts[k]];
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const steps = Math.max(1, Math.ceil(length / 10));
      let prev = nodeAt(a);
      for (let j = 1; j <= steps; j++) {
        const next = nodeAt(j === steps ? b : [a[0] + ((b[0] - a[0]) * j) / steps, a[1] + ((b[1] - a[1]) * j) / steps]);
        adjacency[prev].push([next, length / steps]);
        adjacency[next].push([prev, length / steps]);
        prev = next;
      }
    }
  }
  return { nodes, adjacency };
}

/** Nearest graph node to a lon/lat position and the straight distance to it, metres. */
export function snap(graph: WalkGraph, p: Position): [number, number] {
  const [x, y] = toXY(p);
  let best = 0;
  let bestD = Infinity;
  graph.nodes.forEach(([nx, ny], i) => {
    const d = Math.hypot(nx - x, ny - y);
    if (d < bestD) [best, bestD] = [i, d];
  });
  return [best, bestD];
}

/** Nodes within `margin` metres of a lon/lat bounding box: where a walk enters an area. */
export function nodesNearBox(graph: WalkGraph, ring: Position[], margin: number): number[] {
  const xy = ring.map(toXY);
  const [x0, x1] = [Math.min(...xy.map((p) => p[0])) - margin, Math.max(...xy.map((p) => p[0])) + margin];
  const [y0, y1] = [Math.min(...xy.map((p) => p[1])) - margin, Math.max(...xy.map((p) => p[1])) + margin];
  return graph.nodes.flatMap(([x, y], i) => (x >= x0 && x <= x1 && y >= y0 && y <= y1 ? [i] : []));
}

/** Walking metres from the nearest source to every node. */
export function walkDistances(graph: WalkGraph, sources: [node: number, start: number][]): Float64Array {
  const dist = new Float64Array(graph.nodes.length).fill(Infinity);
  const heap: [number, number][] = [];
  const push = (d: number, i: number) => {
    heap.push([d, i]);
    for (let c = heap.length - 1; c > 0; ) {
      const p = (c - 1) >> 1;
      if (heap[p][0] <= heap[c][0]) break;
      [heap[p], heap[c]] = [heap[c], heap[p]];
      c = p;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let c = 0; ; ) {
        const l = 2 * c + 1;
        let m = c;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (l + 1 < heap.length && heap[l + 1][0] < heap[m][0]) m = l + 1;
        if (m === c) break;
        [heap[m], heap[c]] = [heap[c], heap[m]];
        c = m;
      }
    }
    return top;
  };
  for (const [i, d] of sources) if (d < dist[i]) push((dist[i] = d), i);
  while (heap.length > 0) {
    const [d, i] = pop();
    if (d > dist[i]) continue;
    for (const [j, w] of graph.adjacency[i]) if (d + w < dist[j]) push((dist[j] = d + w), j);
  }
  return dist;
}
