import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { LngLat } from "../../state/slices/proposals";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { formatCount, formatMinutes } from "../coverage/format";

/**
 * How many neighbours a place here would bring within walking reach, before it is saved: the
 * coverage engine's trial place (the planner's "Probeer een plek"), put where the resident chose.
 */
export function PlaceGain({ at }: { at: LngLat }) {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  useEffect(() => {
    store.getState().setTryPlace({ at });
    return () => store.getState().setTryPlace(null);
  }, [store, at]);
  const gained = useAppStore((s) => s.tryPlace?.gained);
  const status = useAppStore((s) => s.coverage.status);
  const { limitM, speedKmh } = useAppStore((s) => s.coverageSettings);
  // Without residents or streets there is no figure to give: the step stays quiet about it.
  if (status === "idle" || status === "error") return null;
  const lang = i18n.language;
  const count = gained === undefined ? undefined : Math.round(gained);
  return (
    <p className="resident-gain" role="status" data-testid="resident-gain">
      {count === undefined
        ? t("resident.what.counting")
        : t("resident.what.gain", { count, shown: formatCount(count, lang), minutes: formatMinutes(limitM, speedKmh, lang) })}
    </p>
  );
}
