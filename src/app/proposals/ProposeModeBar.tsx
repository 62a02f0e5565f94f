import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { selectInteractionMode } from "../../state/slices/proposals";
import { noticeText } from "./notice-text";
import { useProposeHint } from "./use-propose-hint";
import { useGeolocation } from "./use-geolocation";

/** Shown while proposing: what to do (read out by screen readers), "use my location" and stop. */
export function ProposeModeBar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const mode = useAppStore(selectInteractionMode);
  const hint = useProposeHint();
  const previous = useRef(mode);
  useEffect(() => {
    // Leaving the mode without a form (Escape, Stop): focus goes back to the button that started it.
    if (previous.current === "propose" && mode === "select" && !store.getState().proposalForm) document.getElementById("propose-button")?.focus();
    previous.current = mode;
  }, [mode, store]);
  return (
    <>
      {/* Always mounted, so that screen readers announce the first instruction too, not only changes. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="propose-announcer">
        {mode === "propose" && hint ? noticeText(t, hint) : ""}
      </p>
      {mode === "propose" && <Bar />}
    </>
  );
}

function Bar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const hint = useProposeHint();
  const { geo, locate } = useGeolocation(([lon, lat]) => {
    store.getState().requestFit([lon, lat, lon, lat]);
    store.getState().openProposalForm({ kind: "new", location: [lon, lat] });
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") store.getState().setInteractionMode("select");
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [store]);

  return (
    <div className="propose-bar" role="region" aria-labelledby="propose-bar-title">
      <h2 id="propose-bar-title">{t("proposalsUi.mode.title")}</h2>
      <p className="propose-hint">
        {hint ? noticeText(t, hint) : ""}
      </p>
      {geo !== "idle" && (
        <p className={geo === "locating" ? "hint" : "geo-error"} role={geo === "locating" ? "status" : "alert"}>
          {t(geo === "locating" ? "proposalsUi.mode.locating" : `proposalsUi.geo.${geo}`)}
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={locate}>
          {t("proposalsUi.mode.useLocation")}
        </button>
        <button type="button" onClick={() => store.getState().setInteractionMode("select")}>
          {t("proposalsUi.mode.stop")}
        </button>
      </div>
    </div>
  );
}
