/**
 * What the engine reports, read off its state: the headline figures, per-resident distance
 * and status, per-node, per-edge and per-feature distances, and the reach curve.
 */
import { DM_PER_M } from "../network.ts";
import type { EngineCore } from "./core.ts";
import { edgeDistanceDm } from "./point-distance.ts";
import { INF, STATUS_IN_GAP, STATUS_NO_STREET_DATA, STATUS_UNREACHABLE, STATUS_WITHIN_REACH, type AreaFigures, type Figures, type ReachCurvePoint } from "./types.ts";

/** Decimetre labels → metres, INF → Infinity (a plain loop: these arrays are large). */
function toMetres(dm: Int32Array): Float32Array {
  const out = new Float32Array(dm.length);
  for (let i = 0; i < out.length; i++) out[i] = dm[i] === INF ? Infinity : dm[i] / DM_PER_M;
  return out;
}

/** Reached as a share of those the network covers (residents without street data left out). */
const shareOf = (reached: number, total: number, noStreetData: number) => (total - noStreetData > 0 ? reached / (total - noStreetData) : 0);

export function figures(core: EngineCore): Figures {
  const { res, places } = core;
  // exact: every weight is a multiple of 1/1024, so the four parts add up to the total
  const inGaps = res.total - res.reachedW - places.unreachableW - res.noStreetW;
  return {
    mode: core.mode,
    limitM: core.limitDm / DM_PER_M,
    cutoffM: core.cutoffDm / DM_PER_M,
    places: places.activeCount,
    residentsTotal: res.total,
    withinReach: res.reachedW,
    share: shareOf(res.reachedW, res.total, res.noStreetW),
    inGaps: Math.max(0, inGaps),
    unreachable: places.unreachableW,
    noStreetData: res.noStreetW,
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

/** Per resident: within reach, in a gap, unreachable (no place in its part of the network), no street data. */
export function residentStatus(core: EngineCore): Uint8Array {
  const { rReached, rComp, rNoStreet } = core.res, compPlaces = core.places.compPlaces;
  const out = new Uint8Array(rReached.length);
  for (let r = 0; r < out.length; r++) {
    out[r] = rNoStreet[r] ? STATUS_NO_STREET_DATA : rReached[r] ? STATUS_WITHIN_REACH : compPlaces[rComp[r]] === 0 ? STATUS_UNREACHABLE : STATUS_IN_GAP;
  }
  return out;
}

/** Figures per input area index (WeightedPoints.feature); residents of other indexes are left out. O(residents). */
export function areaFigures(core: EngineCore, areaCount: number): AreaFigures[] {
  const n = Math.max(0, Math.floor(areaCount));
  // one row per area: total, within reach, unreachable, no street data (gaps: the rest, exact)
  const sums = new Float64Array(n * 4);
  const { rReached, rComp, rNoStreet, feature, weight } = core.res, compPlaces = core.places.compPlaces;
  for (let r = 0; r < weight.length; r++) {
    const a = feature[r];
    if (!(a >= 0 && a < n)) continue;
    const w = weight[r], k = 4 * a;
    sums[k] += w;
    if (rNoStreet[r]) sums[k + 3] += w;
    else if (rReached[r]) sums[k + 1] += w;
    else if (compPlaces[rComp[r]] === 0) sums[k + 2] += w;
  }
  return Array.from({ length: n }, (_, a) => {
    const [total, reached, unreachable, noStreetData] = sums.subarray(4 * a, 4 * a + 4);
    return { residentsTotal: total, withinReach: reached, inGaps: total - reached - unreachable - noStreetData, unreachable, noStreetData, share: shareOf(reached, total, noStreetData) };
  });
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

/** Cumulative share of residents reached against walking distance, up to the cut-off (the figures' share). */
export function reachCurve(core: EngineCore, stepM: number, maxM: number): ReachCurvePoint[] {
  const { rDist, weight, total, noStreetW } = core.res;
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
    out.push({ distanceM: b * stepM, reached: acc, share: shareOf(acc, total, noStreetW) });
  }
  return out;
}
