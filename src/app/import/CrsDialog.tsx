import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CrsChoice } from "../../data/import/index";
import { useFlowState, useImportFlow } from "./ImportFlowContext";
import { ModalForm } from "./Modal";

const deg = (v: number) => v.toFixed(3);

function CrsQuestion({ choice }: { choice: CrsChoice }) {
  const { t } = useTranslation();
  const flow = useImportFlow();
  const titleId = useId();
  const [crs, setCrs] = useState(choice.candidates[0]?.crs ?? "");
  return (
    <ModalForm
      labelId={titleId}
      className="crs-dialog"
      submitLabel={t("importUi.crs.choose")}
      skipLabel={t("importUi.crs.skip")}
      onSubmit={() => void flow.chooseCrs(crs)}
      onSkip={() => void flow.chooseCrs(null)}
    >
        <h2 id={titleId}>{t("importUi.crs.title", { file: choice.file })}</h2>
        <p>{t("importUi.crs.explain")}</p>
        <fieldset>
          <legend className="visually-hidden">{t("importUi.crs.title", { file: choice.file })}</legend>
          {choice.candidates.map((c) => {
            const [west, south, east, north] = c.bboxWgs84;
            return (
              <label key={c.crs} className="crs-option">
                <input type="radio" name="crs" value={c.crs} checked={crs === c.crs} onChange={() => setCrs(c.crs)} />
                {t("importUi.crs.option", { name: c.name, country: t(`import.country.${c.country}`), west: deg(west), south: deg(south), east: deg(east), north: deg(north) })}
              </label>
            );
          })}
        </fieldset>
    </ModalForm>
  );
}

/** Asks for the coordinate system of the first file that fits several: nothing is drawn in a guessed place. */
export function CrsDialog() {
  const choice = useFlowState((s) => s.crsQueue[0]);
  return choice ? <CrsQuestion key={choice.file} choice={choice} /> : null;
}
