import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import type { Dataset } from "../../state/slices/datasets";
import { saveBlob } from "../workshop/download";

/** The features of a dataset storage could not keep, as a GeoJSON file the planner can open again later. */
function downloadDataset(d: Dataset): void {
  const body: BlobPart = d.encoded ? (d.encoded as BlobPart) : JSON.stringify(d.features);
  const stem = d.name.replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 80) || "dataset";
  saveBlob(`${stem}.geojson`, new Blob([body], { type: "application/geo+json" }));
}

/** Storage faults of the datasets, where the planner loads them: what was left out, what is not kept. */
export function DatasetStorageNotice() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const notice = useAppStore((s) => s.datasetStorageNotice);
  const datasets = useAppStore((s) => s.datasets);
  if (!notice) return null;
  const failed = notice.kind === "unreadable" ? [] : datasets.filter((d) => notice.datasetIds.includes(d.id));
  const names = failed.map((d) => d.name).join(", ");
  return (
    <div className="import-messages dataset-storage-notice" role="alert" data-kind={notice.kind}>
      <p>{notice.kind === "unreadable" ? t("dataStorage.unreadable", { count: notice.count }) : t(`dataStorage.${notice.kind}`, { names })}</p>
      {failed.map((d) => (
        <button key={d.id} type="button" onClick={() => downloadDataset(d)}>
          {t("dataStorage.download", { name: d.name })}
        </button>
      ))}
      <button type="button" className="link-button" onClick={() => store.getState().setDatasetStorageNotice(null)}>
        {t("dataStorage.dismiss")}
      </button>
    </div>
  );
}
