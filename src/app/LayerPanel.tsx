import { useTranslation } from "react-i18next";
import { LAYER_IDS, LAYERS, type LayerId } from "../layers/definitions";
import { boundsOf } from "../geo/bounds";
import { useAppStore, useAppStoreApi } from "../state/react";
import { selectLayerCount } from "../state/selectors";
import { FeatureList } from "./FeatureList";
import { LayerSymbol } from "./LayerSymbol";

function LayerRow({ layer }: { layer: LayerId }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const visible = useAppStore((s) => s.visible[layer]);
  const count = useAppStore(selectLayerCount(layer));
  const name = t(LAYERS[layer].labelKey);
  const zoomTo = () => {
    const bounds = boundsOf(store.getState().layerData[layer]);
    if (bounds) store.getState().requestFit(bounds);
  };
  return (
    <li className="layer-row" data-layer={layer}>
      <label className="layer-toggle">
        <input
          type="checkbox"
          checked={visible}
          onChange={() => store.getState().toggleLayer(layer)}
          aria-label={t("layers.toggle", { name })}
        />
        <LayerSymbol layer={layer} />
        <span className="layer-text">
          <span className="layer-name">{name}</span>
          <span className="layer-count">{t("layers.count", { count })}</span>
        </span>
      </label>
      <button type="button" className="zoom-button" onClick={zoomTo} disabled={count === 0} aria-label={t("layers.zoomTo", { name })}>
        {t("layers.zoomToShort")}
      </button>
      <FeatureList layer={layer} />
    </li>
  );
}

/** The five layers with toggles; the list doubles as the legend (symbol, colour, count). */
export function LayerPanel() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="layers-heading" className="panel-section">
      <h2 id="layers-heading">{t("layers.heading")}</h2>
      <ul className="layer-list">
        {LAYER_IDS.map((id) => (
          <LayerRow key={id} layer={id} />
        ))}
      </ul>
    </section>
  );
}
