import { describe, expect, it } from "vitest";
import { buildReportModel } from "../../../src/app/report/report-model";
import { allProposalsRealised, bestProposalGain, compareScenarios } from "../../../src/app/workshop/scenario";
import { exportLayout, metresPerPixel, scaleBarLength } from "../../../src/map/export-layout";
import { createProposal } from "../../../src/proposals";
import { createAppStore } from "../../../src/state/store";
import type { CoverageFigures } from "../../../src/state/types";

const figures = (share: number, withinReach: number): CoverageFigures => ({
  mode: "network", limitM: 400, places: 11, residentsTotal: 1000, withinReach, share, inGaps: 1000 - withinReach, unreachable: 0, noStreetData: 0,
});

function storeWithAnalysis() {
  const store = createAppStore();
  const s = store.getState();
  s.updateCoverage({
    status: "ready",
    figures: figures(0.64, 640),
    gapList: [
      { id: "g1", rank: 1, residents: 210.4, areaM2: 52_000, bbox: [0, 0, 1, 1] },
      { id: "g2", rank: 2, residents: 0.1, areaM2: 400, bbox: [0, 0, 1, 1] },
    ],
  });
  s.replaceProposals({
    a: { ...createProposal({ location: [3, 52.1], name: "Bieb" }, new Date("2026-03-01T10:00:00Z"), "a"), support: 2 },
    b: { ...createProposal({ location: [3, 52.1], name: "Plein" }, new Date("2026-03-01T10:00:00Z"), "b"), support: 5 },
  });
  return store;
}

describe("report model", () => {
  it("gathers figures, ranked gaps with residents, proposals by support and the settings", () => {
    const store = storeWithAnalysis();
    store.setState({ proposalGains: { b: 31 } });
    const model = buildReportModel(store.getState(), new Date("2026-11-22T09:00:00Z"));
    expect(model.date).toBe("2026-11-22");
    expect(model.figures?.share).toBe(0.64);
    expect(model.gaps).toEqual([{ rank: 1, residents: 210, hectares: 5.2 }]);
    expect(model.proposals.map((p) => [p.name, p.support, p.gain])).toEqual([["Plein", 5, 31], ["Bieb", 2, undefined]]);
    expect(model.totalSupport).toBe(7);
    expect(model.settings).toEqual({ limitM: 400, minutes: 5, speedKmh: 4.8, normId: "custom", placeLayers: ["meeting", "squares", "green"] });
    expect(model.comparison).toBeNull();
  });

  it("compares the baseline with the trial place, and with all proposals once those are fed", () => {
    const store = storeWithAnalysis();
    store.getState().setTryPlace({ at: [3, 52.1], gained: 60, figures: figures(0.7, 700) });
    expect(compareScenarios(store.getState())).toMatchObject({ source: "tryPlace", gained: 60, scenario: { share: 0.7 }, baseline: { share: 0.64 } });
    expect(allProposalsRealised(store.getState())).toBeNull();
    store.getState().setProposalsScenario({ figures: figures(0.81, 810), gained: 170 });
    expect(compareScenarios(store.getState())).toMatchObject({ source: "proposals", gained: 170, scenario: { share: 0.81 } });
    expect(buildReportModel(store.getState(), new Date()).comparison?.source).toBe("proposals");
  });

  it("names the proposal with the largest gain of its own, ignoring gains of removed proposals", () => {
    const store = storeWithAnalysis();
    expect(bestProposalGain(store.getState())).toBeNull();
    store.setState({ proposalGains: { a: 80, b: 31, gone: 500 } });
    expect(bestProposalGain(store.getState())).toEqual({ name: "Bieb", gained: 80 });
  });
});

describe("PNG export layout", () => {
  it("scales the image and keeps the legend inside it", () => {
    const l = exportLayout(1280, 800, 2, 13);
    expect([l.width, l.height]).toEqual([2560, 1600]);
    expect(l.legend.x).toBeGreaterThan(0);
    expect(l.legend.y).toBeGreaterThan(l.title.y + l.title.h);
    expect(l.legend.y + l.legend.h).toBeLessThan(l.attribution.y);
  });

  it("picks a round scale bar length", () => {
    const mpp = metresPerPixel(52.1, 15);
    expect(mpp).toBeCloseTo(1.46, 1);
    const bar = scaleBarLength(mpp, 140);
    expect(bar.metres).toBe(200);
    expect(bar.px).toBeCloseTo(200 / mpp, 6);
  });
});
