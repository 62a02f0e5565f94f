import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { LAYER_IDS, LAYERS } from "../../layers/definitions";
import { useAppStore } from "../../state/react";
import type { AppState } from "../../state/types";
import { DistanceLegend } from "../coverage/DistanceLegend";
import { LayerSymbol } from "../LayerSymbol";

/** The place layers drawn now: on, and with something in them. */
const selectShownLayers = (s: AppState) => LAYER_IDS.filter((id) => s.visible[id] && s.layerData[id].features.length > 0);
const selectShowCoverage = (s: AppState) => s.showCoverage;

/**
 * A compact legend on the big screen for what the current step shows: the place symbols, and
 * while walking distance is on, its colours and what "out of reach" looks like. The room reads
 * the map without the facilitator's panel.
 */
export function StepLegend() {
  const { t } = useTranslation();
  const layers = useAppStore(useShallow(selectShownLayers));
  const coverage = useAppStore(selectShowCoverage);
  if (layers.length === 0 && !coverage) return null;
  return (
    <aside className="presentation-legend" aria-label={t("workshop.legend")}>
      {layers.length > 0 && (
        <ul className="presentation-layers">
          {layers.map((id) => (
            <li key={id}>
              <LayerSymbol layer={id} size={28} />
              {t(LAYERS[id].labelKey)}
            </li>
          ))}
        </ul>
      )}
      {coverage && <DistanceLegend />}
    </aside>
  );
}
