import type { Reporter, SerializedError, TestModule, TestRunEndReason, TestSpecification } from "vitest/node";

export interface SummaryCount {
  passed: number;
  failed: number;
  skipped: number;
}

const moduleKey = (projectName: string, moduleId: string) => `${projectName}\u0000${moduleId}`;

/**
 * Counts a run so that nothing that went wrong can read as a pass: beside failed tests, a file
 * that failed without a failed test (import or syntax error, a failing hook), a file that was
 * scheduled but never reported (a global setup that threw stops every file), a test that never
 * finished (its worker was killed) and every error outside a test each count as one failure.
 */
export function countRun(
  scheduled: ReadonlySet<string>,
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
  reason: TestRunEndReason,
): SummaryCount {
  const count: SummaryCount = { passed: 0, failed: 0, skipped: 0 };
  const reported = new Set<string>();
  for (const mod of testModules) {
    reported.add(moduleKey(mod.project.name, mod.moduleId));
    let failedHere = 0;
    for (const test of mod.children.allTests()) {
      const state = test.result().state;
      if (state === "passed") count.passed++;
      else if (state === "skipped") count.skipped++;
      // "failed", or "pending" after the run ended: the test never got to finish.
      else failedHere++;
    }
    const modState = mod.state();
    if (failedHere === 0 && modState !== "passed" && modState !== "skipped") failedHere = 1;
    count.failed += failedHere;
  }
  for (const key of scheduled) if (!reported.has(key)) count.failed++;
  count.failed += unhandledErrors.length;
  // Vitest knows of a failure that none of the above shows: never print "0 failed" then.
  if (reason === "failed" && count.failed === 0) count.failed = 1;
  return count;
}

export function summaryLine(count: SummaryCount): string {
  return `tests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`;
}

/**
 * Prints one plain closing line, "tests: N passed, N failed, N skipped", after every run, so
 * that any CI can read the outcome without knowing vitest's own summary format.
 */
export default class SummaryReporter implements Reporter {
  private scheduled = new Set<string>();

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>) {
    this.scheduled = new Set(specifications.map((spec) => moduleKey(spec.project.name, spec.moduleId)));
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ) {
    const count = countRun(this.scheduled, testModules, unhandledErrors, reason);
    process.stdout.write(`\n${summaryLine(count)}\n`);
  }
}
