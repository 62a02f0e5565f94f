/** What every engine of the benchmark hands back, and the JSON row printed with --json. */
import type { Memory } from "./timing.ts";

export type EngineName = "ours" | "graph-library" | "turf";
export type Status = "ok" | "MISMATCH" | "timeout" | "out-of-memory" | "crash" | "unsupported";

export interface EngineResult {
  scenario: string;
  engine: EngineName;
  /** null where the method has no build phase (Turf starts from GeoJSON every time) */
  buildMs: number | null;
  /** each timed full recompute */
  fullMs: number[];
  /** when no full run finished before the cap: how long the unfinished one had run */
  fullAtLeastMs?: number;
  /** each timed drag step */
  dragMs: number[];
  /** retained heap/RSS growth from the build (and for Turf: from one full run) */
  memory: Memory | null;
  /** residents (persons, weighted) beyond the limit, at the places' starting positions */
  uncovered: number | null;
  uncoveredPoints: number | null;
  status: Status;
  notes: string[];
}

/** Per-resident reach (1 = within the limit) at the start and after the scripted drag. */
export interface Reach {
  start: Uint8Array;
  afterDrag: Uint8Array;
}

export interface Row {
  scenario: string;
  engine: EngineName;
  build_ms: number | null;
  full_ms: number | null;
  drag_median_ms: number | null;
  drag_p95_ms: number | null;
  uncovered_residents: number | null;
  status: Status;
}
