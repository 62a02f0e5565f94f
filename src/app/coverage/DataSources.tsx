import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/react";

/** Which datasets the figures come from, with their attribution (OpenStreetMap is ODbL), and how residents were placed. */
export function DataSources() {
  const { t } = useTranslation();
  const sources = useAppStore((s) => s.coverage.sources);
  const spread = useAppStore((s) => s.coverage.spread);
  const source = useAppStore((s) => s.coverage.residentsSource);
  if (!sources || sources.length === 0) return null;
  const names = [...new Set(sources.map((s) => (s.attribution ? `${s.name} (${s.attribution})` : s.name)))];
  const placed = spread && source === "file" ? (["buildings", "streets", "grid", "noStreets"] as const).filter((k) => spread[k] > 0) : [];
  return (
    <div className="data-sources" data-testid="data-sources">
      <p>{t("coverage.sources", { names: names.join(", ") })}</p>
      {placed.length > 0 && (
        <p className="hint">{placed.map((k) => t(`coverage.spread.${k}`, { count: spread![k] })).join(" ")}</p>
      )}
    </div>
  );
}
