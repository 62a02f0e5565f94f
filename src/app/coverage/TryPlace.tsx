import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { formatMinutes, formatPercent } from "./format";
import { useFocusReturn } from "../use-focus-return";
import { deviceKey, useTouch } from "../use-touch";

/** "Try a place here": a draggable what-if place and what it would bring. */
export function TryPlace() {
  const { t, i18n } = useTranslation();
  const touch = useTouch();
  const lang = i18n.language;
  const store = useAppStoreApi();
  const tryPlace = useAppStore((s) => s.tryPlace);
  const ready = useAppStore((s) => s.coverage.status !== "idle");
  const { limitM, speedKmh } = useAppStore((s) => s.coverageSettings);
  const startButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const trying = tryPlace !== null;
  // The button pressed is replaced by the other one: focus follows, so the keyboard stays here.
  useFocusReturn(trying, startButton);
  useFocusReturn(!trying, stopButton);

  return (
    <section className="panel-subsection" aria-labelledby="try-heading">
      <h3 id="try-heading">{t("coverage.try.heading")}</h3>
      {!tryPlace ? (
        <button type="button" ref={startButton} disabled={!ready} onClick={() => store.getState().setTryPlace({ at: store.getState().view.center })}>
          {t("coverage.try.start")}
        </button>
      ) : (
        <>
          <p className="hint">{t(deviceKey("coverage.try.hint", touch))}</p>
          <p className="gain" aria-live="polite" data-testid="try-gain">
            {tryPlace.gained !== undefined &&
              t("coverage.try.gain", { count: Math.round(tryPlace.gained), minutes: formatMinutes(limitM, speedKmh, lang) })}
            {tryPlace.figures && (
              <>
                {" "}
                <span aria-hidden="true" className="mirrored">
                  →
                </span>{" "}
                {t("coverage.withinReachShare", { percent: formatPercent(tryPlace.figures.share, lang) })}
              </>
            )}
          </p>
          <button type="button" ref={stopButton} onClick={() => store.getState().setTryPlace(null)}>
            {t("coverage.try.stop")}
          </button>
        </>
      )}
    </section>
  );
}
