import { useTranslation } from "react-i18next";
import { LAYERS, isLayerId } from "../../layers/definitions";
import { deleteProposal, type Proposal } from "../../proposals";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { selectSelectedProposal } from "../../state/slices/proposals";
import { CoverageGain } from "./CoverageGain";
import { ShareBox } from "./ShareBox";
import { StatusSymbol } from "./StatusSymbol";
import { SupportButtons } from "./SupportButtons";

function Row({ label, value }: { label: string; value: string }) {
  if (value === "") return null;
  return (
    <div className="property">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function useDescribe(p: Proposal) {
  const { t } = useTranslation();
  const list = (keys: readonly string[], prefix: string, suffix = "") => keys.map((k) => t(`${prefix}${k}${suffix}`)).join(", ");
  return {
    practices: [list(p.practices, "proposals.practice.", ".name"), p.customPractice].filter(Boolean).join(", "),
    audiences: list(p.audiences, "proposals.audience."),
    when: [list(p.days, "proposals.day."), p.timeText].filter(Boolean).join(", "),
    needs: list(p.needs, "proposals.need."),
  };
}

/** The selected proposal: all its fields as text, votes, and edit / delete / share. */
export function ProposalDetails() {
  const p = useAppStore(selectSelectedProposal);
  return p ? <Details p={p} /> : null;
}

function Details({ p }: { p: Proposal }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const text = useDescribe(p);
  const remove = () => {
    store.getState().runProposalCommand(deleteProposal(p.id));
    store.getState().setProposalNotice({ key: "proposalsUi.deleted", undoable: true });
  };
  return (
    <section className="proposal-details" aria-labelledby="proposal-details-heading">
      <div className="details-header">
        <h3 id="proposal-details-heading" tabIndex={-1}>
          <StatusSymbol status={p.status} /> <span className="proposal-name">{p.name}</span>
        </h3>
        <button type="button" className="icon-button" onClick={() => store.getState().selectProposal(null)} aria-label={t("proposalsUi.details.close")}>
          ×
        </button>
      </div>
      <CoverageGain id={p.id} />
      <dl className="properties">
        <Row label={t("proposalsUi.details.status")} value={t(`proposals.status.${p.status}`)} />
        <Row label={t("proposalsUi.details.practices")} value={text.practices} />
        <Row label={t("proposalsUi.details.description")} value={p.description} />
        <Row label={t("proposalsUi.details.audiences")} value={text.audiences} />
        <Row label={t("proposalsUi.details.when")} value={text.when} />
        <Row label={t("proposalsUi.details.needs")} value={text.needs} />
        <Row label={t("proposalsUi.details.contact")} value={p.contact ?? ""} />
        <Row
          label={t("proposalsUi.details.reuses")}
          value={p.linkedFeature ? `${isLayerId(p.linkedFeature.layer) ? t(LAYERS[p.linkedFeature.layer].labelKey) : p.linkedFeature.layer}: ${p.linkedFeature.featureId}` : ""}
        />
      </dl>
      <SupportButtons proposal={p} />
      <div className="button-row">
        <button type="button" onClick={() => store.getState().openProposalForm({ kind: "edit", id: p.id })}>
          {t("proposalsUi.details.edit")}
        </button>
        <button type="button" onClick={remove}>
          {t("proposalsUi.details.delete")}
        </button>
      </div>
      <ShareBox key={p.id} proposals={() => [p]} label={t("proposalsUi.details.share")} />
    </section>
  );
}
