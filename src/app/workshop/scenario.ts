/**
 * Baseline against a scenario: the coverage as it is now, and with every proposal realised
 * (when the coverage feature has fed those figures) or else with the trial place.
 */
import { byId } from "../../proposals";
import type { ProposalsScenario } from "../../state/slices/workshop";
import type { AppState, CoverageFigures } from "../../state/types";

export interface ScenarioComparison {
  /** What the scenario adds: all proposals, or the one trial place. */
  source: "proposals" | "tryPlace";
  baseline: CoverageFigures;
  scenario: CoverageFigures;
  gained: number;
}

type ScenarioInputs = Pick<AppState, "coverage" | "tryPlace" | "proposalsScenario">;

/**
 * Coverage with all proposals realised. The lead engineer feeds it through the store action
 * setProposalsScenario once the engine counts proposals as places; until then it is null.
 */
export function allProposalsRealised(s: Pick<AppState, "proposalsScenario">): ProposalsScenario | null {
  return s.proposalsScenario;
}

/** Baseline vs scenario, or null while there is nothing to compare yet. */
export function compareScenarios(s: ScenarioInputs): ScenarioComparison | null {
  const baseline = s.coverage.figures;
  if (!baseline) return null;
  const realised = allProposalsRealised(s);
  if (realised) return { source: "proposals", baseline, scenario: realised.figures, gained: realised.gained };
  if (s.tryPlace?.figures && s.tryPlace.gained !== undefined) {
    return { source: "tryPlace", baseline, scenario: s.tryPlace.figures, gained: s.tryPlace.gained };
  }
  return null;
}

/** Support dots given to all proposals together. */
export function totalSupport(s: Pick<AppState, "proposalSession">): number {
  return Object.values(s.proposalSession.state.proposals).reduce((sum, p) => sum + p.support, 0);
}

/** The proposal that alone brings the most residents within reach, from the per-proposal gains. */
export function bestProposalGain(s: Pick<AppState, "proposalSession" | "proposalGains">): { name: string; gained: number } | null {
  let best: { name: string; gained: number } | null = null;
  for (const [id, gained] of Object.entries(s.proposalGains ?? {})) {
    const p = byId(s.proposalSession.state.proposals, id);
    if (p && (!best || gained > best.gained)) best = { name: p.name, gained };
  }
  return best;
}

// Named selectors (wrap in useShallow: they build a new object).
export const selectComparison = (s: AppState) => compareScenarios(s);
export const selectBestProposalGain = (s: AppState) => bestProposalGain(s);
