/**
 * A general graph library doing the same multi-source computation: graphology's Dijkstra from
 * one virtual super-source joined to every place's snapped nodes, the snap offsets as the edge
 * weights. Snapping and the last metres follow the engine's rules (docs/engine.md) exactly, in
 * integer decimetres, so the uncovered residents must be EQUAL to ours; run.ts checks that.
 * The library cannot update a result, so every drag step is a full recompute.
 */
import Graph from "graphology";
import { singleSource } from "graphology-shortest-path/dijkstra";
import { buildNetwork, DM_PER_M, placesFromGeoJSON, residentsFromGeoJSON, snapPoint, type Network, type WeightedPoints } from "../../src/analysis/index.ts";
import type { Point, Position } from "geojson";
import type { Scenario } from "../scenarios.ts";
import { memoryDelta, memoryNow, median, progress, repeatTimed, timed } from "../timing.ts";
import type { EngineResult, Reach } from "../types.ts";
import type { BenchBudget } from "./ours.ts";

const SOURCE = "super-source";

/** A point on the network in decimetres, rounded as the engine rounds (along clamped to the edge). */
interface SnapDm {
  edge: number;
  s: number;
  off: number;
}

function snapDm(net: Network, p: Position): SnapDm {
  const [x, y] = net.projection.forward(p[0], p[1]);
  const snap = snapPoint(net, x, y);
  if (!snap) throw new Error("empty network");
  return { edge: snap.edge, s: Math.min(net.edgeLenDm[snap.edge], Math.round(snap.along * DM_PER_M)), off: Math.round(snap.off * DM_PER_M) };
}

class LibraryCoverage {
  readonly graph = new Graph<Record<string, never>, { w: number }>({ type: "undirected", multi: false, allowSelfLoops: false });
  readonly residentSnaps: SnapDm[];
  readonly places = new Map<string, SnapDm>();
  private readonly limitDm: number;

  constructor(readonly net: Network, readonly residents: WeightedPoints, places: Map<string, Position>, limitM: number) {
    this.limitDm = Math.round(limitM * DM_PER_M);
    for (let n = 0; n < net.nodeCount; n++) this.graph.addNode(String(n));
    for (let e = 0; e < net.edgeCount; e++) {
      // parallel segments collapse to the shortest: the graph is simple, Dijkstra would pick it anyway
      const a = String(net.edgeFrom[e]), b = String(net.edgeTo[e]), w = net.edgeLenDm[e];
      if (!this.graph.hasEdge(a, b)) this.graph.addEdge(a, b, { w });
      else if (w < this.graph.getEdgeAttribute(a, b, "w")) this.graph.setEdgeAttribute(a, b, "w", w);
    }
    this.residentSnaps = Array.from(residents.lon, (lon, i) => snapDm(net, [lon, residents.lat[i]]));
    for (const [id, p] of places) this.movePlace(id, p);
  }

  movePlace(id: string, p: Position): void {
    this.places.set(id, snapDm(this.net, p));
  }

  /** Full recompute: re-join the super-source, one Dijkstra, then every resident's last metres. */
  compute(): { reach: Uint8Array; uncovered: number } {
    const { net, graph } = this;
    if (graph.hasNode(SOURCE)) graph.dropNode(SOURCE);
    graph.addNode(SOURCE);
    const inject = new Map<number, number>();
    const onEdge = new Map<number, SnapDm[]>();
    const put = (n: number, d: number) => { if (d < (inject.get(n) ?? Infinity)) inject.set(n, d); };
    for (const p of this.places.values()) {
      put(net.edgeFrom[p.edge], p.off + p.s);
      put(net.edgeTo[p.edge], p.off + net.edgeLenDm[p.edge] - p.s);
      onEdge.set(p.edge, [...(onEdge.get(p.edge) ?? []), p]);
    }
    for (const [n, w] of inject) graph.addEdge(SOURCE, String(n), { w });
    const d = this.distancesFromPaths(singleSource(graph, SOURCE, "w"));

    const reach = new Uint8Array(this.residentSnaps.length);
    let uncovered = 0;
    this.residentSnaps.forEach((r, i) => {
      const len = net.edgeLenDm[r.edge];
      let best = Math.min(d[net.edgeFrom[r.edge]] + r.s, d[net.edgeTo[r.edge]] + len - r.s);
      // a place on the same edge is reached along it, not through a vertex
      for (const p of onEdge.get(r.edge) ?? []) best = Math.min(best, p.off + Math.abs(p.s - r.s));
      if (best + r.off <= this.limitDm) reach[i] = 1;
      else uncovered += this.residents.weight[i];
    });
    return { reach, uncovered };
  }

