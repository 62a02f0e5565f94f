/**
 * The command line's time for the same file, to print beside the browser's: the CLI as a planner
 * runs it (a fresh `tsx cli/coverage.ts` process, as `npm run coverage` starts it), and its
 * `main` called in this process a second time (modules loaded and compiled: the analysis alone).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { main } from "../cli/coverage.ts";

const root = path.resolve(import.meta.dirname, "..");

export interface CliFigures {
  residentsTotal: number;
  withinReach: number;
  inGaps: number;
  places: number;
  shortlist: { id: string; gained: number }[];
}

export interface CliTiming {
  /** wall time of each fresh process, ms */
  processMs: number[];
  /** wall time of main() with everything loaded, ms */
  warmMs: number;
  figures: CliFigures;
}

export const cliArgs = (file: string) => ["--osm", file, "--max-walk", "400", "--json"];

function runProcess(args: string[]): Promise<{ ms: number; stdout: string }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "cli/coverage.ts", ...args], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve({ ms: performance.now() - t0, stdout }) : reject(new Error(`cli/coverage.ts exited with ${code}`))));
  });
}

async function runInProcess(args: string[]): Promise<{ ms: number; stdout: string }> {
  let stdout = "";
  const t0 = performance.now();
  const code = await main(args, undefined, (s) => (stdout += s));
  if (code !== 0) throw new Error(`cli main exited with ${code}`);
  return { ms: performance.now() - t0, stdout };
}

export async function timeCli(file: string, runs: number): Promise<CliTiming> {
  const args = cliArgs(file);
  const processMs: number[] = [];
  let stdout = "";
  for (let i = 0; i < runs; i++) ({ stdout } = await runProcess(args).then((r) => (processMs.push(r.ms), r)));
  await runInProcess(args); // loads and compiles the modules
  const warm = await runInProcess(args);
  return { processMs, warmMs: warm.ms, figures: JSON.parse(stdout) as CliFigures };
}
