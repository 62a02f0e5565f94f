import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { BASEMAP_PRESETS, selectBasemap, type BasemapChoice } from "../../state/slices/datasets";

const PMTILES_MAGIC = "PMTiles";

/** A PMTiles archive starts with "PMTiles" and its spec version. */
export async function looksLikePmtiles(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return new TextDecoder().decode(head.slice(0, 7)) === PMTILES_MAGIC && head[7]! >= 3;
}

const valueOf = (c: BasemapChoice) => (c.type === "demo" ? "demo" : c.type === "preset" ? c.id : "file");

/** The base map: the demo's offline map by default, a local .pmtiles file, or an opt-in online map. */
export function BasemapPicker() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const basemap = useAppStore(selectBasemap);
  const input = useRef<HTMLInputElement>(null);
  const selectId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (value: string) => {
    setProblem(null);
    if (value === "demo") store.getState().setBasemap({ type: "demo" });
    const preset = BASEMAP_PRESETS.find((p) => p === value);
    if (preset) store.getState().setBasemap({ type: "preset", id: preset });
  };

  return (
    <div className="basemap-picker">
      <h3>{t("importUi.basemap.heading")}</h3>
      <label htmlFor={selectId}>{t("importUi.basemap.label")}</label>
      <select id={selectId} value={valueOf(basemap)} onChange={(e) => choose(e.target.value)} className="basemap-select">
        <option value="demo">{t("importUi.basemap.demo")}</option>
        {basemap.type === "file" && <option value="file">{t("importUi.basemap.file", { name: basemap.name })}</option>}
        {BASEMAP_PRESETS.map((p) => (
          <option key={p} value={p}>
            {t(`importUi.basemap.${p}`)}
          </option>
        ))}
      </select>
      <p className="hint">{t("importUi.basemap.online")}</p>
      <button type="button" className="open-pmtiles" onClick={() => input.current?.click()}>
        {t("importUi.basemap.openFile")}
      </button>
      <input
        ref={input}
        type="file"
        accept=".pmtiles"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t("importUi.basemap.openFile")}
        data-testid="basemap-file-input"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (!file) return;
          if (!(await looksLikePmtiles(file))) return setProblem(t("importUi.basemap.badFile", { file: file.name }));
          setProblem(null);
          // A copy as a plain Blob: it is what IndexedDB keeps across reloads.
          store.getState().setBasemap({ type: "file", name: file.name, blob: new Blob([await file.arrayBuffer()]) });
        }}
      />
      {problem && (
        <p className="import-message severity-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
