import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { AUDIENCES, LIMITS, byId, NEEDS, PRACTICES, STATUSES, WEEKDAYS, type LinkedFeature } from "../../proposals";
import { isLayerId } from "../../layers/definitions";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { selectProposalForm, type ProposalFormState } from "../../state/slices/proposals";
import { ChoiceGroup, type Choice } from "./ChoiceGroup";
import { FieldErrors } from "./FieldErrors";
import { FIELD_ORDER, initialValues, toFields, type FormValues } from "./form-values";
import { noticeText } from "./notice-text";
import { issuesByField, saveProposal } from "./save-proposal";
import { StatusSymbol } from "./StatusSymbol";

type Errors = Record<string, string[]>;

function LinkedPlace({ linked }: { linked: LinkedFeature }) {
  const { t } = useTranslation();
  const name = useAppStore((s) => {
    const data = isLayerId(linked.layer) ? s.layerData[linked.layer] : undefined;
    const found = data?.features.find((f) => f.properties?.id === linked.featureId)?.properties?.name;
    return typeof found === "string" ? found : linked.featureId;
  });
  return <p className="hint reuse-note">{noticeText(t, { key: "proposalsUi.form.reuses", params: { layer: linked.layer, name } })}</p>;
}

/** Where focus goes back to when the form closes: where it came from, else the propose button. */
function returnFocus(from: Element | null): void {
  const back = from instanceof HTMLElement && from.isConnected && from.tagName !== "CANVAS" && from !== document.body ? from : document.getElementById("propose-button");
  back?.focus();
}

