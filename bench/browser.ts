/**
 * Browser benchmark: a planner's own OpenStreetMap file, from "file chosen" to the final
 * figures, in real headless Chromium on the production build, printed beside the command line's
 * time for the same file (issue: "in the browser as fast as in the CLI"). Also the longest
 * main-thread task while the layers are added, and the phases the page went through.
 *
 *   npm run bench:browser            table on stdout, progress on stderr
 *   npm run bench:browser -- --json  one JSON array of rows on stdout
 *
 * Inputs: the shared Monaco extract, and a Liechtenstein-size input made from it (six copies
 * side by side, see browser-input.ts). Without the shared data the bench says so and stops.
 * Figures are printed, never asserted.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { preview } from "vite";
import { launchChromium } from "../tests/browser/chromium.ts";
import { cliArgs, timeCli, type CliTiming } from "./browser-cli.ts";
import { repeatedExtract } from "./browser-input.ts";
import { timeBrowserImport, type BrowserRun } from "./browser-page.ts";
import { progress } from "./timing.ts";

const root = path.resolve(import.meta.dirname, "..");
const MONACO = path.resolve(root, "../shared/realdata/osm/monaco-latest.osm.pbf");
const args = process.argv.slice(2);
const json = args.includes("--json");
const unknown = args.filter((a) => a !== "--json");
if (unknown.length) {
  process.stderr.write(`unknown option ${unknown.join(" ")}; use --json\n`);
  process.exit(2);
}
if (!existsSync(MONACO)) {
  process.stderr.write(`The shared Monaco extract is missing (${path.relative(root, MONACO)}): the browser bench needs it and does not run.\n`);
  process.exit(1);
}
if (!existsSync(path.join(root, "dist/index.html"))) {
  process.stderr.write("No production build in dist/: run `npm run build` first (npm run bench:browser does).\n");
  process.exit(1);
}

interface Input {
  name: string;
  file: string;
  bytes: number;
  browserRuns: number;
  cliRuns: number;
}

const x6 = repeatedExtract(MONACO, 6);
const inputs: Input[] = [
  { name: "Monaco (.osm.pbf, 0.6 MB)", file: MONACO, bytes: 0, browserRuns: 3, cliRuns: 3 },
  { name: `Monaco ×6, Liechtenstein-size (Overpass JSON, ${(x6.bytes / 2 ** 20).toFixed(0)} MB)`, file: x6.file, bytes: x6.bytes, browserRuns: 2, cliRuns: 2 },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const server = await preview({ root, logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
const baseUrl = server.resolvedUrls?.local[0];
if (!baseUrl) throw new Error("vite preview did not report a URL");
const browser = await launchChromium();

interface Row {
  input: string;
  cli: CliTiming;
  browser: BrowserRun[];
}
const rows: Row[] = [];
try {
  for (const input of inputs) {
    progress(`${input.name}: CLI ${cliArgs(path.basename(input.file)).join(" ")} ×${input.cliRuns}`);
    const cli = await timeCli(input.file, input.cliRuns);
    const runs: BrowserRun[] = [];
    for (let i = 0; i < input.browserRuns; i++) {
      progress(`${input.name}: browser run ${i + 1}/${input.browserRuns}`);
      runs.push(await timeBrowserImport(browser, baseUrl, input.file));
    }
    rows.push({ input: input.name, cli, browser: runs });
  }
} finally {
  await browser.close();
  await server.close();
}

const f = (ms: number) => (ms / 1000).toFixed(2);
if (json) {
  process.stdout.write(
    JSON.stringify(
      rows.map((r) => ({
        input: r.input,
        cli_process_ms: median(r.cli.processMs),
        cli_warm_ms: r.cli.warmMs,
        browser_ms: median(r.browser.map((b) => b.totalMs)),
        browser_runs_ms: r.browser.map((b) => b.totalMs),
        ratio: median(r.browser.map((b) => b.totalMs)) / median(r.cli.processMs),
        longest_task_ms: Math.max(...r.browser.map((b) => b.longestTaskMs)),
        tasks_over_200ms: Math.max(...r.browser.map((b) => b.tasksOver200)),
        within_reach_cli: r.cli.figures.withinReach,
        within_reach_browser: r.browser[0]!.withinReach,
      })),
    ) + "\n",
  );
} else {
  const cpu = os.cpus();
  const out = [
    `Browser benchmark, ${new Date().toISOString().slice(0, 16)}Z`,
    `machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? "?"}), Node ${process.version}; Chromium headless, software WebGL`,
    "",
    "| input | CLI (fresh process) | CLI (analysis only) | browser: file chosen → final figures | browser ÷ CLI | longest main-thread task | tasks > 200 ms | within reach CLI / browser |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((r) => {
      const b = median(r.browser.map((x) => x.totalMs));
      const cli = median(r.cli.processMs);
      return `| ${r.input} | ${f(cli)} s | ${f(r.cli.warmMs)} s | ${f(b)} s (${r.browser.map((x) => f(x.totalMs)).join(", ")}) | ${(b / cli).toFixed(2)}× | ${Math.max(...r.browser.map((x) => x.longestTaskMs)).toFixed(0)} ms | ${Math.max(...r.browser.map((x) => x.tasksOver200))} | ${Math.round(r.cli.figures.withinReach)} / ${Math.round(r.browser[0]!.withinReach)} |`;
    }),
    "",
    "Where the browser's time goes (first run of each input, ms after the file was chosen):",
    ...rows.map((r) => `- ${r.input}: ${r.browser[0]!.phases.map((p) => `${p.name} ${p.atMs.toFixed(0)}`).join(" → ")}`),
    "",
    "Target (reported, never asserted): browser within 1.5× of the CLI's fresh process; no main-thread task over 200 ms.",
  ];
  process.stdout.write(out.join("\n") + "\n");
}
