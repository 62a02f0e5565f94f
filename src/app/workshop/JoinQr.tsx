import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/react";
import type { AppState } from "../../state/types";
import { qrMatrix, qrPath } from "./qr-matrix";
import { joinLink } from "./workshop-url";

const QUIET = 4;
const selectView = (s: AppState) => s.view;

/** A phone can only open the link when the app is hosted, not from this computer's loopback or a file. */
function onlyLocal(): boolean {
  return location.protocol === "file:" || /^(localhost|127\.|\[::1\])/.test(location.hostname);
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const matrix = qrMatrix(text);
  const size = matrix.length + 2 * QUIET;
  return (
    <svg className="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(matrix, QUIET)} fill="#000" />
    </svg>
  );
}

/** On the big screen during the proposals step: the code large enough to scan from a seat. */
export function JoinQrLarge() {
  const { t } = useTranslation();
  const view = useAppStore(selectView);
  return (
    <figure className="presentation-qr">
      <QrCode text={joinLink(location.href, view)} label={t("workshop.join.qrLabel")} />
      <figcaption>{t("workshop.join.scan")}</figcaption>
      {/* The room sees the code: it must also see that phones cannot open it yet. */}
      {onlyLocal() && <p className="notice">{t("workshop.join.localOnly")}</p>}
    </figure>
  );
}

/** "Let residents join": a QR code of this view in propose mode, and how proposals come back. */
export function JoinQr() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const view = useAppStore(selectView);
  const link = joinLink(location.href, view);
  return (
    <section className="panel-subsection join-qr" aria-labelledby="join-heading">
      <h3 id="join-heading">{t("workshop.join.heading")}</h3>
      <button type="button" aria-expanded={open} aria-controls="join-body" onClick={() => setOpen(!open)}>
        {t(open ? "workshop.join.hide" : "workshop.join.show")}
      </button>
      <div id="join-body" hidden={!open}>
        {open && <QrCode text={link} label={t("workshop.join.qrLabel")} />}
        <p>{t("workshop.join.explain")}</p>
        <label className="field">
          <span>{t("workshop.join.linkLabel")}</span>
          <input type="text" readOnly value={link} className="join-link" onFocus={(e) => e.target.select()} />
        </label>
        <p>{t("workshop.join.return")}</p>
        {onlyLocal() && <p className="notice">{t("workshop.join.localOnly")}</p>}
      </div>
    </section>
  );
}
