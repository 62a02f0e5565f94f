import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";

/** Proposals from a share link: highlighted on the map, added only when the resident says so. */
export function IncomingShare() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const incoming = useAppStore((s) => s.incomingShare);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (incoming) heading.current?.focus();
  }, [incoming]);
  if (!incoming) return null;
  const accept = () => {
    const { added, updated, skipped } = store.getState().mergeIncoming(incoming);
    store.getState().setIncomingShare(null);
    store.getState().setProposalNotice({ key: "proposalsUi.incoming.done", params: { added: added.length, updated: updated.length, skipped: skipped.length } });
  };
  return (
    <div className="incoming-share" role="dialog" aria-modal="false" aria-labelledby="incoming-share-title">
      <h2 id="incoming-share-title" ref={heading} tabIndex={-1}>
        {t("proposalsUi.incoming.title")}
      </h2>
      <p>{t("proposalsUi.incoming.body", { count: incoming.length })}</p>
      <ul className="incoming-names">
        {incoming.map((p) => (
          <li key={p.id}>{p.name}</li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="primary" onClick={accept}>
          {t("proposalsUi.incoming.accept")}
        </button>
        <button type="button" onClick={() => store.getState().setIncomingShare(null)}>
          {t("proposalsUi.incoming.dismiss")}
        </button>
      </div>
    </div>
  );
}
