/** The words and legend drawn into the PNG export, in the reader's language. */
import type { TFunction } from "i18next";
import { DISTANCE_CLASSES, UNREACHED_COLOR } from "../../coverage/distance-classes";
import { LAYERS } from "../../layers/definitions";
import type { ExportTexts, LegendItem } from "../../map/export-image";
import type { AppState } from "../../state/types";
import { formatMinutes, formatPercent } from "../coverage/format";

export function imageTexts(t: TFunction, lang: string, s: Pick<AppState, "coverage" | "coverageSettings" | "visible" | "showCoverage" | "datasets">, now: Date): ExportTexts {
  const { limitM, speedKmh } = s.coverageSettings;
  const minutes = (fraction: number) => formatMinutes(fraction * limitM, speedKmh, lang);
  const date = now.toLocaleDateString(lang);
  const legend: LegendItem[] = [];
  if (s.showCoverage) {
    const last = DISTANCE_CLASSES[DISTANCE_CLASSES.length - 2].upTo;
    for (const c of DISTANCE_CLASSES) {
      const label = Number.isFinite(c.upTo) ? t("coverage.legend.upTo", { minutes: minutes(c.upTo) }) : t("coverage.legend.beyond", { minutes: minutes(last) });
      legend.push({ color: c.color, label, kind: "line" });
    }
    legend.push({ color: UNREACHED_COLOR, label: t("coverage.legend.unreached"), kind: "line" });
    legend.push({ color: "#e8b2ab", label: t("coverage.legend.gap"), kind: "area" });
  }
  for (const layer of Object.values(LAYERS)) {
    if (s.visible[layer.id]) legend.push({ color: layer.color, label: t(layer.labelKey), kind: layer.geometry === "polygon" ? "area" : layer.shape === "triangle" ? "triangle" : "point" });
  }
  const share = s.coverage.figures?.share;
  return {
    title: t("workshop.image.title"),
    subtitle: share === undefined ? date : t("workshop.image.subtitle", { date, percent: formatPercent(share, lang), minutes: minutes(1) }),
    legendTitle: t("workshop.image.legend"),
    legend,
    // The base map as the map names it, then every licence of the data the figures use (ODbL for OpenStreetMap).
    attribution: [t(s.datasets.some((d) => d.origin === "demo") ? "map.attribution.demo" : "map.attribution.own"), ...new Set((s.coverage.sources ?? []).flatMap((x) => (x.attribution ? [x.attribution] : [])))].join(" | "),
    north: t("workshop.image.north"),
  };
}
