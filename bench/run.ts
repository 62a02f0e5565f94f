/**
 * Coverage benchmark: our engine against a general graph library and the naive Turf method, on
 * a seeded synthetic city and on the demo neighbourhood, in one run (see docs/benchmarks.md).
 *
 *   npm run bench                  table on stdout, progress on stderr
 *   npm run bench -- --json        one JSON array of rows on stdout, nothing else
 *   npm run bench -- --quick       a 30k-edge city: figures in seconds
 */
import os from "node:os";
import { benchGraphLibrary } from "./engines/graph-library.ts";
import { benchOurs } from "./engines/ours.ts";
import { benchTurf } from "./engines/turf.ts";
import { loadScenario, SCENARIO_KEYS } from "./scenarios.ts";
import { notesLines, resultTable, targetLines, toRow } from "./table.ts";
import { progress } from "./timing.ts";
import type { EngineResult } from "./types.ts";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--json" && a !== "--quick");
if (unknown.length) {
  process.stderr.write(`unknown option ${unknown.join(" ")}; use --json and/or --quick\n`);
  process.exit(2);
}
const json = args.includes("--json"), quick = args.includes("--quick");

// Repeat full recomputes 10 times, but stop early once the budget is spent (the library takes
// seconds a pass at full size). The library's drag is cut at a time budget for the same reason.
const budget = quick
  ? { fullRuns: 10, fullBudgetMs: 1_500, dragBudgetMs: 3_000 }
  : { fullRuns: 10, fullBudgetMs: 20_000, dragBudgetMs: 60_000 };
const TURF_CAP_MS = 60_000;

const results: EngineResult[][] = [];
for (const key of SCENARIO_KEYS) {
  const s = loadScenario(key, quick);
  progress(`scenario ${s.name}: ${s.description}`);
  const ours = benchOurs(s, budget);
  const library = benchGraphLibrary(s, budget, ours.reach);
  const turf = await benchTurf(s, quick, TURF_CAP_MS);
  results.push([ours.result, library, turf]);
}

if (json) {
  process.stdout.write(JSON.stringify(results.flat().map(toRow)) + "\n");
} else {
  const cpu = os.cpus();
  const out = [
    `Coverage benchmark${quick ? " (--quick)" : ""}, ${new Date().toISOString().slice(0, 16)}Z`,
    `machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, shared with other work: timings are noisy`,
    "",
    resultTable(results.flat()),
    "",
    "Speed-ups and the issue's targets (reported, never asserted):",
    ...results.flatMap((r, i) => targetLines(r, !quick && SCENARIO_KEYS[i] === "synthetic")),
    "",
    "Notes:",
    ...results.flatMap(notesLines),
  ];
  process.stdout.write(out.join("\n") + "\n");
}
const mismatch = results.flat().filter((r) => r.status === "MISMATCH");
if (mismatch.length) progress(`MISMATCH: the graph library disagrees with our engine in ${mismatch.map((r) => r.scenario).join(", ")} — see the notes`);
