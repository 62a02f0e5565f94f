import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { selectCompareView, type CompareView } from "../../state/slices/workshop";
import { formatPercent } from "../coverage/format";
import { selectComparison } from "./scenario";

/** Baseline and scenario side by side, and which of the two the map shows. */
export function ScenarioCompare() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const store = useAppStoreApi();
  const comparison = useAppStore(useShallow(selectComparison));
  const mapShows = useAppStore(selectCompareView);
  if (!comparison) {
    return (
      <section className="panel-subsection compare" aria-labelledby="compare-heading">
        <h3 id="compare-heading">{t("workshop.compare.heading")}</h3>
        <p className="hint">{t("workshop.compare.none")}</p>
      </section>
    );
  }
  const scenarioLabel = t(`workshop.compare.scenario.${comparison.source}`);
  const options: [CompareView, string][] = [
    ["baseline", t("workshop.compare.baseline")],
    ["scenario", scenarioLabel],
  ];
  return (
    <section className="panel-subsection compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t("workshop.compare.heading")}</h3>
      <div className="compare-figures" aria-live="polite">
        <figure data-testid="compare-baseline">
          <figcaption>{t("workshop.compare.baseline")}</figcaption>
          <p className="compare-share">{t("workshop.percent", { percent: formatPercent(comparison.baseline.share, lang) })}</p>
        </figure>
        <figure data-testid="compare-scenario">
          <figcaption>{scenarioLabel}</figcaption>
          <p className="compare-share">{t("workshop.percent", { percent: formatPercent(comparison.scenario.share, lang) })}</p>
        </figure>
      </div>
      <p className="gain" data-testid="compare-gained">
        {t("workshop.compare.gained", { count: Math.round(comparison.gained) })}
      </p>
      <fieldset className="compare-toggle">
        <legend>{t("workshop.compare.mapShows")}</legend>
        {options.map(([value, label]) => (
          <label key={value} className="check">
            <input type="radio" name="compare-view" checked={mapShows === value} onChange={() => store.getState().setCompareView(value)} />
            {label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
