/**
 * Runs turf-child.ts in a child process with a time cap and a heap cap, so that a run that is
 * too slow or too big becomes a result ("timeout", "out-of-memory") instead of a stuck benchmark.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Scenario } from "../scenarios.ts";
import { median, progress, type Memory } from "../timing.ts";
import type { EngineResult, Status } from "../types.ts";

export const HEAP_CAP_MB = 2048;

export type TurfMessage =
  | { type: "result"; uncovered: number; uncoveredPoints: number; memory: Memory }
  | { type: "full-start" }
  | { type: "full"; ms: number }
  | { type: "drag"; ms: number }
  | { type: "done" };

export async function benchTurf(s: Scenario, quick: boolean, capMs: number, heapCapMb = HEAP_CAP_MB): Promise<EngineResult> {
  const result: EngineResult = { scenario: s.name, engine: "turf", buildMs: null, fullMs: [], dragMs: [], memory: null, uncovered: null, uncoveredPoints: null, status: "ok", notes: [] };
  const child = fork(fileURLToPath(new URL("./turf-child.ts", import.meta.url)), [s.key, quick ? "quick" : "full", String(capMs)], {
    // the child is TypeScript too: load tsx in it; stdout is ignored so that --json stays clean
    execArgv: [`--max-old-space-size=${heapCapMb}`, "--import", import.meta.resolve("tsx")],
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  let stderr = "";
  child.stderr?.on("data", (b: Buffer) => { stderr = (stderr + b.toString()).slice(-8_000); });
  let fullStartedAt = NaN;
  child.on("message", (m: TurfMessage) => {
    if (m.type === "full-start") fullStartedAt = performance.now();
    else if (m.type === "result") Object.assign(result, { uncovered: m.uncovered, uncoveredPoints: m.uncoveredPoints, memory: m.memory });
    else if (m.type === "full") result.fullMs.push(m.ms);
    else if (m.type === "drag") result.dragMs.push(m.ms);
  });
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, capMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("exit", (c, sig) => resolve([c, sig])));
  clearTimeout(timer);

  const oom = /heap out of memory|Reached heap limit|Allocation failed/i.test(stderr);
  const status: Status = timedOut ? "timeout" : oom ? "out-of-memory" : code !== 0 ? "crash" : "ok";
  result.status = status;
  // killed in the middle of its first full run: that run took at least this long
  if (!result.fullMs.length && Number.isFinite(fullStartedAt)) result.fullAtLeastMs = performance.now() - fullStartedAt;
  if (status !== "ok") {
    result.notes.push(status === "timeout" ? `killed at the ${capMs / 1000} s cap` : status === "out-of-memory" ? `out of memory at --max-old-space-size=${heapCapMb}` : `exit ${code ?? signal}`);
    if (status === "crash") process.stderr.write(stderr);
  }
  if (result.dragMs.length) {
    result.notes.push(`drag: ${result.dragMs.length} of ${s.dragPath.length} steps run (re-buffer the moved place, union and count again); ${s.dragPath.length}-step drag ≈ ${((median(result.dragMs) * s.dragPath.length) / 1000).toFixed(0)} s extrapolated`);
  } else if (result.fullMs.length && status === "ok") {
    result.notes.push("drag: no step fitted in the time cap");
  }
  result.notes.push("straight-line buffers: a different question, not compared");
  progress(`${s.name} turf: ${status}, ${result.fullMs.length} full runs, ${result.dragMs.length} drag steps`);
  return result;
}
