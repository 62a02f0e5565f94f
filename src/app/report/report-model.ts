/**
 * What the printable report says, gathered from the store in one pure function so that the
 * page, the tests and any later export read the same figures.
 */
import { metresToMinutes } from "../../analysis/walking";
import { rankedProposals, shownGaps } from "../../data/exports";
import type { ProposalStatus } from "../../proposals";
import { byId } from "../../proposals/id-records";
import type { AppState, CoverageFigures, PlaceLayerId } from "../../state/types";
import { compareScenarios, totalSupport, type ScenarioComparison } from "../workshop/scenario";

export interface ReportGap {
  rank: number;
  residents: number;
  hectares: number;
}

export interface ReportProposal {
  id: string;
  name: string;
  status: ProposalStatus;
  support: number;
  gain?: number;
}

export interface ReportModel {
  /** YYYY-MM-DD of the analysis shown. */
  date: string;
  figures?: CoverageFigures;
  comparison: ScenarioComparison | null;
  gaps: ReportGap[];
  proposals: ReportProposal[];
  totalSupport: number;
  /** The data the analysis ran on (only what it used: never the demo beside the planner's own data), with attribution. */
  sources: { name: string; attribution?: string }[];
  residentsSource?: "file" | "estimate-buildings" | "none";
  /** Per population polygon, least covered first. */
  areas: { id: string; name: string; residents: number; withinReach: number; share: number | null; noStreetData: number }[];
  settings: { limitM: number; minutes: number; speedKmh: number; normId: string; placeLayers: PlaceLayerId[] };
}

type ReportInputs = Pick<
  AppState,
  "coverage" | "coverageSettings" | "tryPlace" | "proposalsScenario" | "proposalSession" | "proposalGains"
>;

/** One line per source: a file that filled several layers is one source. */
function sourcesOf(coverage: AppState["coverage"]): ReportModel["sources"] {
  const seen = new Map<string, ReportModel["sources"][number]>();
  for (const s of coverage.sources ?? []) if (!seen.has(s.name)) seen.set(s.name, { name: s.name, ...(s.attribution ? { attribution: s.attribution } : {}) });
  return [...seen.values()];
}

export function buildReportModel(s: ReportInputs, now: Date): ReportModel {
  const { limitM, speedKmh, normId, placeLayers } = s.coverageSettings;
  const gains = s.proposalGains ?? {};
  return {
    date: now.toISOString().slice(0, 10),
    figures: s.coverage.figures,
    comparison: compareScenarios(s),
    gaps: shownGaps(s.coverage.gapList ?? []).map((g) => ({
      rank: g.rank,
      residents: Math.round(g.residents),
      hectares: Math.round(g.areaM2 / 1000) / 10,
    })),
    proposals: rankedProposals(Object.values(s.proposalSession.state.proposals)).map((p) => ({
      id: p.id,
      name: p.name,
      status: p.status,
      support: p.support,
      ...(byId(gains, p.id) !== undefined ? { gain: byId(gains, p.id) } : {}),
    })),
    totalSupport: totalSupport(s),
    sources: sourcesOf(s.coverage),
    residentsSource: s.coverage.residentsSource,
    areas: (s.coverage.areas ?? [])
      .map((a) => ({ id: a.id, name: a.name, residents: Math.round(a.residentsTotal), withinReach: Math.round(a.withinReach), share: a.residentsTotal - a.noStreetData > 0 ? a.share : null, noStreetData: Math.round(a.noStreetData) }))
      .sort((a, b) => (a.share ?? 2) - (b.share ?? 2) || a.name.localeCompare(b.name)),
    settings: {
      limitM,
      minutes: metresToMinutes(limitM, speedKmh),
      speedKmh,
      normId,
      placeLayers: (Object.keys(placeLayers) as PlaceLayerId[]).filter((l) => placeLayers[l]),
    },
  };
}
