import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { noticeText } from "../proposals/notice-text";
import { useGeolocation } from "../proposals/use-geolocation";
import { isInside, loadedBounds } from "./loaded-area";
import { StreetSearch } from "./StreetSearch";
import { useCursorAtCentre } from "./use-cursor-at-centre";
import { useStepFocus } from "./use-step-focus";

const CLOSE_ZOOM = 17;

/** Touch words on touch screens, "click" where there is a mouse. */
const coarsePointer = () => typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;

/** Step 1: where. The map takes a tap (or Enter at the crosshair); the buttons do the rest. */
export function WhereStep() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  // The map's own propose mode turns a tap into the place (src/map/propose-mode.ts).
  useEffect(() => {
    if (store.getState().interactionMode !== "propose") store.getState().setInteractionMode("propose");
  }, [store]);
  const heading = useStepFocus<HTMLHeadingElement>();
  useCursorAtCentre(store);
  const [outside, setOutside] = useState(false);
  const hint = useAppStore((s) => s.proposeHint);

  const placeAt = (at: [number, number]) => {
    const { view, setView, openProposalForm } = store.getState();
    setView({ center: at, zoom: Math.max(view.zoom, CLOSE_ZOOM) });
    openProposalForm({ kind: "new", location: at });
  };
  const { geo, locate } = useGeolocation((at) => {
    const inside = isInside(loadedBounds(store.getState().datasets), at);
    setOutside(!inside);
    if (inside) placeAt(at);
  });
  const here = () => {
    const s = store.getState();
    placeAt(s.proposeCursor ?? s.view.center);
  };

  const geoError = outside ? t("resident.where.outside") : geo === "denied" || geo === "unavailable" ? t(`proposalsUi.geo.${geo}`) : "";
  return (
    <section className="resident-step resident-where" aria-labelledby="resident-where-heading">
      <h2 id="resident-where-heading" ref={heading} tabIndex={-1}>
        {t("resident.where.heading")}
      </h2>
      <p className="resident-intro">{t(coarsePointer() ? "resident.where.introTouch" : "resident.where.introPointer")}</p>
      {/* What the keyboard crosshair is on; the first instruction names keys, so it is left out here. */}
      <p className="visually-hidden" aria-live="polite">
        {hint && hint.key !== "proposalsUi.mode.instructions" ? noticeText(t, hint) : ""}
      </p>
      <div className="resident-actions">
        <button type="button" className="primary" onClick={here}>
          {t("resident.where.here")}
        </button>
        <button type="button" onClick={() => { setOutside(false); locate(); }}>
          {t("resident.where.myLocation")}
        </button>
      </div>
      <p className="hint" role="status">{geo === "locating" ? t("proposalsUi.mode.locating") : ""}</p>
      <p className="geo-error" role="alert">{geoError}</p>
      <StreetSearch />
    </section>
  );
}
