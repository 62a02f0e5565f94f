import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { LARGE_RESIDENTS_KM2 } from "../../analysis/analysis-plan";
import { selectDatasets, selectHasDemo, type Dataset } from "../../state/slices/datasets";
import { ClipPicker } from "./ClipPicker";

function DatasetRow({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const name = `${dataset.sourceFile} – ${t(`importUi.kind.${dataset.kind}`)}`;
  return (
    <li className="dataset-row" data-kind={dataset.kind} data-source={dataset.sourceFile}>
      <label>
        <input
          type="checkbox"
          checked={!dataset.hidden}
          onChange={() => store.getState().setDatasetHidden(dataset.id, !dataset.hidden)}
          aria-label={t("importUi.dataset.show", { name })}
        />
        <span className="dataset-name">{name}</span>
        <span className="dataset-count">{t("importUi.dataset.count", { count: dataset.features.features.length })}</span>
      </label>
      <button type="button" className="remove-dataset" onClick={() => store.getState().removeDataset(dataset.id)} aria-label={t("importUi.dataset.removeLabel", { name })}>
        {t("importUi.dataset.remove")}
      </button>
      {dataset.kind === "residents" && (dataset.extentKm2 ?? 0) > LARGE_RESIDENTS_KM2 && <ClipPicker dataset={dataset} />}
    </li>
  );
}

/** The loaded datasets: each can be hidden and removed; the demo goes as one. */
export function DatasetList() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const datasets = useAppStore(selectDatasets);
  const hasDemo = useAppStore(selectHasDemo);
  const own = datasets.filter((d) => d.origin !== "demo");
  return (
    <div className="dataset-list">
      <h3>{t("importUi.datasets")}</h3>
      {own.length === 0 ? (
        <p className="hint">{t("importUi.datasetsEmpty")}</p>
      ) : (
        <ul>
          {own.map((d) => (
            <DatasetRow key={d.id} dataset={d} />
          ))}
        </ul>
      )}
      {hasDemo && (
        <p className="demo-row">
          <span>{t("importUi.demo")}</span>
          <button type="button" className="remove-demo" onClick={() => store.getState().removeDemo()}>
            {t("importUi.removeDemo")}
          </button>
        </p>
      )}
    </div>
  );
}
