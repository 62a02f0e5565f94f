import { useTranslation } from "react-i18next";
import { byId } from "../../proposals";
import { useAppStore } from "../../state/react";
import { formatCount } from "../coverage/format";

/**
 * The place for a proposal's coverage gain ("+N residents within X min walk"). The numbers come
 * from the coverage engine through the store (proposalGains); without them nothing is shown.
 */
export function CoverageGain({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const gain = useAppStore((s) => (s.proposalGains ? byId(s.proposalGains, id) : undefined));
  const minutes = useAppStore((s) => s.proposalGainMinutes);
  if (gain === undefined) return null;
  // Plural by the whole number of residents; shown with the language's thousands separator.
  const count = Math.round(gain);
  const shown = formatCount(count, i18n.language);
  return (
    <span className="coverage-gain">
      {minutes === undefined ? t("proposalsUi.gainNoMinutes", { count, shown }) : t("proposalsUi.gain", { count, shown, minutes })}
    </span>
  );
}
