import { useEffect, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { useAppStore, useAppStoreApi } from "../../state/react";
import type { AppState } from "../../state/types";
import { DistanceLegend } from "../coverage/DistanceLegend";
import { ReachCurve } from "../coverage/ReachCurve";
import { Downloads } from "../workshop/Downloads";
import { buildReportModel } from "./report-model";
import { ReportAreas, ReportFigures, ReportGaps, ReportProposals, ReportSettings } from "./ReportTables";
import { useMapImage } from "./use-map-image";
import "./report.css";

type Paper = "A4" | "A3";

const selectReportInputs = (s: AppState) => ({
  coverage: s.coverage,
  coverageSettings: s.coverageSettings,
  tryPlace: s.tryPlace,
  proposalsScenario: s.proposalsScenario,
  proposalSession: s.proposalSession,
  proposalGains: s.proposalGains,
  datasets: s.datasets,
});
const selectPrintPending = (s: AppState) => s.reportPrintPending;

function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The printable report, over the app (#…&view=report). Print CSS hides the app and the
 * buttons, and @page sets the paper, so "Save as PDF" gives an A4 or A3 document.
 */
export function ReportView() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const [paper, setPaper] = useState<Paper>("A4");
  const inputs = useAppStore(useShallow(selectReportInputs));
  const printPending = useAppStore(selectPrintPending);
  const image = useMapImage(true);
  const model = buildReportModel(inputs, new Date());

  // The report is modal: the app under it leaves the tab order and the accessibility tree until it closes.
  useEffect(() => {
    const app = document.querySelector<HTMLElement>(".app");
    if (!app) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    app.inert = true;
    document.getElementById("report-title")?.focus();
    return () => {
      app.inert = false;
      opener?.focus(); // back where the planner was, not lost to the page
    };
  }, []);

  useEffect(() => {
    if (!printPending || !image) return;
    store.getState().clearReportPrint();
    window.print();
  }, [printPending, image, store]);

  return createPortal(
    <section className="report" role="dialog" aria-modal="true" aria-labelledby="report-title" data-paper={paper}>
      <style>{`@page { size: ${paper} portrait; margin: 14mm; }`}</style>
      <div className="report-tools">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t("workshop.report.print")}
        </button>
        <label className="field">
          <span>{t("workshop.report.paper")}</span>
          <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="A4">A4</option>
            <option value="A3">A3</option>
          </select>
        </label>
        <button type="button" onClick={() => store.getState().setReportOpen(false)}>
          {t("workshop.report.close")}
        </button>
        <Downloads />
      </div>
      <header>
        <h1 id="report-title" tabIndex={-1}>{t("workshop.report.title")}</h1>
        <p>{t("workshop.report.date", { date: new Date(model.date).toLocaleDateString(i18n.language) })}</p>
      </header>
      <ReportSection id="report-figures" title={t("workshop.report.figures")}>
        <ReportFigures model={model} />
      </ReportSection>
      <ReportSection id="report-map" title={t("workshop.report.map")}>
        {image ? <img src={image} alt={t("workshop.report.mapAlt")} data-testid="report-map-image" /> : <p role="status">{t("workshop.report.mapLoading")}</p>}
        {/* The legend again as text under the image: on paper the image's own legend is shrunk with
            the map to a few points; this one prints at the report's text size. */}
        <DistanceLegend />
      </ReportSection>
      {model.areas.length > 1 && (
        <ReportSection id="report-areas" title={t("coverage.areas.heading")}>
          <ReportAreas model={model} />
        </ReportSection>
      )}
      <ReportSection id="report-gaps" title={t("workshop.report.gaps")}>
        <ReportGaps model={model} />
      </ReportSection>
      <ReportSection id="report-proposals" title={t("workshop.report.proposals")}>
        <ReportProposals model={model} />
      </ReportSection>
      <ReportSection id="report-curve" title={t("workshop.report.curve")}>
        <ReachCurve />
      </ReportSection>
      <ReportSection id="report-sources" title={t("workshop.report.sources")}>
        <ReportSettings model={model} />
      </ReportSection>
    </section>,
    document.body,
  );
}
