import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { AreaTable } from "./AreaTable";
import { CoverageSettingsForm } from "./CoverageSettingsForm";
import { DistanceLegend } from "./DistanceLegend";
import { GapList } from "./GapList";
import { HeadlineFigures } from "./HeadlineFigures";
import { ReachCurve } from "./ReachCurve";
import { Shortlist } from "./Shortlist";
import { TryPlace } from "./TryPlace";

/** Walking-distance coverage: settings, headline figures, gaps, shortlist and the what-if. */
export function CoveragePanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const status = useAppStore((s) => s.coverage.status);
  const errorMessage = useAppStore((s) => s.coverage.errorMessage);
  const progress = useAppStore((s) => s.coverage.progress);
  const show = useAppStore((s) => s.showCoverage);
  const empty = useAppStore((s) => s.coverage.status === "idle" && !s.coverage.figures && s.datasetsLoading === 0);

  return (
    <section className="panel-section coverage" aria-labelledby="coverage-heading" data-status={status}>
      <h2 id="coverage-heading">{t("coverage.heading")}</h2>
      <label className="check">
        <input type="checkbox" checked={show} onChange={(e) => store.getState().setShowCoverage(e.target.checked)} />
        {t("coverage.show")}
      </label>
      <CoverageSettingsForm />
      {empty && <p className="notice" data-testid="coverage-empty">{t("coverage.empty")}</p>}
      {status === "computing" && (
        <p role="status" className="progress">
          {progress ? t(`analysis.progress.${progress.phase}`, { done: progress.done, total: progress.total }) : t("coverage.computing")}
          {progress && <progress max={progress.total} value={progress.done} />}
        </p>
      )}
      {status === "error" && (
        <p role="alert" className="error">
          {t("coverage.error", { message: errorMessage ?? "" })}
        </p>
      )}
      <HeadlineFigures />
      <DistanceLegend />
      <TryPlace />
      <AreaTable />
      <GapList />
      <Shortlist />
      <ReachCurve />
    </section>
  );
}
