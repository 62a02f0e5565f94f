/**
 * Timing and memory helpers shared by every engine of the benchmark (and the Turf child).
 * Times are wall-clock milliseconds from performance.now(); nothing here asserts on them.
 */
import v8 from "node:v8";
import vm from "node:vm";

// `npm run bench` cannot pass --expose-gc (the script line is fixed), so switch it on at run
// time: memory deltas taken without a collection first would mostly measure garbage.
v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc") as () => void;

export interface Memory {
  heapMb: number;
  rssMb: number;
}

/**
 * Heap and RSS after a full collection, in MB. "Heap" includes external memory: typed arrays
 * (the engine's whole network) live outside the JS heap and would otherwise not count.
 */
export function memoryNow(): Memory {
  collect();
  collect();
  const m = process.memoryUsage();
  return { heapMb: (m.heapUsed + m.external) / 2 ** 20, rssMb: m.rss / 2 ** 20 };
}

export function memoryDelta(before: Memory, after: Memory): Memory {
  return { heapMb: after.heapMb - before.heapMb, rssMb: after.rssMb - before.rssMb };
}

/** Run fn once and return its result with the elapsed milliseconds. */
export function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

/**
 * Time fn up to `runs` times, stopping early once `budgetMs` has been spent (at least one run):
 * the same rule serves a 20 ms recompute and a 20 s Turf union.
 */
export function repeatTimed(fn: () => void, runs: number, budgetMs: number): number[] {
  const out: number[] = [];
  const start = performance.now();
  while (out.length < runs && (out.length === 0 || performance.now() - start < budgetMs)) out.push(timed(fn)[1]);
  return out;
}

/** Nearest-rank percentile (p in 0…100) of an unsorted list; NaN for an empty one. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const median = (xs: readonly number[]): number => percentile(xs, 50);

/** Progress goes to stderr so that `--json` keeps stdout for the one JSON array. */
export function progress(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}
