import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { selectWorkshopStep } from "../../state/slices/workshop";
import { goToStep, STEP_ORDER, STEPS } from "./steps";

/**
 * The session's steps. Buttons for the facilitator; on the projector the same bar only shows
 * where the session is (it follows, it does not steer).
 */
export function StepBar({ interactive }: { interactive: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const current = useAppStore(selectWorkshopStep);
  return (
    <nav className="step-bar" aria-label={t("workshop.steps")}>
      <ol>
        {STEP_ORDER.map((id, i) => {
          const label = `${i + 1}. ${t(STEPS[id].labelKey)}`;
          return (
            <li key={id} data-step={id} aria-current={current === id ? "step" : undefined}>
              {interactive ? (
                <button type="button" aria-pressed={current === id} onClick={() => goToStep(store, id)}>
                  {label}
                </button>
              ) : (
                <span>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
