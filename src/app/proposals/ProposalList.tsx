import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Proposal } from "../../proposals";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { selectProposalGains, selectProposalMap, selectSelectedProposalId, type ProposalSort } from "../../state/slices/proposals";
import { CoverageGain } from "./CoverageGain";
import { noticeText } from "./notice-text";
import { sortProposals } from "./sort";
import { StatusSymbol } from "./StatusSymbol";
import { SupportButtons } from "./SupportButtons";

function Item({ p, selected }: { p: Proposal; selected: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const show = () => {
    const [lon, lat] = p.location.coordinates;
    store.getState().selectProposal(p.id);
    store.getState().select(null);
    store.getState().requestFit([lon, lat, lon, lat]);
  };
  return (
    <li className="proposal-row" data-proposal-id={p.id} aria-current={selected || undefined}>
      {/* The button shows only the name, which starts its accessible name ("… : toon op de kaart"),
          so speech users can say what they see (WCAG 2.5.3); the status stands beside it. */}
      <button type="button" className="proposal-show" onClick={show} aria-label={noticeText(t, { key: "proposalsUi.list.show", params: { name: p.name } })}>
        <StatusSymbol status={p.status} />
        <span className="proposal-name">{p.name}</span>
      </button>
      <span className="proposal-status">{t(`proposals.status.${p.status}`)}</span>
      <CoverageGain id={p.id} />
      <SupportButtons proposal={p} />
    </li>
  );
}

/** All proposals, sortable by support, date or (when the engine supplied it) coverage gain. */
export function ProposalList() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const proposals = useAppStore(selectProposalMap);
  const gains = useAppStore(selectProposalGains);
  const sort = useAppStore((s) => s.proposalSort);
  const selected = useAppStore(selectSelectedProposalId);
  const sorted = useMemo(() => sortProposals(proposals, sort, gains), [proposals, sort, gains]);
  const sorts: ProposalSort[] = gains ? ["date", "support", "gain"] : ["date", "support"];
  return (
    <section aria-labelledby="proposal-list-heading">
      <h3 id="proposal-list-heading">{t("proposalsUi.list.heading")}</h3>
      {sorted.length === 0 ? (
        <p className="hint">{t("proposalsUi.list.empty")}</p>
      ) : (
        <>
          <label className="sort-control">
            <span>{t("proposalsUi.list.sort")}</span>
            <select value={sort} onChange={(e) => store.getState().setProposalSort(e.target.value as ProposalSort)}>
              {sorts.map((s) => (
                <option key={s} value={s}>
                  {t(`proposalsUi.sort.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <ul className="proposal-list">
            {sorted.map((p) => (
              <Item key={p.id} p={p} selected={p.id === selected} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
