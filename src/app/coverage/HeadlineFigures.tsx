import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/react";
import { formatCount, formatMinutes, formatPercent } from "./format";
import { DataSources } from "./DataSources";

/** The figures a planner quotes: share within reach, how many live farther away, and where the residents come from. */
export function HeadlineFigures() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const figures = useAppStore((s) => s.coverage.figures);
  const warnings = useAppStore((s) => s.coverage.warnings);
  const source = useAppStore((s) => s.coverage.residentsSource);
  const demoIgnored = useAppStore((s) => s.coverage.demoIgnored);
  const speed = useAppStore((s) => s.coverageSettings.speedKmh);
  if (!figures) return null;
  const estimate = source === "estimate-buildings";
  return (
    <div className="headline" aria-live="polite" data-residents-source={source}>
      {figures.mode === "straight-line" && <p className="notice">{t("analysis.mode.straightLineNotice")}</p>}
      {demoIgnored && <p className="notice">{t("coverage.demoIgnored")}</p>}
      {source === "none" ? (
        <p className="notice" data-testid="no-residents">{t("analysis.warning.noResidents")}</p>
      ) : (
        <>
          {estimate && (
            <p className="estimate-badge" data-testid="estimate-badge">
              {t("coverage.estimate")}
            </p>
          )}
          {/* A big figure, not a heading: a div, so that assistive technology does not read it as a title of what follows. */}
          <div className="headline-share" data-testid="share-within-reach">
            {t(estimate ? "coverage.withinReachShareEstimate" : "coverage.withinReachShare", { percent: formatPercent(figures.share, lang) })}
          </div>
          <p data-testid="within-reach">
            {t(estimate ? "coverage.withinReachCountEstimate" : "coverage.withinReachCount", {
              // Numbers, not formatted text: i18next chooses the plural form only for a number. Rounded, so
              // the form agrees with the whole number shown ("1 inwoner", not "1 inwoners" for 0.7).
              count: Math.round(figures.withinReach),
              total: figures.residentsTotal - figures.noStreetData,
              minutes: formatMinutes(figures.limitM, speed, lang),
              metres: formatCount(figures.limitM, lang),
            })}
          </p>
          <p data-testid="in-gaps">{t("coverage.inGapsCount", { count: Math.round(figures.inGaps) })}</p>
          {figures.unreachable > 0 && <p>{t("coverage.unreachableCount", { count: Math.round(figures.unreachable) })}</p>}
          {figures.noStreetData > 0 && (
            <p data-testid="no-street-data">{t("coverage.noStreetDataCount", { count: Math.round(figures.noStreetData) })}</p>
          )}
        </>
      )}
      {warnings && warnings.length > 0 && (
        <ul className="warnings">
          {warnings.filter((w) => !(source === "none" && w.key === "analysis.warning.noResidents")).map((w) => (
            <li key={w.key}>{t(w.key, w.params)}</li>
          ))}
        </ul>
      )}
      <DataSources />
    </div>
  );
}
