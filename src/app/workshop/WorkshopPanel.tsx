import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { ROOM_SIZES, selectPresenting, selectRoomSize, type RoomSize } from "../../state/slices/workshop";
import { Downloads } from "./Downloads";
import { enterFullscreen } from "./fullscreen";
import { JoinQr } from "./JoinQr";
import { ScenarioCompare } from "./ScenarioCompare";
import { goToStep } from "./steps";
import { projectorLink } from "./workshop-url";
import { useFocusReturn } from "../use-focus-return";
import { deviceKey, useTouch } from "../use-touch";

/** The workshop section of the side panel: present, projector window, compare, QR join, report, downloads. */
export function WorkshopPanel() {
  const { t } = useTranslation();
  const touch = useTouch();
  const store = useAppStoreApi();
  const [blockedLink, setBlockedLink] = useState<string | null>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  // Leaving the presentation: back on "Presenteren", not lost to the page.
  useFocusReturn(useAppStore(selectPresenting), presentButton);

  const present = async () => {
    const s = store.getState();
    // Presenting first: the layers shown now are kept, and given back when presenting ends.
    s.setPresenting(true);
    // The current step again (its layers may have been changed since), or the first one.
    goToStep(store, s.workshopStep ?? "situation");
    await enterFullscreen();
  };
  const openProjector = () => {
    const link = projectorLink(location.href);
    // No "noopener": that would make window.open return null even when the window opened.
    const opened = window.open(link, "ontmoetingskaart-projector", "popup");
    setBlockedLink(opened ? null : link);
  };
  const printReport = () => store.getState().setReportOpen(true, true);
  const roomSize = useAppStore(selectRoomSize);

  return (
    <section className="panel-section workshop" aria-labelledby="workshop-heading">
      <h2 id="workshop-heading">{t("workshop.heading")}</h2>
      <p className="hint">{t("workshop.intro")}</p>
      <div className="workshop-actions">
        <button type="button" className="primary" ref={presentButton} onClick={() => void present()} aria-describedby="present-hint">
          {t("workshop.present")}
        </button>
        <p id="present-hint" className="hint">{t(deviceKey("workshop.presentHint", touch))}</p>
        <button type="button" onClick={openProjector} aria-describedby="projector-hint">
          {t("workshop.openProjector")}
        </button>
        <p id="projector-hint" className="hint">{t("workshop.projectorHint")}</p>
        <label className="field">
          <span>{t("workshop.room.label")}</span>
          <select value={roomSize} onChange={(e) => store.getState().setRoomSize(e.target.value as RoomSize)}>
            {ROOM_SIZES.map((size) => (
              <option key={size} value={size}>
                {t(`workshop.room.${size}`)}
              </option>
            ))}
          </select>
        </label>
        {blockedLink && (
          <p role="alert" className="notice">
            {t("workshop.projectorBlocked")} <a href={blockedLink} target="_blank" rel="noreferrer">{blockedLink}</a>
          </p>
        )}
        <button type="button" onClick={printReport}>
          {t("workshop.report.open")}
        </button>
      </div>
      <ScenarioCompare />
      <JoinQr />
      <Downloads />
    </section>
  );
}
