import { useTranslation } from "react-i18next";
import { BasemapPicker } from "./BasemapPicker";
import { DatasetList } from "./DatasetList";
import { DatasetStorageNotice } from "./DatasetStorageNotice";
import { ImportControls } from "./ImportControls";
import { ImportMessages } from "./ImportMessages";

/** The "Data" section: open files, load from OpenStreetMap, the loaded datasets and the base map. */
export function DataPanel() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="data-heading" className="panel-section data-panel">
      <h2 id="data-heading">{t("importUi.heading")}</h2>
      <ImportControls />
      <ImportMessages />
      <DatasetStorageNotice />
      <DatasetList />
      <BasemapPicker />
    </section>
  );
}
