import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
// Straight from its file: the library's index would pull proj4, papaparse and shpjs into the first load.
import type { ImportedLayer } from "../../data/import/index";
import { LAYER_KINDS, type LayerKind } from "../../data/import/layer-kinds";
import { useFlowState, useImportFlow } from "./ImportFlowContext";
import { ModalForm } from "./Modal";
import { fieldNames } from "./to-datasets";

/** Residents the layer holds as read (the detected field's values, copied to properties.residents). */
const totalResidents = (layer: ImportedLayer) => Math.round(layer.features.features.reduce((a, f) => a + (Number(f.properties?.residents) || 0), 0));

/** Property values as plain text: untrusted data is never rendered as HTML. */
const asText = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));

function Preview({ layer }: { layer: ImportedLayer }) {
  const { t } = useTranslation();
  const fields = fieldNames(layer).slice(0, 8);
  if (fields.length === 0) return <p>{t("importUi.kind.noProperties")}</p>;
  return (
    <div className="preview-scroll">
      <table className="preview-table">
        <caption>{t("importUi.kind.preview")}</caption>
        <thead>
          <tr>
            {fields.map((f) => (
              <th key={f} scope="col">
                {f}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layer.preview.map((row, i) => (
            <tr key={i}>
              {fields.map((f) => (
                <td key={f}>{asText(row?.[f])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function KindQuestion({ layer }: { layer: ImportedLayer }) {
  const { t } = useTranslation();
  const flow = useImportFlow();
  const titleId = useId();
  const [kind, setKind] = useState<LayerKind>(layer.kind);
  const fields = fieldNames(layer);
  // The detected population field comes first; the planner confirms it or picks another.
  const [field, setField] = useState(layer.populationField ?? fields[0] ?? "");
  const needsField = kind === "residents";
  return (
    <ModalForm
      labelId={titleId}
      className="kind-dialog"
      submitLabel={t("importUi.kind.add")}
      skipLabel={t("importUi.kind.skip")}
      onSubmit={() => void flow.confirmKind(kind, needsField && field !== layer.populationField ? field : undefined)}
      onSkip={() => void flow.confirmKind(null)}
    >
        <h2 id={titleId}>{t("importUi.kind.title", { file: layer.sourceFile })}</h2>
        <p>
          {t("importUi.kind.count", { count: layer.features.features.length })} {t(layer.kindConfident ? "importUi.kind.sure" : "importUi.kind.guess")}
        </p>
        <label className="field">
          {t("importUi.kind.label")}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as LayerKind)}>
            {LAYER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`importUi.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {needsField && (
          <label className="field">
            {t("importUi.kind.population")}
            <select name="population" value={field} onChange={(e) => setField(e.target.value)}>
              {fields.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </label>
        )}
        {needsField && layer.populationField && field === layer.populationField && (
          <p className="hint" data-testid="population-found">
            {t("importUi.kind.populationFound", { field: layer.populationField, count: totalResidents(layer) })}
          </p>
        )}
        <Preview layer={layer} />
    </ModalForm>
  );
}

/** Asks which layer a non-OpenStreetMap file is, showing its count and first features as text. */
export function KindDialog() {
  const layer = useFlowState((s) => s.reviewQueue[0]);
  // Only when no CRS question is open: one dialog at a time.
  const crsOpen = useFlowState((s) => s.crsQueue.length > 0);
  return layer && !crsOpen ? <KindQuestion key={`${layer.sourceFile}:${layer.name}:${layer.kind}`} layer={layer} /> : null;
}
