/**
 * The walking-distance coverage engine: the public entry point. The parts live in
 * ./engine/ (docs/engine.md lists what each does); import them from here.
 */
import { CoverageEngine } from "./engine/coverage-engine.ts";
import type { CoverageInput, EngineOptions } from "./engine/types.ts";

export { CoverageEngine };
export {
  INF, STATUS_WITHIN_REACH, STATUS_IN_GAP, STATUS_UNREACHABLE, STATUS_NO_STREET_DATA,
  type AreaFigures, type CoverageInput, type CoverageMode, type EngineOptions, type Figures, type ReachCurvePoint, type ShortlistEntry, type StepResult,
} from "./engine/types.ts";
export { NO_STREET_DATA_M } from "./street-data.ts";

export function createEngine(input: CoverageInput, options: EngineOptions): CoverageEngine {
  return new CoverageEngine(input, options);
}