function FormBody({ form }: { form: ProposalFormState }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const existing = useAppStore((s) => (form.kind === "edit" ? byId(s.proposalSession.state.proposals, form.id) : undefined));
  const [values, setValues] = useState<FormValues>(() => initialValues(existing));
  // The version the edit started from: another tab's change to a field left alone is kept.
  const base = useRef(existing);
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const cameFrom = useRef<Element | null>(null);

  useEffect(() => {
    cameFrom.current = document.activeElement;
    nameRef.current?.focus();
    return () => returnFocus(cameFrom.current);
  }, []);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const close = () => store.getState().openProposalForm(null);
  const linked = form.kind === "new" ? form.linkedFeature : existing?.linkedFeature;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { id, issues } = saveProposal(store, form, toFields(values), base.current);
    // The resident has now seen the other change: saving again keeps their version.
    if (form.kind === "edit" && issues.some((i) => i.key === "proposals.command.conflict")) base.current = existing;
    if (issues.length === 0) {
      store.getState().selectProposal(id);
      close();
      return;
    }
    const next: Errors = issuesByField(t, issues);
    setErrors(next);
    setSummary(true);
    const first = FIELD_ORDER.find((f) => next[f]);
    document.getElementById(first ? `proposal-${first}` : "proposal-form-errors")?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      close();
    }
  };

  const err = (field: string) => errors[field] ?? [];
  const described = (field: string, hint?: boolean) =>
    [hint && `proposal-${field}-hint`, err(field).length > 0 && `proposal-${field}-error`].filter(Boolean).join(" ") || undefined;
  const text = (field: "name" | "customPractice" | "timeText" | "contact", label: string, max: number, hint?: string) => (
    <div className="form-field">
      <label htmlFor={`proposal-${field}`}>{label}</label>
      {hint && <p id={`proposal-${field}-hint`} className="hint">{hint}</p>}
      <input
        id={`proposal-${field}`}
        ref={field === "name" ? nameRef : undefined}
        type="text"
        value={values[field]}
        maxLength={max}
        onChange={(e) => set(field, e.target.value)}
        aria-invalid={err(field).length > 0}
        aria-describedby={described(field, Boolean(hint))}
        required={field === "name"}
      />
      <FieldErrors id={`proposal-${field}-error`} errors={err(field)} />
    </div>
  );
  const choices = <F extends "audiences" | "days" | "needs">(field: F, legend: string, options: Choice<FormValues[F][number]>[]) => (
    <ChoiceGroup<FormValues[F][number]>
      id={`proposal-${field}`}
      legend={legend}
      choices={options}
      value={values[field]}
      onChange={(v) => set(field, v as FormValues[F])}
      errors={err(field)}
    />
  );
  const generic = Object.entries(errors).filter(([field]) => !(FIELD_ORDER as readonly string[]).includes(field)).flatMap(([, list]) => list);

  return (
    <div className="proposal-form-dialog" role="dialog" aria-modal="false" aria-labelledby="proposal-form-title" onKeyDown={onKeyDown}>
      <form className="proposal-form" onSubmit={submit} noValidate>
        {/* The fields scroll; the buttons stay below them, never over a field (WCAG 2.4.11, 2.5.8). */}
        <div className="form-body">
          <h2 id="proposal-form-title">{t(form.kind === "new" ? "proposalsUi.form.newTitle" : "proposalsUi.form.editTitle")}</h2>
          {linked && <LinkedPlace linked={linked} />}
          {summary && (
            <div id="proposal-form-errors" className="form-error-summary" role="alert" tabIndex={-1}>
              <p>{t("proposalsUi.form.hasErrors")}</p>
              <FieldErrors id="proposal-form-generic" errors={generic} />
            </div>
          )}
          {text("name", t("proposalsUi.form.name"), LIMITS.name, t("proposalsUi.form.nameHint"))}
          <ChoiceGroup
            id="proposal-practices"
            legend={t("proposalsUi.form.practices")}
            choices={PRACTICES.map((p) => ({ key: p.key, label: t(`proposals.practice.${p.key}.name`), hint: t(`proposals.practice.${p.key}.description`) }))}
            value={values.practices}
            onChange={(v) => set("practices", v)}
            errors={err("practices")}
            pickOrder
          />
          {text("customPractice", t("proposalsUi.form.customPractice"), LIMITS.customPractice)}
          <div className="form-field">
            <label htmlFor="proposal-description">{t("proposalsUi.form.description")}</label>
            <textarea
              id="proposal-description"
              rows={3}
              value={values.description}
              onChange={(e) => set("description", e.target.value)}
              aria-invalid={err("description").length > 0}
              aria-describedby={described("description")}
            />
            <FieldErrors id="proposal-description-error" errors={err("description")} />
          </div>
          {choices("audiences", t("proposalsUi.form.audiences"), AUDIENCES.map((a) => ({ key: a.key, label: t(`proposals.audience.${a.key}`) })))}
          {choices("days", t("proposalsUi.form.days"), WEEKDAYS.map((d) => ({ key: d, label: t(`proposals.day.${d}`) })))}
          {text("timeText", t("proposalsUi.form.timeText"), LIMITS.timeText)}
          {choices("needs", t("proposalsUi.form.needs"), NEEDS.map((n) => ({ key: n.key, label: t(`proposals.need.${n.key}`) })))}
          {text("contact", t("proposalsUi.form.contact"), LIMITS.contact, t("proposalsUi.form.contactHint"))}
          <fieldset id="proposal-status" className="choice-group" tabIndex={-1}>
            <legend>{t("proposalsUi.form.status")}</legend>
            {STATUSES.map((s) => (
              <label key={s} className="choice">
                <input type="radio" name="proposal-status" value={s} checked={values.status === s} onChange={() => set("status", s)} />
                <StatusSymbol status={s} />
                <span className="choice-label">{t(`proposals.status.${s}`)}</span>
              </label>
            ))}
            <FieldErrors id="proposal-status-error" errors={err("status")} />
          </fieldset>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">{t("proposalsUi.form.save")}</button>
          <button type="button" onClick={close}>{t("proposalsUi.form.cancel")}</button>
        </div>
      </form>
    </div>
  );
}

/** The proposal form, as a dialog beside the map (full screen on phones). */
export function ProposalForm() {
  const form = useAppStore(selectProposalForm);
  if (!form) return null;
  // A new key per opening resets the fields and the focus handling.
  return <FormBody key={form.kind === "edit" ? `edit-${form.id}` : `new-${form.location.join(",")}`} form={form} />;
}
