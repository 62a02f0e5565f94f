import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { LAYERS } from "../layers/definitions";
import { placeLabel } from "../layers/place-label";
import { useAppStore, useAppStoreApi } from "../state/react";
import { selectSelected, selectSelectedFeature } from "../state/selectors";
import { propertyRows } from "./property-rows";

/** A place's name (or what and where it is), its layer and its properties in words; all as text, never HTML. */
export function FeatureDetails() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const ref = useAppStore(selectSelected);
  const feature = useAppStore(selectSelectedFeature);
  // A click on the map shows the details where the panel is scrolled to, not below the fold.
  useEffect(() => {
    if (ref) document.getElementById("details-heading")?.scrollIntoView({ block: "nearest" });
  }, [ref]);

  if (!ref || !feature) {
    return (
      <section className="panel-section details" aria-labelledby="details-heading">
        <h2 id="details-heading">{t("details.heading")}</h2>
        <p className="hint">{t("details.empty")}</p>
      </section>
    );
  }
  const lang = i18n.language;
  const props = feature.properties ?? {};
  const { rows, other } = propertyRows(props, t, lang);
  return (
    <section className="panel-section details" aria-labelledby="details-heading" aria-live="polite">
      <div className="details-header">
        <h2 id="details-heading">{placeLabel(props, ref.layer, t, lang)}</h2>
        <button type="button" className="icon-button" onClick={() => store.getState().select(null)} aria-label={t("details.close")}>
          ×
        </button>
      </div>
      <dl className="properties">
        <div className="property">
          <dt>{t("details.layer")}</dt>
          <dd>{t(LAYERS[ref.layer].labelKey)}</dd>
        </div>
        {rows.map((row) => (
          <div key={row.key} className="property">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {other.length > 0 && (
        <>
          <h3 className="details-other">{t("details.other")}</h3>
          <ul className="properties-other">
            {other.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
