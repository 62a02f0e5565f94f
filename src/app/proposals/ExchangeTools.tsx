import { useId, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { importProposals, remainingDots } from "../../proposals";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { selectCanRedo, selectCanUndo, selectDots, selectProposalMap } from "../../state/slices/proposals";
import { downloadProposals } from "./exchange";
import { ShareBox } from "./ShareBox";
import { deviceKey, useTouch } from "../use-touch";

/** Undo / redo buttons (the same steps as Ctrl+Z and Ctrl+Shift+Z). */
export function HistoryButtons() {
  const { t } = useTranslation();
  const touch = useTouch();
  const store = useAppStoreApi();
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  return (
    <div className="button-row" role="group" aria-label={t(deviceKey("proposalsUi.history", touch))}>
      <button type="button" onClick={() => store.getState().undoProposal()} disabled={!canUndo}>
        {t("proposalsUi.undo")}
      </button>
      <button type="button" onClick={() => store.getState().redoProposal()} disabled={!canRedo}>
        {t("proposalsUi.redo")}
      </button>
    </div>
  );
}

/** The optional dot budget per participant, and how many dots are left. */
function DotBudget() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const dots = useAppStore(selectDots);
  const proposals = useAppStore(selectProposalMap);
  const left = remainingDots(dots, proposals);
  const id = useId();
  const change = (value: string) => {
    const n = Number.parseInt(value, 10);
    store.getState().setDotBudget(value.trim() === "" || !Number.isFinite(n) ? null : n);
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{t("proposalsUi.dots.budget")}</label>
      <input id={id} type="number" min={0} step={1} inputMode="numeric" value={dots.budget ?? ""} onChange={(e) => change(e.target.value)} />
      {left !== null && <p className="hint">{t("proposals.dots.remaining", { count: left })}</p>}
    </div>
  );
}

/** Export to a file, import from a file (with a report naming the file), and share all. */
export function ExchangeTools() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const proposals = useAppStore(selectProposalMap);
  const inputId = useId();
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    const result = importProposals(store.getState().proposalSession.state.proposals, await file.text());
    // The same file can be chosen again after fixing it.
    input.value = "";
    const state = store.getState();
    if (!result.ok) {
      const [first] = result.issues;
      state.setProposalNotice({ key: "proposalsUi.import.failed", params: { file: file.name }, reason: { key: first.key, params: first.params }, tone: "error" });
      return;
    }
    state.replaceProposals(result.proposals);
    const { added, updated, skipped } = result.report;
    state.setProposalNotice({ key: "proposalsUi.import.report", params: { file: file.name, added: added.length, updated: updated.length, skipped: skipped.length } });
  };
  const count = Object.keys(proposals).length;
  return (
    <section aria-labelledby="proposal-exchange-heading">
      <h3 id="proposal-exchange-heading">{t("proposalsUi.exchange.heading")}</h3>
      <div className="button-row">
        <button type="button" onClick={() => downloadProposals(Object.values(store.getState().proposalSession.state.proposals))} disabled={count === 0}>
          {t("proposalsUi.export")}
        </button>
      </div>
      <div className="form-field">
        <label htmlFor={inputId}>{t("proposalsUi.import")}</label>
        <input id={inputId} type="file" accept=".geojson,.json,application/geo+json,application/json" onChange={(e) => void onFile(e)} />
      </div>
      {count > 0 && <ShareBox proposals={() => Object.values(store.getState().proposalSession.state.proposals)} label={t("proposalsUi.share.all")} />}
      <DotBudget />
    </section>
  );
}
