import { useTranslation } from "react-i18next";
import { useFlowState, useImportFlow } from "./ImportFlowContext";

/**
 * Every problem of the library, translated and naming its file; partial success says what was
 * skipped. Technical text (an engine's error message, in English) stays out of the sentence,
 * behind a "details" toggle, shown as plain text.
 */
export function ImportMessages() {
  const { t } = useTranslation();
  const flow = useImportFlow();
  const messages = useFlowState((s) => s.messages);
  if (messages.length === 0) return null;
  return (
    <div className="import-messages" role="status" aria-label={t("importUi.messages")}>
      <ul>
        {messages.map((m, i) => (
          <li key={i} className={`import-message severity-${m.severity}`} data-key={m.key}>
            {t(m.key, { ...m.params, ...(m.params.kind ? { layer: t(`importUi.kind.${m.params.kind}`) } : {}) })}
            {m.params.detail !== undefined && (
              <details className="import-detail">
                <summary>{t("importUi.details")}</summary>
                <code>{String(m.params.detail)}</code>
              </details>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={flow.clearMessages}>
        {t("importUi.dismiss")}
      </button>
    </div>
  );
}
