import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, byId } from "../../proposals";
import { useAppStore, useAppStoreApi } from "../../state/react";
import type { ProposalFormState } from "../../state/slices/proposals";
import { FieldErrors } from "../proposals/FieldErrors";
import { initialValues, toFields, type FormValues } from "../proposals/form-values";
import { issuesByField, saveProposal } from "../proposals/save-proposal";
import { PlaceGain } from "./PlaceGain";
import { PracticeCards } from "./PracticeCards";
import { useStepFocus } from "./use-step-focus";

/**
 * Step 2: what. Few fields over the same form state, validation and saving as the planner's
 * form (save-proposal.ts); the fields left out keep their defaults.
 */
export function WhatStep({ form, onSaved }: { form: ProposalFormState; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const heading = useStepFocus<HTMLHeadingElement>();
  const existing = useAppStore((s) => (form.kind === "edit" ? byId(s.proposalSession.state.proposals, form.id) : undefined));
  const base = useRef(existing);
  const [values, setValues] = useState<FormValues>(() => initialValues(existing));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const at = form.kind === "new" ? form.location : existing?.location.coordinates;
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    // A field's error goes once the resident changes it; saving checks again.
    setErrors((e) => (key in e ? Object.fromEntries(Object.entries(e).filter(([field]) => field !== key)) : e));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { id, issues } = saveProposal(store, form, toFields(values), base.current);
    if (issues.length === 0) {
      onSaved(id);
      return;
    }
    const next = issuesByField(t, issues);
    setErrors(next);
    document.getElementById(next.name ? "resident-name" : next.description ? "resident-description" : "resident-errors")?.focus();
  };

  const err = (field: string) => errors[field] ?? [];
  const other = Object.entries(errors).filter(([field]) => field !== "name" && field !== "description").flatMap(([, list]) => list);
  return (
    <section className="resident-step resident-what" aria-labelledby="resident-what-heading">
      <h2 id="resident-what-heading" ref={heading} tabIndex={-1}>
        {t("resident.what.heading")}
      </h2>
      {at && <PlaceGain at={at as [number, number]} />}
      <form onSubmit={submit} noValidate>
        {Object.keys(errors).length > 0 && (
          <div id="resident-errors" className="form-error-summary" role="alert" tabIndex={-1}>
            <p>{t("resident.what.hasErrors")}</p>
            <FieldErrors id="resident-errors-other" errors={other} />
          </div>
        )}
        <PracticeCards value={values.practices} onChange={(practices) => set("practices", practices)} />
        <div className="form-field">
          <label htmlFor="resident-name">{t("resident.what.name")}</label>
          <p id="resident-name-hint" className="hint">{t("resident.what.nameHint")}</p>
          <input
            id="resident-name"
            type="text"
            value={values.name}
            maxLength={LIMITS.name}
            required
            aria-invalid={err("name").length > 0}
            aria-describedby={["resident-name-hint", err("name").length > 0 && "resident-name-error"].filter(Boolean).join(" ")}
            onChange={(e) => set("name", e.target.value)}
          />
          <FieldErrors id="resident-name-error" errors={err("name")} />
        </div>
        <div className="form-field">
          <label htmlFor="resident-description">{t("resident.what.description")}</label>
          <textarea
            id="resident-description"
            rows={3}
            value={values.description}
            maxLength={LIMITS.description}
            aria-invalid={err("description").length > 0}
            aria-describedby={err("description").length > 0 ? "resident-description-error" : undefined}
            onChange={(e) => set("description", e.target.value)}
          />
          <FieldErrors id="resident-description-error" errors={err("description")} />
        </div>
        <button type="submit" className="primary resident-save">
          {t("resident.what.save")}
        </button>
      </form>
    </section>
  );
}
