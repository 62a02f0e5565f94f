import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { selectInteractionMode } from "../../state/slices/proposals";
import { downloadProposals } from "./exchange";
import { ExchangeTools, HistoryButtons } from "./ExchangeTools";
import { NoticeBar } from "./NoticeBar";
import { ProposalDetails } from "./ProposalDetails";
import { ProposalList } from "./ProposalList";

/** "Opgeslagen" only after the storage write resolved; a plain warning and an export when it cannot. */
function SaveState() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const status = useAppStore((s) => s.saveStatus);
  const problem = useAppStore((s) => s.storageProblem);
  if (problem) {
    return (
      <div className="proposal-notice error storage-problem" role="alert">
        <p>{t(problem)}</p>
        <p>{t("proposalsUi.memory")}</p>
        <button type="button" onClick={() => downloadProposals(Object.values(store.getState().proposalSession.state.proposals))}>
          {t("proposalsUi.export")}
        </button>
      </div>
    );
  }
  return (
    <p className="save-state" role="status" data-save-status={status}>
      {status === "saving" ? t("proposalsUi.saving") : status === "saved" ? t("proposalsUi.saved") : ""}
    </p>
  );
}

/** The proposals section of the side panel. */
export function ProposalsPanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const mode = useAppStore(selectInteractionMode);
  return (
    <section className="panel-section proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{t("proposalsUi.heading")}</h2>
      <p className="hint">{t("proposalsUi.intro")}</p>
      <button
        id="propose-button"
        type="button"
        className="primary"
        aria-pressed={mode === "propose"}
        onClick={() => store.getState().setInteractionMode(mode === "propose" ? "select" : "propose")}
      >
        {t("proposalsUi.propose")}
      </button>
      <SaveState />
      <NoticeBar />
      <ProposalDetails />
      <ProposalList />
      <HistoryButtons />
      <ExchangeTools />
    </section>
  );
}
