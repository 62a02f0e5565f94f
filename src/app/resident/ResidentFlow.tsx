import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { selectProposalForm } from "../../state/slices/proposals";
import { LanguageSwitch } from "../LanguageSwitch";
import { DoneStep } from "./DoneStep";
import { WhatStep } from "./WhatStep";
import { WhereStep } from "./WhereStep";
import "./resident.css";

export type ResidentStep = "where" | "what" | "done";

/**
 * The resident's path over the planner's state: "where" is the map's propose mode, "what" is
 * the open proposal form, "done" is the proposal just saved. So the planner's map, list and
 * storage see every step as they would see the planner's own form.
 */
export function useResidentStep(doneId: string | null): ResidentStep {
  const form = useAppStore(selectProposalForm);
  return form ? "what" : doneId ? "done" : "where";
}

export function ResidentFlow() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const form = useAppStore(selectProposalForm);
  const [doneId, setDoneId] = useState<string | null>(null);
  const step = useResidentStep(doneId);
  const number = step === "where" ? 1 : step === "what" ? 2 : 3;

  // However the path ends, it leaves no half-made place behind on the planner's map.
  useEffect(
    () => () => {
      const s = store.getState();
      s.setInteractionMode("select");
      s.openProposalForm(null);
    },
    [store],
  );

  const fullMap = () => {
    const s = store.getState();
    if (doneId) s.selectProposal(doneId);
    // First out of propose mode, so the planner's propose bar never sees the mode end (and takes focus).
    s.setInteractionMode("select");
    s.openProposalForm(null);
    s.setResident(false);
  };
  const back = () => {
    const s = store.getState();
    if (step === "where") fullMap();
    // From "what" back to the map (a new place) or to the saved proposal (an edit).
    else if (step === "what") s.openProposalForm(null);
    else if (doneId) s.openProposalForm({ kind: "edit", id: doneId });
  };

  return (
    // display: contents: header, map and sheet share the app's grid; the landmarks carry the names.
    <div className="resident" data-resident-step={step}>
      <header className="resident-header">
        <button type="button" className="resident-back" onClick={back}>
          <span aria-hidden="true" className="mirrored">‹ </span>
          {t("resident.back")}
        </button>
        <div className="resident-title">
          <h1>{t("resident.label")}</h1>
          <p className="resident-progress">{t("resident.step", { step: number })}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main className="resident-sheet" aria-label={t("resident.label")}>
        {step === "where" && <WhereStep />}
        {step === "what" && form && (
          <WhatStep
            key={form.kind === "edit" ? `edit-${form.id}` : `new-${form.location.join(",")}`}
            form={form}
            onSaved={(id) => {
              setDoneId(id);
              store.getState().openProposalForm(null);
            }}
          />
        )}
        {step === "done" && doneId && (
          <DoneStep
            id={doneId}
            onAnother={() => setDoneId(null)}
            onFullMap={fullMap}
          />
        )}
      </main>
    </div>
  );
}
