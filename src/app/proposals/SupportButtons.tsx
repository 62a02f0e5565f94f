import { useTranslation } from "react-i18next";
import { supportProposal, type Proposal } from "../../proposals";
import { useAppStoreApi } from "../../state/react";
import { noticeText } from "./notice-text";

/** Workshop dot-voting: +1 and take back; a refused vote (no dots left) is said plainly. */
export function SupportButtons({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const vote = (delta: 1 | -1) => {
    const [problem] = store.getState().runProposalCommand(supportProposal(proposal.id, delta));
    if (problem) store.getState().setProposalNotice({ key: problem.key, params: problem.params, tone: "error" });
  };
  return (
    <span className="support">
      {/* Said when it changes, so a vote by keyboard or screen reader is heard, not only seen. */}
      <span className="support-count" aria-live="polite">
        {t("proposalsUi.support.count", { count: proposal.support })}
      </span>
      {/* Names start with what the button shows ("+1 …"), so speech users can say what they see (WCAG 2.5.3). */}
      <button type="button" onClick={() => vote(1)} aria-label={`${t("proposalsUi.support.add")} ${noticeText(t, { key: "proposalsUi.support.addLabel", params: { name: proposal.name } })}`}>
        {t("proposalsUi.support.add")}
      </button>
      <button
        type="button"
        onClick={() => vote(-1)}
        disabled={proposal.support === 0}
        aria-label={`${t("proposalsUi.support.remove")} ${noticeText(t, { key: "proposalsUi.support.removeLabel", params: { name: proposal.name } })}`}
      >
        {t("proposalsUi.support.remove")}
      </button>
    </span>
  );
}
