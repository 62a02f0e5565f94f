import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DEFAULT_OVERPASS_ENDPOINT, MAX_AREA_KM2, OVERPASS_ENDPOINT_KEY } from "../../data/overpass";
import { useAppStoreApi } from "../../state/react";
import { readFiles, useFlowState, useImportFlow } from "./ImportFlowContext";
import { viewBounds } from "./view-bounds";
import { deviceKey, useTouch } from "../use-touch";

export const FILE_ACCEPT = ".geojson,.json,.csv,.tsv,.txt,.zip,.shp,.dbf,.prj,.cpg,.shx,.kml,.kmz,.osm,.pbf";

function storedEndpoint(): string {
  try {
    return localStorage.getItem(OVERPASS_ENDPOINT_KEY) || DEFAULT_OVERPASS_ENDPOINT;
  } catch {
    return DEFAULT_OVERPASS_ENDPOINT;
  }
}

/** "Open files" (several at once) and "Load this area from OpenStreetMap", with progress and Cancel. */
export function ImportControls() {
  const { t } = useTranslation();
  const touch = useTouch();
  const flow = useImportFlow();
  const store = useAppStoreApi();
  const busy = useFlowState((s) => s.busy);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [endpoint, setEndpoint] = useState(storedEndpoint);

  const saveEndpoint = (value: string) => {
    setEndpoint(value);
    try {
      localStorage.setItem(OVERPASS_ENDPOINT_KEY, value);
    } catch {
      // Not remembered; still used for this visit.
    }
  };
  const loadArea = () => {
    const el = document.querySelector(".map");
    const bounds = viewBounds(store.getState().view, el?.clientWidth ?? 800, el?.clientHeight ?? 600);
    void flow.loadOsmArea(bounds, endpoint.trim() || DEFAULT_OVERPASS_ENDPOINT);
  };

  return (
    <div className="import-controls">
      <button type="button" className="open-files" onClick={() => input.current?.click()} disabled={busy !== null} aria-describedby={hintId}>
        {t("importUi.openFiles")}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={FILE_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t("importUi.openFiles")}
        data-testid="import-file-input"
        onChange={async (e) => {
          const files = await readFiles(e.target.files ?? []);
          e.target.value = "";
          void flow.openFiles(files);
        }}
      />
      <p id={hintId} className="hint">
        {t(deviceKey("importUi.openFilesHint", touch))}
      </p>
      <h3>{t("importUi.osm.heading")}</h3>
      <p className="hint">{t("importUi.osm.explain", { max: MAX_AREA_KM2 })}</p>
      <button type="button" className="load-osm" onClick={loadArea} disabled={busy !== null}>
        {t("importUi.osm.load")}
      </button>
      <label className="field endpoint">
        {t("importUi.osm.endpoint")}
        <input type="url" value={endpoint} onChange={(e) => saveEndpoint(e.target.value)} spellCheck={false} />
      </label>
      {busy && (
        <div className="import-progress" role="status">
          <span>{t(busy.kind === "osm" ? "importUi.osm.loading" : "importUi.reading")}</span>
          <progress max={1} value={busy.progress} aria-label={t("importUi.progress")} />
          <button type="button" className="cancel-import" onClick={flow.cancel}>
            {t("importUi.cancel")}
          </button>
        </div>
      )}
    </div>
  );
}
