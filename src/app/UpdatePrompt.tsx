import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { dismissUpdate, pendingUpdate, subscribeToUpdate } from "../pwa/update-notice";
import "../pwa/update-prompt.css";

/**
 * "Er is een nieuwe versie": shown when a new version of the installed app waits. The app
 * reloads only when asked. The status region is always there (empty when nothing waits), so
 * screen readers announce the text when it appears.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const apply = useSyncExternalStore(subscribeToUpdate, pendingUpdate, () => null);
  return (
    <div className="update-prompt" role="status">
      {apply && (
        <>
          <p>{t("pwa.update.message")}</p>
          <div className="update-prompt-actions">
            <button type="button" className="primary" onClick={apply}>
              {t("pwa.update.reload")}
            </button>
            <button type="button" onClick={dismissUpdate}>
              {t("pwa.update.later")}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
