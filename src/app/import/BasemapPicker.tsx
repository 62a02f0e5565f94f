import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FileSource } from "pmtiles";
import { pmtilesProblem } from "../../data/import/formats/pmtiles-check";
import { blobExtent, contains, viewOfExtent, type ArchiveExtent } from "../../data/pmtiles/archive-extent";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { selectBasemapProblem } from "../../state/slices/basemap-status";
import { BASEMAP_PRESETS, selectBasemap, type BasemapChoice } from "../../state/slices/datasets";
import type { AppStore } from "../../state/store";

const PMTILES_MAGIC = "PMTiles";

/** A PMTiles archive starts with "PMTiles" and its spec version. */
export async function looksLikePmtiles(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return new TextDecoder().decode(head.slice(0, 7)) === PMTILES_MAGIC && head[7]! >= 3;
}

const valueOf = (c: BasemapChoice) => (c.type === "demo" ? "demo" : c.type === "preset" ? c.id : "file");

/** Moves the view to an archive's area: its box, or its centre when it covers a country or more. */
function showExtent(store: AppStore, extent: ArchiveExtent) {
  const view = viewOfExtent(extent);
  if ("fit" in view) store.getState().requestFit(view.fit);
  else store.getState().setView(view);
}

/** The area of the file base map in use (read from its header), for "zoom to base map". */
function useFileExtent(basemap: BasemapChoice): ArchiveExtent | null {
  const [extent, setExtent] = useState<{ blob: Blob; extent: ArchiveExtent } | null>(null);
  useEffect(() => {
    if (basemap.type !== "file") return;
    let current = true;
    blobExtent(basemap.blob, basemap.name).then(
      (e) => current && setExtent({ blob: basemap.blob, extent: e }),
      () => current && setExtent(null),
    );
    return () => {
      current = false;
    };
  }, [basemap]);
  return basemap.type === "file" && extent?.blob === basemap.blob ? extent.extent : null;
}

/** The base map: the demo's offline map by default, a local .pmtiles file, or an opt-in online map. */
export function BasemapPicker() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const basemap = useAppStore(selectBasemap);
  const stored = useAppStore(selectBasemapProblem);
  const extent = useFileExtent(basemap);
  const input = useRef<HTMLInputElement>(null);
  const selectId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (value: string) => {
    setProblem(null);
    if (value === "demo") store.getState().setBasemap({ type: "demo" });
    const preset = BASEMAP_PRESETS.find((p) => p === value);
    if (preset) store.getState().setBasemap({ type: "preset", id: preset });
  };

  const open = async (file: File) => {
    const bad = () => setProblem(t("importUi.basemap.badFile", { file: file.name }));
    if (!(await looksLikePmtiles(file))) return bad();
    // A copy as a plain Blob: it is what IndexedDB keeps across reloads.
    const blob = new Blob([await file.arrayBuffer()]);
    const area = await blobExtent(blob, file.name).catch(() => null);
    // The right header with junk behind it would show an empty map without a word: read the metadata and root directory too.
    if (!area || (await pmtilesProblem(new FileSource(new File([blob], file.name))))) return bad();
    setProblem(null);
    store.getState().setBasemap({ type: "file", name: file.name, blob });
    // A base map of another area takes the view there; one of the area in view leaves it be.
    if (!contains(area.bounds, store.getState().view.center)) showExtent(store, area);
  };

  const message = problem ?? (stored ? t(stored.key, stored.params) : null);
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
      <div className="basemap-actions">
        <button type="button" className="open-pmtiles" onClick={() => input.current?.click()}>
          {t("importUi.basemap.openFile")}
        </button>
        {extent && (
          <button type="button" className="zoom-basemap" onClick={() => showExtent(store, extent)}>
            {t("basemap.zoomTo")}
          </button>
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept=".pmtiles"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t("importUi.basemap.openFile")}
        data-testid="basemap-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void open(file);
        }}
      />
      {message && (
        <p className="import-message severity-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
