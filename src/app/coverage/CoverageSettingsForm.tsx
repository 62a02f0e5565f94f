import { useTranslation } from "react-i18next";
import { DISTANCE_NORMS, WALKING_SPEEDS } from "../../analysis/walking";
import { limitFromInput, limitInUnit, settingsForNorm, settingsForSpeed } from "../../coverage/walking-limit";
import { LAYERS } from "../../layers/definitions";
import { useAppStore, useAppStoreApi } from "../../state/react";
import type { PlaceLayerId } from "../../state/types";
import { LayerSymbol } from "../LayerSymbol";
import { formatMinutes } from "./format";

const PLACE_LAYERS: PlaceLayerId[] = ["meeting", "squares", "green", "benches"];

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
          onChange={(e) => set(settingsForNorm(e.target.value, settings.speedKmh))}
        >
          {DISTANCE_NORMS.map((n) => (
            <option key={n.id} value={n.id}>
              {t(n.labelKey)}
            </option>
          ))}
          <option value="custom">{t("coverage.norm.custom")}</option>
        </select>
      </label>
      <div className="field">
        <label htmlFor="coverage-limit">{t("coverage.limit")}</label>
        <div className="limit-row">
          <input
            id="coverage-limit"
            type="number"
            min={settings.limitUnit === "min" ? 1 : 50}
            step={settings.limitUnit === "min" ? 1 : 50}
            value={limitInUnit(settings)}
            onChange={(e) => {
              // Out-of-range or half-typed values are not sent on: the last good limit stays in force.
              const limitM = limitFromInput(e.target.valueAsNumber, settings);
              if (limitM !== null) set({ limitM, normId: "custom" });
            }}
          />
          <select aria-label={t("coverage.unit")} value={settings.limitUnit} onChange={(e) => set({ limitUnit: e.target.value === "min" ? "min" : "m", normId: "custom" })}>
            <option value="m">{t("coverage.unit.metres")}</option>
            <option value="min">{t("coverage.unit.minutes")}</option>
          </select>
        </div>
        <span className="hint">
          {settings.limitUnit === "min"
            ? t("coverage.limitInMetres", { metres: settings.limitM })
            : t("coverage.limitInMinutes", { minutes: formatMinutes(settings.limitM, settings.speedKmh, i18n.language) })}
        </span>
      </div>
      <label className="field">
        <span>{t("coverage.speed")}</span>
        <select value={settings.speedKmh} onChange={(e) => set(settingsForSpeed(settings, Number(e.target.value)))}>
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
