import { useState } from "react";
import { useTranslation } from "react-i18next";
import { createShareLink, type Proposal } from "../../proposals";
import { copyText } from "./exchange";
import { noticeText } from "./notice-text";

/** "Deel": makes a link with the given proposals, copies it, and always shows it as a fallback. */
export function ShareBox({ proposals, label }: { proposals: () => Proposal[]; label: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ url?: string; message: string } | null>(null);
  const share = async () => {
    const made = createShareLink(location.href, proposals());
    if (!made.ok) {
      const [first] = made.issues;
      setResult({ message: noticeText(t, { key: "proposalsUi.share.failed", reason: { key: first.key, params: first.params } }) });
      return;
    }
    const copied = await copyText(made.url);
    setResult({ url: made.url, message: t(copied ? "proposalsUi.share.copied" : "proposalsUi.share.copyYourself") });
  };
  return (
    <div className="share-box">
      <button type="button" onClick={() => void share()}>
        {label}
      </button>
      {result && (
        <div className="share-result">
          <p role="status">{result.message}</p>
          {result.url && (
            <label className="form-field">
              <span>{t("proposalsUi.share.linkLabel")}</span>
              <input type="text" readOnly value={result.url} onFocus={(e) => e.target.select()} className="share-link" />
            </label>
          )}
        </div>
      )}
    </div>
  );
}
