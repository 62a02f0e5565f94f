/** Plain multi-source Dijkstra, O(N²), obviously correct: the reference for the engine's search. */
import type { Network } from "../../../src/analysis/network.ts";

export function refDijkstra(net: Network, sources: { node: number; d: number }[], cutoff: number): number[] {
  const N = net.nodeCount;
  const dist = new Array<number>(N).fill(Infinity);
  const done = new Array<boolean>(N).fill(false);
  for (const s of sources) dist[s.node] = Math.min(dist[s.node], s.d);
  for (;;) {
    let u = -1;
    for (let i = 0; i < N; i++) if (!done[i] && dist[i] < Infinity && (u < 0 || dist[i] < dist[u])) u = i;
    if (u < 0) break;
    done[u] = true;
    for (let e = 0; e < net.edgeCount; e++) {
      const a = net.edgeFrom[e], b = net.edgeTo[e];
      if (a === u && dist[u] + net.edgeLenDm[e] < dist[b]) dist[b] = dist[u] + net.edgeLenDm[e];
      if (b === u && dist[u] + net.edgeLenDm[e] < dist[a]) dist[a] = dist[u] + net.edgeLenDm[e];
    }
  }
  return dist.map((d) => (d > cutoff ? Infinity : d));
}
