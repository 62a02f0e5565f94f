import { useTranslation } from "react-i18next";
import { DISTANCE_CLASSES, NO_STREET_DATA_COLOR, SHARE_CLASSES, UNREACHED_COLOR } from "../../coverage/distance-classes";
import { useAppStore } from "../../state/react";
import { formatMinutes, formatPercent } from "./format";

export function DistanceLegend() {
  const { t, i18n } = useTranslation();
  const { limitM, speedKmh } = useAppStore((s) => s.coverageSettings);
  const minutes = (fraction: number) => formatMinutes(fraction * limitM, speedKmh, i18n.language);
  const last = DISTANCE_CLASSES[DISTANCE_CLASSES.length - 2].upTo;
  const hasAreas = useAppStore((s) => (s.coverage.areaPolygons?.features.length ?? 0) > 0);
  const hasNoStreetData = useAppStore((s) => (s.coverage.figures?.noStreetData ?? 0) > 0);
  return (
    <figure className="distance-legend">
      <figcaption>{t("coverage.legend")}</figcaption>
      <ul>
        {DISTANCE_CLASSES.map((c) => (
          <li key={c.color}>
            <span className="swatch-line" style={{ background: c.color }} aria-hidden="true" />
            {Number.isFinite(c.upTo) ? t("coverage.legend.upTo", { minutes: minutes(c.upTo) }) : t("coverage.legend.beyond", { minutes: minutes(last) })}
          </li>
        ))}
        <li>
          <span className="swatch-line" style={{ background: UNREACHED_COLOR }} aria-hidden="true" />
          {t("coverage.legend.unreached")}
        </li>
        <li>
          <span className="swatch-area gap" aria-hidden="true" />
          {t("coverage.legend.gap")}
        </li>
        {hasNoStreetData && (
          <li>
            <span className="swatch-area" style={{ background: NO_STREET_DATA_COLOR }} aria-hidden="true" />
            {t("coverage.legend.noStreetData")}
          </li>
        )}
      </ul>
      {hasAreas && (
        <>
          <p className="legend-caption">{t("coverage.legend.choropleth")}</p>
          <ul>
            {SHARE_CLASSES.map((c, i) => (
              <li key={c.color}>
                <span className="swatch-area" style={{ background: c.color }} aria-hidden="true" />
                {formatPercent(c.from, i18n.language)}–{formatPercent(SHARE_CLASSES[i + 1]?.from ?? 1, i18n.language)} %
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
