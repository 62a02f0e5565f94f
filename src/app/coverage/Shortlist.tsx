import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { SHORTLIST_SHOWN } from "../../coverage/shortlist-features";
import { placeLabel } from "../../layers/place-label";
/** Half the side of the box framed around a candidate, in degrees (about 150 m). */
const FRAME = 0.0015;

/** The planner's shortlist: candidates ranked by residents they would bring within reach. */
export function Shortlist() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const items = useAppStore((s) => s.coverage.shortlist);
  if (!items || items.length === 0) return null;
  return (
    <section className="panel-subsection" aria-labelledby="shortlist-heading">
      <h3 id="shortlist-heading">{t("analysis.shortlist.title")}</h3>
      <p className="hint" id="shortlist-hint">
        {t("coverage.shortlistHint")}
      </p>
      <ol className="shortlist">
        {items.slice(0, SHORTLIST_SHOWN).map((item, i) => {
          const name = placeLabel(item.properties, item.layer, t, i18n.language);
          return (
          <li key={`${item.layer}:${item.id}`}>
            <button
              type="button"
              className="list-button"
              aria-describedby="shortlist-hint"
              onClick={() => {
                const [lon, lat] = item.at;
                store.getState().select({ layer: item.layer, id: item.id });
                store.getState().requestFit([lon - FRAME, lat - FRAME, lon + FRAME, lat + FRAME]);
              }}
            >
              <span>
                <span className="rank-badge" aria-hidden="true">
                  {i + 1}
                </span>{" "}
                {name}
              </span>
              <span className="figure">{t("analysis.shortlist.gained", { count: Math.round(item.gained) })}</span>
            </button>
          </li>
          );
        })}
      </ol>
    </section>
  );
}
