import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { formatHectares } from "./format";

const SHOWN = 8;

/** Gap areas ranked by residents beyond reach; a click frames one on the map. */
export function GapList() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const gaps = useAppStore((s) => s.coverage.gapList);
  const selected = useAppStore((s) => s.selectedGap);
  if (!gaps) return null;
  const withResidents = gaps.filter((g) => g.residents >= 0.5);
  return (
    <section className="panel-subsection" aria-labelledby="gaps-heading">
      <h3 id="gaps-heading">{t("coverage.gapsHeading")}</h3>
      {withResidents.length === 0 ? (
        <p className="hint">{t("coverage.gapsNone")}</p>
      ) : (
        <ol className="gap-list">
          {withResidents.slice(0, SHOWN).map((g) => (
            <li key={g.id}>
              <button
                type="button"
                className="list-button"
                aria-pressed={selected === g.id}
                onClick={() => {
                  store.getState().selectGap(g.id);
                  store.getState().requestFit(g.bbox);
                }}
              >
                <span>{t("analysis.gap.title", { rank: g.rank })}</span>
                <span className="figure">{t("analysis.gap.residents", { count: Math.round(g.residents) })}</span>
                <span className="hint">{t("analysis.gap.area", { hectares: formatHectares(g.areaM2, i18n.language) })}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
