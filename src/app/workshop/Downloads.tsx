import { useState } from "react";
import { useTranslation } from "react-i18next";
import { areasCsv, csvWording, gapsCsv, gapsGeoJson, proposalsCsv, proposalsGeoJson } from "../../data/exports";
import { exportMapImage } from "../../map/export-image";
import { useAppStore, useAppStoreApi } from "../../state/react";
import type { AppState } from "../../state/types";
import { datedName, saveBlob, saveText } from "./download";
import { imageTexts } from "./image-texts";

/** Print resolution: twice the screen's pixels, about 200 dpi for a map filling an A4 page. */
export const PRINT_SCALE = 2;
const CSV = "text/csv;charset=utf-8";
const GEOJSON = "application/geo+json";
const proposalsOf = (s: AppState) => Object.values(s.proposalSession.state.proposals);
const selectHasGaps = (s: AppState) => Boolean(s.coverage.gaps);
const selectHasAreas = (s: AppState) => (s.coverage.areas?.length ?? 0) > 0;
const sourcesOf = (s: AppState) => s.coverage.sources ?? [];

/** CSV and GeoJSON of gaps and proposals, and the map as a PNG. */
export function Downloads() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const hasGaps = useAppStore(selectHasGaps);
  const hasAreas = useAppStore(selectHasAreas);
  const [problem, setProblem] = useState<string | null>(null);
  const s = () => store.getState();
  // Built when a button is pressed, so the file speaks the language chosen at that moment.
  const wording = () => csvWording(i18n.language, (key) => t(key));
  const name = (slug: string, ext: string, now?: Date) => datedName(t(`exports.file.${slug}`), ext, now);
  const png = async () => {
    try {
      setProblem(null);
      const now = new Date();
      saveBlob(name("map", "png", now), await exportMapImage(PRINT_SCALE, imageTexts(t, i18n.language, s(), now)));
    } catch (e) {
      setProblem(t("workshop.download.failed", { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const items: [string, () => void, boolean][] = [
    ["workshop.download.gapsCsv", () => saveText(name("gaps", "csv"), gapsCsv(s().coverage.gapList ?? [], wording(), sourcesOf(s())), CSV), hasGaps],
    ["workshop.download.gapsGeojson", () => saveText(name("gaps", "geojson"), gapsGeoJson(s().coverage.gaps!, sourcesOf(s())), GEOJSON), hasGaps],
    ["workshop.download.areasCsv", () => saveText(name("areas", "csv"), areasCsv(s().coverage.areas ?? [], wording(), sourcesOf(s())), CSV), hasAreas],
    ["workshop.download.proposalsCsv", () => saveText(name("proposals", "csv"), proposalsCsv(proposalsOf(s()), wording(), s().proposalGains), CSV), true],
    ["workshop.download.proposalsGeojson", () => saveText(name("proposalsReport", "geojson"), proposalsGeoJson(proposalsOf(s()), s().proposalGains), GEOJSON), true],
    ["workshop.download.png", () => void png(), true],
  ];
  return (
    <section className="panel-subsection downloads" aria-labelledby="downloads-heading">
      <h3 id="downloads-heading">{t("workshop.download.heading")}</h3>
      <ul className="download-list">
        {items.map(([key, run, enabled]) => (
          <li key={key}>
            <button type="button" disabled={!enabled} onClick={run}>
              {t(key)}
            </button>
          </li>
        ))}
      </ul>
      {problem && <p role="alert" className="error">{problem}</p>}
    </section>
  );
}
