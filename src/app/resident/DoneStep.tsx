import { useTranslation } from "react-i18next";
import { byId } from "../../proposals";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { CoverageGain } from "../proposals/CoverageGain";
import { ShareBox } from "../proposals/ShareBox";
import { useStepFocus } from "./use-step-focus";

/** Step 3: kept on the device (as every proposal is), a link to share, and where to go next. */
export function DoneStep({ id, onAnother, onFullMap }: { id: string; onAnother: () => void; onFullMap: () => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const heading = useStepFocus<HTMLHeadingElement>();
  const proposal = useAppStore((s) => byId(s.proposalSession.state.proposals, id));
  const status = useAppStore((s) => s.saveStatus);
  const problem = useAppStore((s) => s.storageProblem);
  const saved =
    problem || status === "memory" ? t("resident.done.memory") : status === "saving" ? t("resident.done.saving") : t("resident.done.saved", { name: proposal?.name ?? "" });
  return (
    <section className="resident-step resident-done" aria-labelledby="resident-done-heading">
      <h2 id="resident-done-heading" ref={heading} tabIndex={-1}>
        {t("resident.done.heading")}
      </h2>
      <p className={problem ? "geo-error" : "resident-saved"} role="status" data-save-status={status}>
        {saved}
      </p>
      <p>
        <CoverageGain id={id} />
      </p>
      <ShareBox
        label={t("resident.done.share")}
        proposals={() => {
          const p = byId(store.getState().proposalSession.state.proposals, id);
          return p ? [p] : [];
        }}
      />
      <div className="resident-actions">
        <button type="button" className="primary" onClick={onAnother}>
          {t("resident.done.another")}
        </button>
        <button type="button" onClick={onFullMap}>
          {t("resident.done.fullMap")}
        </button>
      </div>
    </section>
  );
}
