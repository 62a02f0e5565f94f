import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { LAYERS } from "../layers/definitions";
import { useAppStore, useAppStoreApi } from "../state/react";
import { selectSelected, selectSelectedFeature } from "../state/selectors";

/** Property values are untrusted (they may come from any GeoJSON): shown as text, never as HTML. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export function FeatureDetails() {
  const { t } = useTranslation();
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
  const props = feature.properties ?? {};
  const name = asText(props.name) || t("details.noName");
  return (
    <section className="panel-section details" aria-labelledby="details-heading" aria-live="polite">
      <div className="details-header">
        <h2 id="details-heading">{name}</h2>
        <button type="button" className="icon-button" onClick={() => store.getState().select(null)} aria-label={t("details.close")}>
          ×
        </button>
      </div>
      <dl className="properties">
        <div className="property">
          <dt>{t("details.layer")}</dt>
          <dd>{t(LAYERS[ref.layer].labelKey)}</dd>
        </div>
        {Object.entries(props)
          .filter(([key]) => key !== "name")
          .map(([key, value]) => (
            <div key={key} className="property">
              <dt>{key}</dt>
              <dd>{asText(value)}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
