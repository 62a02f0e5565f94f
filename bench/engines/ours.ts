/**
 * Our engine, through its public API only: build (network + engine, which snaps residents and
 * runs the first full pass), repeated full recomputes, and the scripted drag as movePlace steps.
 */
import { buildNetwork, CoverageEngine, placesFromGeoJSON, residentsFromGeoJSON } from "../../src/analysis/index.ts";
import type { Scenario } from "../scenarios.ts";
import { memoryDelta, memoryNow, median, progress, repeatTimed, timed } from "../timing.ts";
import type { EngineResult, Reach } from "../types.ts";

export interface BenchBudget {
  fullRuns: number;
  fullBudgetMs: number;
}

/** Within-limit flags per resident: status 0 means within reach. */
function reachOf(engine: CoverageEngine): Uint8Array {
  return engine.residentStatus().map((s) => (s === 0 ? 1 : 0));
}

export function benchOurs(s: Scenario, budget: BenchBudget): { result: EngineResult; reach: Reach } {
  const m0 = memoryNow();
  const [engine, buildMs] = timed(() => {
    const network = buildNetwork(s.streets);
    const residents = residentsFromGeoJSON(s.residents);
    const places = placesFromGeoJSON(s.places);
    return new CoverageEngine({ network, residents, places }, { limitM: s.limitM });
  });
  const memory = memoryDelta(m0, memoryNow());
  progress(`${s.name} ours: built in ${buildMs.toFixed(0)} ms (${engine.net?.edgeCount ?? 0} edges, ${engine.net?.nodeCount ?? 0} nodes)`);

  // Warm-up (JIT): full passes, and another place dragged round its circle and back home.
  for (let i = 0; i < 5; i++) engine.recomputeAll();
  for (const p of s.warmPath) engine.movePlace(s.warmId, p);

  const fullMs = repeatTimed(() => engine.recomputeAll(), budget.fullRuns, budget.fullBudgetMs);
  const f = engine.figures();
  const start = reachOf(engine);
  const uncoveredPoints = start.length - start.reduce((a, b) => a + b, 0);

  const dragMs = s.dragPath.map((p) => timed(() => engine.movePlace(s.dragId, p))[1]);
  progress(`${s.name} ours: full ${median(fullMs).toFixed(2)} ms, drag median ${median(dragMs).toFixed(3)} ms`);
  return {
    result: {
      scenario: s.name, engine: "ours", buildMs, fullMs, dragMs, memory,
      uncovered: f.residentsTotal - f.withinReach, uncoveredPoints, status: "ok",
      notes: [
        `network ${engine.net?.edgeCount ?? 0} edges / ${engine.net?.nodeCount ?? 0} nodes, ${engine.rDist.length} resident points, ${f.places} places, limit ${s.limitM} m`,
        `drag: ${dragMs.length} movePlace steps (incremental)`,
      ],
    },
    reach: { start, afterDrag: reachOf(engine) },
  };
}
