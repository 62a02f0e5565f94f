import { useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import type { GapSummary } from "../../state/types";
import { formatHectares } from "./format";

const SHOWN = 8;

/** Gap areas ranked by residents beyond reach; a click frames one on the map and says which. */
export function GapList() {
  const { t } = useTranslation();
  const gaps = useAppStore((s) => s.coverage.gapList);
  const [announcement, setAnnouncement] = useState("");
  return (
    <>
      {/* Mounted before the list, so the first choice is read out too; only a click fills it. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="gap-announcer">
        {announcement}
      </p>
      {gaps && <Gaps gaps={gaps} onShown={(g) => setAnnouncement(t("coverage.gapShown", { rank: g.rank, residents: residentsText(t, g) }))} />}
    </>
  );
}

const residentsText = (t: TFunction, g: GapSummary) => t("analysis.gap.residents", { count: Math.round(g.residents) });

function Gaps({ gaps, onShown }: { gaps: readonly GapSummary[]; onShown: (gap: GapSummary) => void }) {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const selected = useAppStore((s) => s.selectedGap);
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
                  onShown(g);
                }}
              >
                <span>{t("analysis.gap.title", { rank: g.rank })}</span>
                <span className="figure">{residentsText(t, g)}</span>
                <span className="hint">{t("analysis.gap.area", { hectares: formatHectares(g.areaM2, i18n.language) })}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
