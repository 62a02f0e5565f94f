import { useEffect, useRef, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { selectPresenting, selectScreenRole, selectWorkshopStep } from "../../state/slices/workshop";
import { BigFigures } from "./BigFigures";
import { JoinQrLarge } from "./JoinQr";
import { isFullscreen, subscribeFullscreen } from "./fullscreen";
import { StepBar } from "./StepBar";
import { StepLegend } from "./StepLegend";
import { STEPS } from "./steps";
import { stopPresenting, usePresentationKeys } from "./use-presentation-keys";
import { deviceKey, useTouch } from "../use-touch";

/**
 * The big-screen layer over the map: figures, the step's one-line explanation and the step
 * bar. The facilitator steers it with buttons and keys; the projector window only shows it.
 */
export function PresentationOverlay() {
  const { t } = useTranslation();
  const touch = useTouch();
  const store = useAppStoreApi();
  const presenting = useAppStore(selectPresenting);
  const projector = useAppStore(selectScreenRole) === "projector";
  const step = useAppStore(selectWorkshopStep);
  const fullscreen = useSyncExternalStore(subscribeFullscreen, isFullscreen);
  usePresentationKeys(store, presenting && !projector);
  const bar = useRef<HTMLDivElement>(null);
  // The panel with the button that started it is hidden now: keyboard focus moves to the step bar.
  useEffect(() => {
    if (!projector) bar.current?.querySelector<HTMLButtonElement>('[aria-current="step"] button, button')?.focus();
  }, [projector]);
  return (
    <div className="presentation" data-testid="presentation" aria-label={t(projector ? "workshop.projectorLabel" : "workshop.present")} role="region">
      <div className="presentation-card">
        <BigFigures />
        {step && <p className="presentation-explain">{t(STEPS[step].explainKey)}</p>}
      </div>
      {step === "proposals" && <JoinQrLarge />}
      {/* The legend stands on the step bar, whatever height the bar takes in this language. */}
      <div className="presentation-bottom">
        <StepLegend />
        <div className="presentation-bar" ref={bar}>
          <StepBar interactive={!projector} />
          {!projector && (
            <button type="button" className="presentation-leave" onClick={() => stopPresenting(store)}>
              {t("workshop.leave")}
            </button>
          )}
        </div>
      </div>
      {!fullscreen && !projector && <p className="presentation-note" role="status">{t(deviceKey("workshop.fullscreenRefused", touch))}</p>}
    </div>
  );
}
