import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/react";

/**
 * The place for a proposal's coverage gain ("+N residents within X min walk"). The numbers come
 * from the coverage engine through the store (proposalGains); without them nothing is shown.
 */
export function CoverageGain({ id }: { id: string }) {
  const { t } = useTranslation();
  const gain = useAppStore((s) => s.proposalGains?.[id]);
  const minutes = useAppStore((s) => s.proposalGainMinutes);
  if (gain === undefined) return null;
  return (
    <span className="coverage-gain">
      {minutes === undefined ? t("proposalsUi.gainNoMinutes", { count: gain }) : t("proposalsUi.gain", { count: gain, minutes })}
    </span>
  );
}
