import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// Runs a real vitest, in a child process, on small folders of test files made here, with the
// project's summary reporter, and reads the closing line it printed.
const repo = path.resolve(import.meta.dirname, "../../..");
const vitestBin = path.join(repo, "node_modules/vitest/vitest.mjs");
const reporter = path.join(repo, "tests/summary-reporter.ts");
const made: string[] = [];

function runVitestOn(files: Record<string, string>, extraConfig = ""): { line: string; status: number | null } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "summary-reporter-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  // Globals, so the files need no import of vitest (the folder has no node_modules).
  writeFileSync(
    path.join(dir, "vitest.config.mjs"),
    `export default { test: { globals: true, include: ["*.test.js"], reporters: [${JSON.stringify(reporter)}]${extraConfig} } };\n`,
  );
  const run = spawnSync(process.execPath, [vitestBin, "run", "--root", dir, "--config", path.join(dir, "vitest.config.mjs")], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, CI: "true", FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  const lines = run.stdout.split("\n").filter((l) => l.startsWith("tests: "));
  expect(lines, `exactly one summary line in:\n${run.stdout}\n${run.stderr}`).toHaveLength(1);
  return { line: lines[0], status: run.status };
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("summary reporter", () => {
  it("counts failed tests, files that fail on import or in a hook, and errors outside tests", () => {
    const { line, status } = runVitestOn({
      "pass.test.js": `test("one", () => expect(1).toBe(1));\ntest("two", () => expect(2).toBe(2));\ntest.skip("later", () => {});\n`,
      "fail.test.js": `test("wrong", () => expect(1).toBe(2));\n`,
      "throws-on-import.test.js": `throw new Error("broken on import");\ntest("never", () => {});\n`,
      "syntax-error.test.js": `test("x", () => { const = 3; });\n`,
      "hook-fails.test.js": `test("fine", () => {});\nafterAll(() => { throw new Error("cleanup broke"); });\n`,
      "unhandled.test.js":
        `test("leaks an error", () => { setTimeout(() => { throw new Error("late"); }, 0); });\n` +
        `test("waits", () => new Promise((done) => setTimeout(done, 50)));\n`,
    });
    // passed: one, two, fine, leaks an error, waits. failed: wrong, the import error, the
    // syntax error, the failing hook, the late error. skipped: later.
    expect(line).toBe("tests: 5 passed, 5 failed, 1 skipped");
    expect(status).not.toBe(0);
  });

  it("counts every scheduled file as failed when the global setup throws", () => {
    const { line, status } = runVitestOn(
      {
        "a.test.js": `test("a", () => {});\n`,
        "b.test.js": `test("b", () => {});\n`,
        "setup.mjs": `export default function () { throw new Error("setup broke"); }\n`,
      },
      `, globalSetup: ["./setup.mjs"]`,
    );
    expect(line).toBe("tests: 0 passed, 2 failed, 0 skipped");
    expect(status).not.toBe(0);
  });

  it("counts a test whose worker was killed as failed, not skipped", () => {
    const { line, status } = runVitestOn({
      "pass.test.js": `test("ok", () => {});\n`,
      "killed.test.js": `test("dies", () => { process.kill(process.pid, "SIGKILL"); });\n`,
    });
    const [passed, failed, skipped] = line.match(/\d+/g)!.map(Number);
    expect(passed).toBe(1);
    expect(skipped).toBe(0);
    // The unfinished test, and vitest's own error about the worker.
    expect(failed).toBeGreaterThanOrEqual(1);
    expect(status).not.toBe(0);
  });

  it("says 0 failed when everything passes", () => {
    const { line, status } = runVitestOn({ "pass.test.js": `test("one", () => {});\ntest("two", () => {});\n` });
    expect(line).toBe("tests: 2 passed, 0 failed, 0 skipped");
    expect(status).toBe(0);
  });
});
