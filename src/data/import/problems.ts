import type { ImportMessageKey, ImportProblem } from "./types.ts";

type Params = Record<string, string | number>;

export function problem(severity: ImportProblem["severity"], key: ImportMessageKey, file: string, params: Params = {}): ImportProblem {
  return { severity, key, params: { file, ...params } };
}

/** Thrown inside the importer only; importFiles turns it into an error problem for the file. */
export class ImportFailure extends Error {
  readonly problem: ImportProblem;
  constructor(key: ImportMessageKey, file: string, params: Params = {}) {
    super(key);
    this.name = "ImportFailure";
    this.problem = problem("error", key, file, params);
  }
}

/**
 * Any thrown value as a problem: ours as they are, a stack overflow (data nested tens of
 * thousands deep) as such, anything else as an internal error naming the file. The engine's
 * own text is only ever the `detail`, shown behind a toggle.
 */
export function toProblem(error: unknown, file: string): ImportProblem {
  if (error instanceof ImportFailure) return error.problem;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/i.test(detail)) return problem("error", "import.error.nestedTooDeep", file, { detail: detail.slice(0, 200) });
  return problem("error", "import.error.internal", file, { detail: detail.slice(0, 200) });
}