  /**
   * The library returns paths, not lengths. A prefix of a shortest path is a shortest path, so
   * each node's length is its nearest known ancestor's plus the remaining edge weights.
   */
  private distancesFromPaths(paths: Record<string, string[]>): Float64Array {
    const d = new Float64Array(this.net.nodeCount).fill(Infinity);
    for (const key in paths) {
      const path = paths[key];
      if (key === SOURCE || d[Number(key)] !== Infinity) continue;
      let j = path.length - 1;
      while (j > 0 && d[Number(path[j])] === Infinity) j--;
      let acc = j === 0 ? 0 : d[Number(path[j])];
      for (let i = j + 1; i < path.length; i++) {
        acc += this.graph.getEdgeAttribute(path[i - 1], path[i], "w");
        d[Number(path[i])] = acc;
      }
    }
    return d;
  }
}

/** Number of residents whose reach differs. */
function differing(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

export function benchGraphLibrary(s: Scenario, budget: BenchBudget & { dragBudgetMs: number }, ours: Reach): EngineResult {
  const base = { scenario: s.name, engine: "graph-library" as const };
  const inputs = placesFromGeoJSON(s.places);
  if (inputs.some((p) => p.geometry.type !== "Point" || p.entrances)) {
    return { ...base, buildMs: null, fullMs: [], dragMs: [], memory: null, uncovered: null, uncoveredPoints: null, status: "unsupported", notes: ["only point places are modelled here"] };
  }
  const m0 = memoryNow();
  const [lib, buildMs] = timed(() => {
    const places = new Map(inputs.map((p) => [p.id, (p.geometry as Point).coordinates]));
    return new LibraryCoverage(buildNetwork(s.streets), residentsFromGeoJSON(s.residents), places, s.limitM);
  });
  const memory = memoryDelta(m0, memoryNow());
  progress(`${s.name} graph-library: built in ${buildMs.toFixed(0)} ms`);

  lib.compute(); // warm-up (JIT); one pass is already hundreds of thousands of relaxations
  const fullMs = repeatTimed(() => lib.compute(), budget.fullRuns, budget.fullBudgetMs);
  const start = lib.compute();

  const dragMs: number[] = [];
  const began = performance.now();
  for (const p of s.dragPath) {
    if (dragMs.length > 0 && performance.now() - began > budget.dragBudgetMs) break;
    dragMs.push(timed(() => { lib.movePlace(s.dragId, p); lib.compute(); })[1]);
  }
  lib.movePlace(s.dragId, s.dragPath[s.dragPath.length - 1]); // the check compares the end of the whole drag
  const end = lib.compute();
  progress(`${s.name} graph-library: full ${median(fullMs).toFixed(1)} ms, ${dragMs.length} drag steps`);

  const diffStart = differing(start.reach, ours.start), diffEnd = differing(end.reach, ours.afterDrag);
  const notes = [dragMs.length < s.dragPath.length
    ? `drag: ${dragMs.length} of ${s.dragPath.length} steps timed (budget ${(budget.dragBudgetMs / 1000).toFixed(0)} s), each a full recompute`
    : `drag: ${dragMs.length} steps, each a full recompute`];
  if (diffStart || diffEnd) notes.push(`MISMATCH with ours: ${diffStart} residents differ at the start, ${diffEnd} after the drag`);
  else notes.push("same residents beyond reach as ours, at the start and after the drag");
  return {
    ...base, buildMs, fullMs, dragMs, memory,
    uncovered: start.uncovered, uncoveredPoints: start.reach.length - start.reach.reduce((a, b) => a + b, 0),
    status: diffStart || diffEnd ? "MISMATCH" : "ok", notes,
  };
}
