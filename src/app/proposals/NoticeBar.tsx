import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { noticeText } from "./notice-text";

/** The last message about proposals (import report, link problem, delete with undo). */
export function NoticeBar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const notice = useAppStore((s) => s.proposalNotice);
  const undoButton = useRef<HTMLButtonElement>(null);
  // After a delete the focused button is gone: focus lands on the way back instead of the page.
  useEffect(() => {
    if (notice?.undoable) undoButton.current?.focus();
  }, [notice]);
  if (!notice) return null;
  const undo = () => {
    store.getState().undoProposal();
    store.getState().setProposalNotice(null);
  };
  return (
    <div className={notice.tone === "error" ? "proposal-notice error" : "proposal-notice"} role={notice.tone === "error" ? "alert" : "status"}>
      <p>{noticeText(t, notice)}</p>
      {notice.undoable && (
        <button type="button" ref={undoButton} onClick={undo}>
          {t("proposalsUi.undo")}
        </button>
      )}
      <button type="button" className="icon-button" onClick={() => store.getState().setProposalNotice(null)} aria-label={t("proposalsUi.notice.close")}>
        ×
      </button>
    </div>
  );
}
