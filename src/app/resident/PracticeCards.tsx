import { useTranslation } from "react-i18next";
import { PRACTICES, type PracticeKey } from "../../proposals";
import { PracticeSymbol } from "./practice-symbols";

/** The practice catalogue as big picture cards: checkboxes underneath, so keys and screen readers work as usual. */
export function PracticeCards({ value, onChange }: { value: readonly PracticeKey[]; onChange: (next: PracticeKey[]) => void }) {
  const { t } = useTranslation();
  // In the order of picking, as the planner's form keeps them: the first pick is the main one.
  const toggle = (key: PracticeKey, on: boolean) => onChange(on ? [...value, key] : value.filter((k) => k !== key));
  return (
    <fieldset id="resident-practices" className="practice-cards">
      <legend>{t("resident.what.practices")}</legend>
      <div className="practice-grid">
        {PRACTICES.map((p) => (
          <label key={p.key} className="practice-card">
            <input type="checkbox" checked={value.includes(p.key)} onChange={(e) => toggle(p.key, e.target.checked)} />
            <PracticeSymbol practice={p.key} />
            <span className="practice-name">{t(`proposals.practice.${p.key}.name`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
