/**
 * Results → JSON rows and a readable side-by-side table with speed-ups and the issue's targets.
 * Targets are reported, never asserted: timings on a shared 2-core machine are noisy.
 */
import { median, percentile } from "./timing.ts";
import type { EngineName, EngineResult, Row } from "./types.ts";

const round = (x: number | null, digits = 3): number | null => (x === null || !Number.isFinite(x) ? null : Number(x.toFixed(digits)));
const orNull = (xs: number[], f: (xs: number[]) => number): number | null => (xs.length ? f(xs) : null);

export function toRow(r: EngineResult): Row {
  return {
    scenario: r.scenario,
    engine: r.engine,
    build_ms: round(r.buildMs, 1),
    full_ms: round(orNull(r.fullMs, median)),
    drag_median_ms: round(orNull(r.dragMs, median), 4),
    drag_p95_ms: round(orNull(r.dragMs, (xs) => percentile(xs, 95)), 4),
    uncovered_residents: round(r.uncovered, 1),
    status: r.status,
  };
}

function ms(x: number | null): string {
  if (x === null) return "—";
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  return x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(3);
}

const int = (x: number | null) => (x === null ? "—" : Math.round(x).toLocaleString("en-US"));

function grid(header: string[], rows: string[][]): string {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(" | ")} |`;
  return [line(header), `|${w.map((n, i) => (i < 2 ? ` ${"-".repeat(n)} ` : ` ${"-".repeat(n - 1)}: `)).join("|")}|`, ...rows.map(line)].join("\n");
}

export function resultTable(results: EngineResult[]): string {
  const header = ["scenario", "engine", "build ms", "full ms (median)", "runs", "drag median ms", "drag p95 ms", "steps", "heap Δ MB", "RSS Δ MB", "uncovered persons", "points", "status"];
  const rows = results.map((r) => {
    const row = toRow(r);
    const full = row.full_ms === null && r.fullAtLeastMs !== undefined ? `> ${ms(r.fullAtLeastMs)}` : ms(row.full_ms);
    return [r.scenario, r.engine, ms(row.build_ms), full, String(r.fullMs.length), ms(row.drag_median_ms), ms(row.drag_p95_ms), String(r.dragMs.length),
      r.memory ? r.memory.heapMb.toFixed(1) : "—", r.memory ? r.memory.rssMb.toFixed(1) : "—", int(r.uncovered), int(r.uncoveredPoints), r.status];
  });
  return grid(header, rows);
}

/** "123×", or "≥ 123×" when the slower side only has a lower bound (it hit the cap). */
function ratio(slow: number | null, atLeast: boolean, fast: number | null): { text: string; value: number | null } {
  if (slow === null || fast === null || fast <= 0) return { text: "n/a", value: null };
  const v = slow / fast;
  return { text: `${atLeast ? "≥ " : ""}${v >= 100 ? v.toFixed(0) : v.toFixed(1)}×`, value: v };
}

const verdict = (ok: boolean | null) => (ok === null ? "not measured" : ok ? "MET" : "NOT MET");

/** Speed-ups and the issue's targets for one scenario. */
export function targetLines(results: EngineResult[], issueScale: boolean): string[] {
  const by = (e: EngineName) => results.find((r) => r.engine === e);
  const ours = by("ours");
  if (!ours) return [];
  const fullOf = (r: EngineResult | undefined) => (r?.fullMs.length ? median(r.fullMs) : r?.fullAtLeastMs ?? null);
  const dragOf = (r: EngineResult | undefined) => (r?.dragMs.length ? median(r.dragMs) : null);
  const ourFull = fullOf(ours), ourDrag = dragOf(ours);
  const out = [`${ours.scenario}${issueScale ? "" : " (not the issue's 300k-edge scale: indicative only)"}`];
  out.push(`  full recompute ≤ 25 ms: ${ms(ourFull)} ms → ${verdict(ourFull === null ? null : ourFull <= 25)}`);
  out.push(`  drag step ≤ 0.2 ms median: ${ms(ourDrag)} ms → ${verdict(ourDrag === null ? null : ourDrag <= 0.2)}`);
  for (const [engine, target] of [["graph-library", 25], ["turf", 200]] as const) {
    const other = by(engine);
    const partial = !other?.fullMs.length && other?.fullAtLeastMs !== undefined;
    const full = ratio(fullOf(other), partial, ourFull), drag = ratio(dragOf(other), false, ourDrag);
    const met = (v: number | null) => verdict(v === null ? null : v >= target);
    out.push(`  ours vs ${engine} (≥ ${target}× faster): full recompute ${full.text} → ${met(full.value)}; drag step ${drag.text} → ${met(drag.value)}`);
  }
  return out;
}

/** The engines' own notes, plus the spread of the full runs (the machine is shared: noise shows here). */
export function notesLines(results: EngineResult[]): string[] {
  return results.flatMap((r) => {
    const spread = r.fullMs.length > 1 ? [`full recompute runs: min ${ms(Math.min(...r.fullMs))}, median ${ms(median(r.fullMs))}, max ${ms(Math.max(...r.fullMs))} ms`] : [];
    return [...r.notes, ...spread].map((n) => `  ${r.scenario} / ${r.engine}: ${n}`);
  });
}
