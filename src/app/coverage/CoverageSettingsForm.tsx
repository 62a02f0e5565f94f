import { useTranslation } from "react-i18next";
import { DISTANCE_NORMS, WALKING_SPEEDS } from "../../analysis/walking";
import { LAYERS } from "../../layers/definitions";
import { useAppStore, useAppStoreApi } from "../../state/react";
import type { PlaceLayerId } from "../../state/types";
import { LayerSymbol } from "../LayerSymbol";
import { formatMinutes } from "./format";

const PLACE_LAYERS: PlaceLayerId[] = ["meeting", "squares", "green", "benches"];
const MIN_LIMIT_M = 50;
const MAX_LIMIT_M = 5000;

export function CoverageSettingsForm() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const settings = useAppStore((s) => s.coverageSettings);
  const set = store.getState().setCoverageSettings;

  return (
    <fieldset className="coverage-settings">
      <legend className="visually-hidden">{t("coverage.heading")}</legend>
      <label className="field">
        <span>{t("coverage.norm")}</span>
        <select
          value={settings.normId}
          onChange={(e) => {
            const norm = DISTANCE_NORMS.find((n) => n.id === e.target.value);
            set(norm ? { normId: norm.id, limitM: norm.maxWalkM } : { normId: "custom" });
          }}
        >
          {DISTANCE_NORMS.map((n) => (
            <option key={n.id} value={n.id}>
              {t(n.labelKey)}
            </option>
          ))}
          <option value="custom">{t("coverage.norm.custom")}</option>
        </select>
      </label>
      <label className="field">
        <span>{t("coverage.limit")}</span>
        <input
          type="number"
          min={MIN_LIMIT_M}
          max={MAX_LIMIT_M}
          step={50}
          value={settings.limitM}
          onChange={(e) => {
            const value = e.target.valueAsNumber;
            // Out-of-range or half-typed values are not sent on: the last good limit stays in force.
            if (Number.isFinite(value) && value >= MIN_LIMIT_M && value <= MAX_LIMIT_M) set({ limitM: value, normId: "custom" });
          }}
        />
        <span className="hint">{t("coverage.limitInMinutes", { minutes: formatMinutes(settings.limitM, settings.speedKmh, i18n.language) })}</span>
      </label>
      <label className="field">
        <span>{t("coverage.speed")}</span>
        <select value={settings.speedKmh} onChange={(e) => set({ speedKmh: Number(e.target.value) })}>
          {WALKING_SPEEDS.map((s) => (
            <option key={s.id} value={s.kmh}>
              {t(s.labelKey)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="place-layers">
        <legend>{t("coverage.placesHeading")}</legend>
        {PLACE_LAYERS.map((layer) => (
          <label key={layer} className="check">
            <input
              type="checkbox"
              checked={settings.placeLayers[layer]}
              onChange={(e) => set({ placeLayers: { ...settings.placeLayers, [layer]: e.target.checked } })}
            />
            <LayerSymbol layer={layer} size={18} />
            {t(LAYERS[layer].labelKey)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
