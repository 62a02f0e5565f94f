import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/react";
import { formatCount, formatMinutes, formatPercent } from "./format";

/** The figures a planner quotes: share within reach, and how many live farther away. */
export function HeadlineFigures() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const figures = useAppStore((s) => s.coverage.figures);
  const warnings = useAppStore((s) => s.coverage.warnings);
  const speed = useAppStore((s) => s.coverageSettings.speedKmh);
  if (!figures) return null;
  return (
    <div className="headline" aria-live="polite">
      {figures.mode === "straight-line" && <p className="notice">{t("analysis.mode.straightLineNotice")}</p>}
      <p className="headline-share" data-testid="share-within-reach">
        {t("coverage.withinReachShare", { percent: formatPercent(figures.share, lang) })}
      </p>
      <p data-testid="within-reach">
        {t("coverage.withinReachCount", {
          count: formatCount(figures.withinReach, lang),
          total: formatCount(figures.residentsTotal, lang),
          minutes: formatMinutes(figures.limitM, speed, lang),
          metres: formatCount(figures.limitM, lang),
        })}
      </p>
      <p data-testid="in-gaps">{t("coverage.inGapsCount", { count: formatCount(figures.inGaps, lang) })}</p>
      {figures.unreachable > 0 && <p>{t("coverage.unreachableCount", { count: formatCount(figures.unreachable, lang) })}</p>}
      {warnings && warnings.length > 0 && (
        <ul className="warnings">
          {warnings.map((w) => (
            <li key={w.key}>{t(w.key, w.params)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
