import { FieldErrors } from "./FieldErrors";

export interface Choice<K extends string> {
  key: K;
  label: string;
  /** One line under the label, e.g. a practice's description. */
  hint?: string;
}

interface Props<K extends string> {
  id: string;
  legend: string;
  choices: readonly Choice<K>[];
  value: readonly K[];
  onChange: (next: K[]) => void;
  errors: string[];
  /** Keep the order of picking (practices) instead of the list's order. */
  pickOrder?: boolean;
}

/** A fieldset of checkboxes: keyboard operable by nature, labelled by its legend. */
export function ChoiceGroup<K extends string>({ id, legend, choices, value, onChange, errors, pickOrder = false }: Props<K>) {
  const toggle = (key: K, on: boolean) => {
    if (!on) return onChange(value.filter((k) => k !== key));
    onChange(pickOrder ? [...value, key] : choices.map((c) => c.key).filter((k) => k === key || value.includes(k)));
  };
  return (
    <fieldset id={id} className="choice-group" aria-describedby={errors.length > 0 ? `${id}-error` : undefined} tabIndex={-1}>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.key} className="choice">
          <input type="checkbox" checked={value.includes(c.key)} onChange={(e) => toggle(c.key, e.target.checked)} />
          <span>
            <span className="choice-label">{c.label}</span>
            {c.hint && <span className="choice-hint">{c.hint}</span>}
          </span>
        </label>
      ))}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
