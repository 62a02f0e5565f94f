/**
 * What the engine reports, read off its state: the headline figures, per-resident distance
 * and status, per-node, per-edge and per-feature distances, and the reach curve.
 */
import { DM_PER_M } from "../network.ts";
import type { EngineCore } from "./core.ts";
import { edgeDistanceDm } from "./point-distance.ts";
import { INF, type Figures, type ReachCurvePoint } from "./types.ts";

/** Decimetre labels → metres, INF → Infinity (a plain loop: these arrays are large). */
function toMetres(dm: Int32Array): Float32Array {
  const out = new Float32Array(dm.length);
  for (let i = 0; i < out.length; i++) out[i] = dm[i] === INF ? Infinity : dm[i] / DM_PER_M;
  return out;
}

export function figures(core: EngineCore): Figures {
  const { res, places } = core;
  const inGaps = res.total - res.reachedW - places.unreachableW;
  return {
    mode: core.mode,
    limitM: core.limitDm / DM_PER_M,
    cutoffM: core.cutoffDm / DM_PER_M,
    places: places.activeCount,
    residentsTotal: res.total,
    withinReach: res.reachedW,
    share: res.total > 0 ? res.reachedW / res.total : 0,
    inGaps: Math.max(0, inGaps),
    unreachable: places.unreachableW,
  };
}

/** Residents within reach now that were not in the baseline. */
export function gainedResidents(core: EngineCore): Int32Array {
  const { rReached, rBaseline } = core.res;
  const out: number[] = [];
  for (let r = 0; r < rReached.length; r++) if (rReached[r] && !rBaseline[r]) out.push(r);
  return Int32Array.from(out);
}

export function residentDistances(core: EngineCore): Float32Array {
  return toMetres(core.res.rDist);
}

/** Per resident: 0 within reach, 1 in a gap, 2 unreachable (no place in its part of the network). */
export function residentStatus(core: EngineCore): Uint8Array {
  const { rReached, rComp } = core.res, compPlaces = core.places.compPlaces;
  const out = new Uint8Array(rReached.length);
  for (let r = 0; r < out.length; r++) out[r] = rReached[r] ? 0 : compPlaces[rComp[r]] === 0 ? 2 : 1;
  return out;
}

export function nodeDistances(core: EngineCore): Float32Array {
  return toMetres(core.labels.dist);
}

export function edgeDistances(core: EngineCore): Float32Array {
  const net = core.net;
  const E = net ? net.edgeCount : 0;
  const out = new Float32Array(E);
  for (let e = 0; e < E; e++) out[e] = edgeDistanceDm(net!, core.labels.dist, core.places, e) / DM_PER_M;
  return out;
}

export function featureDistances(core: EngineCore, featureCount?: number): Float32Array {
  const net = core.net;
  const n = featureCount ?? (net && net.edgeCount ? net.edgeFeature[net.edgeCount - 1] + 1 : 0);
  const out = new Float32Array(n).fill(Infinity);
  if (!net) return out;
  const ed = edgeDistances(core);
  for (let e = 0; e < net.edgeCount; e++) if (ed[e] < out[net.edgeFeature[e]]) out[net.edgeFeature[e]] = ed[e];
  return out;
}

/** Cumulative share of residents reached against walking distance, up to the cut-off. */
export function reachCurve(core: EngineCore, stepM: number, maxM: number): ReachCurvePoint[] {
  const { rDist, weight, total } = core.res;
  const top = Math.min(maxM, core.cutoffDm / DM_PER_M);
  const n = Math.floor(top / stepM + 1e-9);
  const bins = new Float64Array(n + 1);
  const stepDm = Math.round(stepM * DM_PER_M);
  for (let r = 0; r < rDist.length; r++) {
    const d = rDist[r];
    if (d === INF) continue;
    const b = Math.ceil(d / stepDm);
    if (b <= n) bins[b] += weight[r];
  }
  const out: ReachCurvePoint[] = [];
  let acc = 0;
  for (let b = 0; b <= n; b++) {
    acc += bins[b];
    out.push({ distanceM: b * stepM, reached: acc, share: total > 0 ? acc / total : 0 });
  }
  return out;
}
