import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { useAppStore } from "../../state/react";
import type { AppState } from "../../state/types";
import { formatCount, formatMinutes, formatPercent } from "../coverage/format";
import { rankedProposals } from "../../data/exports";
import { selectBestProposalGain, selectComparison, totalSupport } from "./scenario";
import { STEPS, type StepFigure } from "./steps";

const selectFigures = (s: AppState) => s.coverage.figures;
const selectSpeed = (s: AppState) => s.coverageSettings.speedKmh;
const selectStepFigure = (s: AppState): StepFigure => (s.workshopStep ? STEPS[s.workshopStep].figure : "gain");
const selectSupport = (s: AppState) => totalSupport(s);
const selectTopProposal = (s: AppState) => rankedProposals(Object.values(s.proposalSession.state.proposals))[0]?.name ?? null;

/** The second large figure: what the current step is about. */
function StepFigureView({ figure }: { figure: StepFigure }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const figures = useAppStore(selectFigures);
  const speed = useAppStore(selectSpeed);
  const comparison = useAppStore(useShallow(selectComparison));
  const support = useAppStore(selectSupport);
  const top = useAppStore(selectTopProposal);
  const best = useAppStore(useShallow(selectBestProposalGain));
  if (!figures) return null;
  const minutes = formatMinutes(figures.limitM, speed, lang);
  const big = (value: string, label: string) => (
    <div className="big-figure" data-testid={`big-${figure}`}>
      <div className="big-value">{value}</div>
      <p className="big-label">{label}</p>
    </div>
  );
  switch (figure) {
    case "places":
      return big(formatCount(figures.places, lang), t("workshop.figure.places"));
    case "inGaps":
      return big(formatCount(figures.inGaps, lang), t("workshop.figure.inGaps", { minutes }));
    case "gain":
      if (comparison) return big(`+${formatCount(comparison.gained, lang)}`, t(`workshop.figure.gain.${comparison.source}`));
      if (best) return big(`+${formatCount(best.gained, lang)}`, t("workshop.figure.gain.bestProposal", { name: best.name }));
      return <p className="big-label">{t("workshop.figure.gain.none")}</p>;
    case "support":
      return (
        <>
          {big(formatCount(support, lang), t("workshop.figure.support"))}
          {top && <p className="big-label">{t("workshop.figure.topProposal", { name: top })}</p>}
        </>
      );
  }
}

/** The headline figures, large enough to read from the back of a room, updating live. */
export function BigFigures() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const figures = useAppStore(selectFigures);
  const speed = useAppStore(selectSpeed);
  const figure = useAppStore(selectStepFigure);
  const comparison = useAppStore(useShallow(selectComparison));
  if (!figures) return <p className="big-label" role="status">{t("workshop.figure.waiting")}</p>;
  // With a scenario on the gain step, the share shown is the scenario's: that is what people discuss.
  const share = figure === "gain" && comparison ? comparison.scenario.share : figures.share;
  return (
    <div className="big-figures" aria-live="polite">
      <div className="big-figure" data-testid="big-share">
        <div className="big-value">{t("workshop.percent", { percent: formatPercent(share, lang) })}</div>
        <p className="big-label">{t("workshop.figure.share", { minutes: formatMinutes(figures.limitM, speed, lang) })}</p>
      </div>
      <StepFigureView figure={figure} />
    </div>
  );
}
